// A page of statements matching the filter (with $from, $to, $documents: of those reports), and how many match in all.
MATCH (s:Statement)
WHERE ($textContains IS NULL OR s.text CONTAINS $textContains)
  AND ($speaker IS NULL OR EXISTS { (s)<-[:SAID]-(:Person {id: $speaker}) })
  AND ($theme IS NULL OR EXISTS { (s)-[:ABOUT]->(:Theme {id: $theme}) })
  AND ($mentions IS NULL OR EXISTS { (s)-[:MENTIONS]->(:Entity {id: $mentions}) })
  AND ($document IS NULL OR EXISTS { (s)-[:SOURCE]->(:Document {id: $document}) })
  AND ($from IS NULL OR s.publishedAt >= $from) AND ($to IS NULL OR s.publishedAt <= $to)
  AND ($documents IS NULL OR s.source IN $documents)
// $sortKey comes from an allow-list of sortable properties; the two CASEs give one ORDER BY for both directions.
WITH s
ORDER BY CASE WHEN $descending THEN s[$sortKey] END DESC, CASE WHEN NOT $descending THEN s[$sortKey] END ASC, s.id
WITH collect(s) AS matched
RETURN size(matched) AS totalCount, [n IN matched[$offset..$offset + $first] | n {.*, fullText: null, label: 'Statement'}] AS nodes
