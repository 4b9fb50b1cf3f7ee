// Who attended each event, in report order.
UNWIND $ids AS id
MATCH (e:Event {id: id})<-[r:ATTENDED]-(p:Person)
WITH id, p, e, collect(r) AS rels
ORDER BY rels[0].source, rels[0].evidenceStart
RETURN id, collect({
  person: p {.*, label: 'Person'},
  event: e {.*, label: 'Event'},
  evidence: [r IN rels | {excerpt: r.evidence, start: r.evidenceStart, end: r.evidenceEnd, documentId: r.source}][..20]
})[..$first] AS items
