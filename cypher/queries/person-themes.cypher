// The themes each person discussed, each with their statements on it; the most discussed first.
UNWIND $ids AS id
MATCH (:Person {id: id})-[:SAID]->(s:Statement)-[:ABOUT]->(t:Theme)
WITH id, t, s
ORDER BY s.publishedAt, s.source, s.evidenceStart
WITH id, t, collect(s {.*, label: 'Statement'}) AS statements
ORDER BY size(statements) DESC, t.name
// The page is cut before it is projected: a hub shared by many reports has thousands of rows.
WITH id, collect({t: t, statements: statements})[..$first] AS page
UNWIND page AS row
WITH id, row.t AS t, row.statements AS statements
RETURN id, collect({theme: t {.*, label: 'Theme'}, statements: statements}) AS items
