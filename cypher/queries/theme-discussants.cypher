// The people who discussed each theme, each with their statements on it, in report order, optionally only in the
// reports of a period or of a list ($from, $to, $documents). Nodes are projected only for the people and
// statements returned: a theme many reports share has thousands of statements. ThemeDiscussant.statements takes
// at most 100, so no more are read per person.
UNWIND $ids AS id
MATCH (:Theme {id: id})<-[:ABOUT]-(s:Statement)<-[:SAID]-(p:Person)
WHERE ($from IS NULL OR s.publishedAt >= $from) AND ($to IS NULL OR s.publishedAt <= $to)
  AND ($documents IS NULL OR s.source IN $documents)
WITH id, p, s
ORDER BY s.publishedAt, s.source, s.evidenceStart
WITH id, p, collect(s)[..100] AS statements
ORDER BY statements[0].publishedAt, statements[0].source, statements[0].evidenceStart
WITH id, collect({person: p, statements: statements})[..$first] AS discussants
UNWIND discussants AS discussant
WITH id, discussant.person AS person, discussant.statements AS statements
RETURN id, collect({person: person {.*, label: 'Person'}, statements: [s IN statements | s {.*, label: 'Statement'}]}) AS items
