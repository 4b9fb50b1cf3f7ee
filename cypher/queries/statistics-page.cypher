// A page of statistics matching the filter (with $from, $to, $documents: of those reports), and how many match in all.
MATCH (s:Statistic)
WHERE ($indicatorContains IS NULL
       OR s.indicator CONTAINS $indicatorContains
       OR s.name CONTAINS $indicatorContains
       OR toLower(s.indicatorEn) CONTAINS toLower($indicatorContains))
  AND ($period IS NULL OR s.period STARTS WITH $period)
  AND ($theme IS NULL OR EXISTS { (s)-[:ABOUT]->(:Theme {id: $theme}) })
  AND ($region IS NULL OR EXISTS { (s)-[:MEASURES]->(:Region)-[:PART_OF*0..6]->(:Region {id: $region}) })
  AND ($document IS NULL OR EXISTS { (s)-[:SOURCE]->(:Document {id: $document}) })
  AND ($from IS NULL OR s.publishedAt >= $from) AND ($to IS NULL OR s.publishedAt <= $to)
  AND ($documents IS NULL OR s.source IN $documents)
// $sortKey comes from an allow-list of sortable properties; the two CASEs give one ORDER BY for both directions.
WITH s
ORDER BY CASE WHEN $descending THEN s[$sortKey] END DESC, CASE WHEN NOT $descending THEN s[$sortKey] END ASC, s.id
WITH collect(s) AS matched
RETURN size(matched) AS totalCount, [n IN matched[$offset..$offset + $first] | n {.*, fullText: null, label: 'Statistic'}] AS nodes
