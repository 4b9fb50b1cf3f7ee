// All statements about each theme, in report order.
UNWIND $ids AS id
MATCH (:Theme {id: id})<-[:ABOUT]-(s:Statement)
WITH id, s
ORDER BY s.source, s.evidenceStart
RETURN id, collect(s {.*, label: 'Statement'})[..$first] AS items
