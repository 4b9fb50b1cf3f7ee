// The regions and organizations that implement each policy, optionally as the reports of a period or of a list
// say ($from, $to, $documents).
UNWIND $ids AS id
MATCH (p:Policy {id: id})<-[r:IMPLEMENTS]-(implementer:Entity)
WHERE ($from IS NULL OR r.publishedAt >= $from) AND ($to IS NULL OR r.publishedAt <= $to)
  AND ($documents IS NULL OR r.source IN $documents)
WITH id, implementer, p, r
ORDER BY r.publishedAt, r.source, r.evidenceStart
WITH id, implementer, p, collect(r) AS rels
ORDER BY rels[0].publishedAt, rels[0].source, rels[0].evidenceStart
// The page is cut before it is projected: a hub shared by many reports has thousands of rows.
WITH id, collect({implementer: implementer, p: p, rels: rels})[..$first] AS page
UNWIND page AS row
WITH id, row.implementer AS implementer, row.p AS p, row.rels AS rels
RETURN id, collect({
  implementer: implementer {.*, fullText: null, label: [l IN labels(implementer) WHERE l <> 'Entity'][0]},
  policy: p {.*, label: 'Policy'},
  evidence: [r IN rels | {excerpt: r.evidence, start: r.evidenceStart, end: r.evidenceEnd, documentId: r.source}][..20]
}) AS items
