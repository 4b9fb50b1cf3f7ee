// Person.themes: the themes a person discussed, each with their statements on it (at most 100, as
// ThemeDiscussion.statements allows); the most discussed first.
MATCH (this)-[:SAID]->(s:Statement)-[:ABOUT]->(t:Theme)
WITH t, s
ORDER BY s.publishedAt, s.source, s.evidenceStart
WITH t, collect(s) AS statements
ORDER BY size(statements) DESC, t.name
LIMIT $first
RETURN {theme: t, statements: statements[..100]} AS discussion
