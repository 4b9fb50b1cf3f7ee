// A page of documents matching the filter, and how many match in all.
MATCH (d:Document)
WHERE $nameContains IS NULL OR d.name CONTAINS $nameContains OR toLower(d.nameEn) CONTAINS toLower($nameContains)
// $sortKey comes from an allow-list of sortable properties; the two CASEs give one ORDER BY for both directions.
WITH d
ORDER BY CASE WHEN $descending THEN d[$sortKey] END DESC, CASE WHEN NOT $descending THEN d[$sortKey] END ASC, d.id
WITH collect(d) AS matched
RETURN size(matched) AS totalCount, [n IN matched[$offset..$offset + $first] | n {.*, fullText: null, label: 'Document'}] AS nodes
