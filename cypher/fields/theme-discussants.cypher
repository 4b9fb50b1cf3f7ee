// Theme.discussedBy: the people who discussed a theme, each with their statements on it (at most 100, as
// ThemeDiscussant.statements allows), in report order, optionally only in the reports of a period or of a list.
MATCH (this)<-[:ABOUT]-(s:Statement)<-[:SAID]-(p:Person)
WHERE true
//@include includes/statement-in-scope
WITH p, s, s.publishedAt AS publishedAt, s.source AS source, s.evidenceStart AS evidenceStart
ORDER BY publishedAt, source, evidenceStart
// A person's place is their first statement's: its key is carried from the sort above, not read again from the
// statement (PROFILE on the 1,000× store: 7,688 db hits against 9,329 for a theme of 571 statements).
WITH p, collect(s)[..100] AS statements, collect([publishedAt, source, evidenceStart])[0] AS firstKey
ORDER BY firstKey[0], firstKey[1], firstKey[2]
LIMIT $first
RETURN {person: p, statements: statements} AS discussant
