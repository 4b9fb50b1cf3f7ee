// The documents each person wrote or reported, with the role.
// On a small graph the planner may prefer reading every Person and joining; the hint keeps the seek by id at any size.
UNWIND $ids AS id
MATCH (p:Person {id: id})-[r:WROTE|REPORTED]->(d:Document)
USING INDEX p:Person(id)
WITH id, p, d, r
ORDER BY r.publishedAt, r.source, r.evidenceStart
WITH id, p, d, type(r) AS relation, collect(r) AS rels
ORDER BY d.id, relation DESC
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
