// What each person said, in report order, optionally only on one theme.
UNWIND $ids AS id
MATCH (:Person {id: id})-[:SAID]->(s:Statement)
WHERE $theme IS NULL OR EXISTS { (s)-[:ABOUT]->(:Theme {id: $theme}) }
WITH id, s
ORDER BY s.source, s.evidenceStart
RETURN id, collect(s {.*, label: 'Statement'})[..$first] AS items
