// The events each person attended.
UNWIND $ids AS id
MATCH (p:Person {id: id})-[r:ATTENDED]->(e:Event)
WITH id, p, e, collect(r) AS rels
ORDER BY e.startDate
RETURN id, collect({
  person: p {.*, label: 'Person'},
  event: e {.*, label: 'Event'},
  evidence: [r IN rels | {excerpt: r.evidence, start: r.evidenceStart, end: r.evidenceEnd, documentId: r.source}][..20]
})[..$first] AS items
