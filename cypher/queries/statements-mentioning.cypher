// The statements that name each entity (who spoke of a policy, who gave a figure), in report order.
UNWIND $ids AS id
MATCH (:Entity {id: id})<-[:MENTIONS]-(s:Statement)
WITH id, s
ORDER BY s.source, s.evidenceStart
RETURN id, collect(s {.*, label: 'Statement'})[..$first] AS items
