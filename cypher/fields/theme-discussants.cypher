// Theme.discussedBy: the people who discussed a theme, each with their statements on it (at most 100, as
// ThemeDiscussant.statements allows), in report order, optionally only in the reports of a period or of a list.
MATCH (this)<-[:ABOUT]-(s:Statement)<-[:SAID]-(p:Person)
WHERE true
//@include includes/statement-in-scope
WITH p, s
ORDER BY s.publishedAt, s.source, s.evidenceStart
WITH p, collect(s)[..100] AS statements
ORDER BY statements[0].publishedAt, statements[0].source, statements[0].evidenceStart
LIMIT $first
RETURN {person: p, statements: statements} AS discussant
