// What each person said, in report order, optionally only on one theme.
UNWIND $ids AS id
MATCH (:Person {id: id})-[:SAID]->(s:Statement)
WHERE $theme IS NULL OR EXISTS { (s)-[:ABOUT]->(:Theme {id: $theme}) }
WITH id, s
ORDER BY s.source, s.evidenceStart
// The page is cut before it is projected: a hub shared by many reports has thousands of rows.
WITH id, collect(s)[..$first] AS page
UNWIND page AS s
RETURN id, collect(s {.*, label: 'Statement'}) AS items
