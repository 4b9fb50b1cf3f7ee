// Person.statements: what a person said, in report order, optionally only on one theme or in the reports of a
// period or of a list.
MATCH (this)-[:SAID]->(s:Statement)
WHERE ($theme IS NULL OR EXISTS { (s)-[:ABOUT]->(:Theme {id: $theme}) })
//@include includes/statement-in-scope
WITH s
ORDER BY s.publishedAt, s.source, s.evidenceStart
LIMIT $first
RETURN s AS statement
