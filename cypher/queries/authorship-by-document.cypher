// Who wrote and reported each document, the writer first, then in byline order.
UNWIND $ids AS id
MATCH (d:Document {id: id})<-[r:WROTE|REPORTED]-(p:Person)
WITH id, p, d, r
ORDER BY r.evidenceStart
WITH id, p, d, type(r) AS relation, collect(r) AS rels
ORDER BY relation DESC, rels[0].evidenceStart
// The page is cut before it is projected: a hub shared by many reports has thousands of rows.
WITH id, collect({p: p, d: d, relation: relation, rels: rels})[..$first] AS page
UNWIND page AS row
WITH id, row.p AS p, row.d AS d, row.relation AS relation, row.rels AS rels
RETURN id, collect({
  person: p {.*, label: 'Person'},
  document: d {.*, fullText: null, label: 'Document'},
  relation: relation, role: rels[0].role, roleEn: rels[0].roleEn,
  evidence: [r IN rels | {excerpt: r.evidence, start: r.evidenceStart, end: r.evidenceEnd, documentId: r.source}][..20]
}) AS items
