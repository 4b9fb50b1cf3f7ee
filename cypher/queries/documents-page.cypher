// A page of documents matching the filter (title, publication dates, kind, publisher), and how many match in all.
MATCH (d:Document)
WHERE ($nameContains IS NULL OR d.name CONTAINS $nameContains OR toLower(d.nameEn) CONTAINS toLower($nameContains))
  AND ($from IS NULL OR d.publishedAt >= $from) AND ($to IS NULL OR d.publishedAt <= $to)
  AND ($kind IS NULL OR d.kind = $kind)
  AND ($publisher IS NULL OR d.publisher = $publisher)
// $sortKey comes from an allow-list of sortable properties; the two CASEs give one ORDER BY for both directions.
WITH d
ORDER BY CASE WHEN $descending THEN d[$sortKey] END DESC, CASE WHEN NOT $descending THEN d[$sortKey] END ASC, d.id
WITH collect(d) AS matched
RETURN size(matched) AS totalCount, [n IN matched[$offset..$offset + $first] | n {.*, fullText: null, label: 'Document'}] AS nodes
