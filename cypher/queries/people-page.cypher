// A page of people matching the filter, and how many match in all. With a period or a list of reports ($from, $to,
// $documents), only people those reports name, and only the posts and statements of those reports count for
// $organization and $theme.
MATCH (p:Person)
WHERE ($nameContains IS NULL
       OR p.name CONTAINS $nameContains
       OR toLower(p.nameEn) CONTAINS toLower($nameContains)
       OR any(key IN p.pinyinKeys WHERE key CONTAINS toLower($nameContains)))
  AND ($organization IS NULL OR EXISTS {
        (p)-[r:SPEAKS_FOR]->(:Organization {id: $organization})
        WHERE ($from IS NULL OR r.publishedAt >= $from) AND ($to IS NULL OR r.publishedAt <= $to)
          AND ($documents IS NULL OR r.source IN $documents) })
  AND ($theme IS NULL OR EXISTS {
        (p)-[:SAID]->(s:Statement)-[:ABOUT]->(:Theme {id: $theme})
        WHERE ($from IS NULL OR s.publishedAt >= $from) AND ($to IS NULL OR s.publishedAt <= $to)
          AND ($documents IS NULL OR s.source IN $documents) })
  AND ($document IS NULL OR EXISTS { (p)-[:SOURCE]->(:Document {id: $document}) })
  AND (($from IS NULL AND $to IS NULL AND $documents IS NULL) OR EXISTS {
        (p)-[src:SOURCE]->(:Document)
        WHERE ($from IS NULL OR src.publishedAt >= $from) AND ($to IS NULL OR src.publishedAt <= $to)
          AND ($documents IS NULL OR src.source IN $documents) })
// $sortKey comes from an allow-list of sortable properties; the two CASEs give one ORDER BY for both directions.
WITH p
ORDER BY CASE WHEN $descending THEN p[$sortKey] END DESC, CASE WHEN NOT $descending THEN p[$sortKey] END ASC, p.id
WITH collect(p) AS matched
RETURN size(matched) AS totalCount, [n IN matched[$offset..$offset + $first] | n {.*, fullText: null, label: 'Person'}] AS nodes
