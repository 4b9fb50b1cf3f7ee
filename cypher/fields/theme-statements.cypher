// Theme.statements: all statements about a theme, in report order, optionally only those of the reports of a
// period or of a list.
MATCH (this)<-[:ABOUT]-(s:Statement)
WHERE true
//@include includes/statement-in-scope
WITH s
ORDER BY s.publishedAt, s.source, s.evidenceStart
LIMIT $first
RETURN s AS statement
