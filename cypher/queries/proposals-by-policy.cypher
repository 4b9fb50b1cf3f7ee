// Who proposed each policy.
UNWIND $ids AS id
MATCH (p:Policy {id: id})<-[r:PROPOSED]-(proposer:Entity)
WITH id, proposer, p, r
ORDER BY r.publishedAt, r.source, r.evidenceStart
WITH id, proposer, p, collect(r) AS rels
ORDER BY rels[0].publishedAt, rels[0].source, rels[0].evidenceStart
// The page is cut before it is projected: a hub shared by many reports has thousands of rows.
WITH id, collect({proposer: proposer, p: p, rels: rels})[..$first] AS page
UNWIND page AS row
WITH id, row.proposer AS proposer, row.p AS p, row.rels AS rels
RETURN id, collect({
  proposer: proposer {.*, fullText: null, label: [l IN labels(proposer) WHERE l <> 'Entity'][0]},
  policy: p {.*, label: 'Policy'},
  evidence: [r IN rels | {excerpt: r.evidence, start: r.evidenceStart, end: r.evidenceEnd, documentId: r.source}][..20]
}) AS items
