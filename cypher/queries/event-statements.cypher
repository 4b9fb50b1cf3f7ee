// The statements made at each event, in report order.
UNWIND $ids AS id
MATCH (:Event {id: id})<-[:MADE_AT]-(s:Statement)
WITH id, s
ORDER BY s.publishedAt, s.source, s.evidenceStart
// The page is cut before it is projected: a hub shared by many reports has thousands of rows.
WITH id, collect(s)[..$first] AS page
UNWIND page AS s
RETURN id, collect(s {.*, label: 'Statement'}) AS items
