// All statements about each theme, in report order (oldest report first), optionally only those of the reports
// of a period or of a list ($from, $to, $documents).
UNWIND $ids AS id
MATCH (:Theme {id: id})<-[:ABOUT]-(s:Statement)
WHERE ($from IS NULL OR s.publishedAt >= $from) AND ($to IS NULL OR s.publishedAt <= $to)
  AND ($documents IS NULL OR s.source IN $documents)
WITH id, s
ORDER BY s.publishedAt, s.source, s.evidenceStart
// The page is cut before it is projected: a hub shared by many reports has thousands of rows.
WITH id, collect(s)[..$first] AS page
UNWIND page AS s
RETURN id, collect(s {.*, label: 'Statement'}) AS items
