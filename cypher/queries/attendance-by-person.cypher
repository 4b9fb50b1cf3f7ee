// The events each person attended.
// On a small graph the planner may prefer reading every Person and joining; the hint keeps the seek by id at any size.
UNWIND $ids AS id
MATCH (p:Person {id: id})-[r:ATTENDED]->(e:Event)
USING INDEX p:Person(id)
WITH id, p, e, r
ORDER BY r.publishedAt, r.source, r.evidenceStart
WITH id, p, e, collect(r) AS rels
ORDER BY e.startDate
// The page is cut before it is projected: a hub shared by many reports has thousands of rows.
WITH id, collect({p: p, e: e, rels: rels})[..$first] AS page
UNWIND page AS row
WITH id, row.p AS p, row.e AS e, row.rels AS rels
RETURN id, collect({
  person: p {.*, label: 'Person'},
  event: e {.*, label: 'Event'},
  evidence: [r IN rels | {excerpt: r.evidence, start: r.evidenceStart, end: r.evidenceEnd, documentId: r.source}][..20]
}) AS items
