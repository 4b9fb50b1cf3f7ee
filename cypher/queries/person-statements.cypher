// What each person said, in report order, optionally only on one theme or in the reports of a period or of a
// list ($from, $to, $documents).
UNWIND $ids AS id
MATCH (:Person {id: id})-[:SAID]->(s:Statement)
WHERE ($theme IS NULL OR EXISTS { (s)-[:ABOUT]->(:Theme {id: $theme}) })
  AND ($from IS NULL OR s.publishedAt >= $from) AND ($to IS NULL OR s.publishedAt <= $to)
  AND ($documents IS NULL OR s.source IN $documents)
WITH id, s
ORDER BY s.publishedAt, s.source, s.evidenceStart
// The page is cut before it is projected: a hub shared by many reports has thousands of rows.
WITH id, collect(s)[..$first] AS page
UNWIND page AS s
RETURN id, collect(s {.*, label: 'Statement'}) AS items
