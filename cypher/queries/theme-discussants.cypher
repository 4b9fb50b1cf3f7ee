// The people who discussed each theme, each with their statements on it, in report order.
UNWIND $ids AS id
MATCH (:Theme {id: id})<-[:ABOUT]-(s:Statement)<-[:SAID]-(p:Person)
WITH id, p, s
ORDER BY s.source, s.evidenceStart
WITH id, p, collect(s {.*, label: 'Statement'}) AS statements
ORDER BY statements[0].source, statements[0].evidenceStart
RETURN id, collect({person: p {.*, label: 'Person'}, statements: statements})[..$first] AS items
