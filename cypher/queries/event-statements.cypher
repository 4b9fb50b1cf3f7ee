// The statements made at each event, in report order.
UNWIND $ids AS id
MATCH (:Event {id: id})<-[:MADE_AT]-(s:Statement)
WITH id, s
ORDER BY s.source, s.evidenceStart
RETURN id, collect(s {.*, label: 'Statement'})[..$first] AS items
