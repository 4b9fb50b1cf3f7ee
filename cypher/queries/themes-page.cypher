// A page of themes matching the filter, and how many match in all.
MATCH (t:Theme)
WHERE ($nameContains IS NULL OR t.name CONTAINS $nameContains OR toLower(t.nameEn) CONTAINS toLower($nameContains))
  AND ($document IS NULL OR EXISTS { (t)-[:SOURCE]->(:Document {id: $document}) })
// $sortKey comes from an allow-list of sortable properties; the two CASEs give one ORDER BY for both directions.
WITH t
ORDER BY CASE WHEN $descending THEN t[$sortKey] END DESC, CASE WHEN NOT $descending THEN t[$sortKey] END ASC, t.id
WITH collect(t) AS matched
RETURN size(matched) AS totalCount, [n IN matched[$offset..$offset + $first] | n {.*, fullText: null, label: 'Theme'}] AS nodes
