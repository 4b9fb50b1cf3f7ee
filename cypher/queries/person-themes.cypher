// The themes each person discussed, each with their statements on it; the most discussed first.
UNWIND $ids AS id
MATCH (:Person {id: id})-[:SAID]->(s:Statement)-[:ABOUT]->(t:Theme)
WITH id, t, s
ORDER BY s.source, s.evidenceStart
WITH id, t, collect(s {.*, label: 'Statement'}) AS statements
ORDER BY size(statements) DESC, t.name
RETURN id, collect({theme: t {.*, label: 'Theme'}, statements: statements})[..$first] AS items
