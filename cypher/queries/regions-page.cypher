// A page of regions matching the filter, and how many match in all.
MATCH (g:Region)
WHERE ($nameContains IS NULL
       OR g.name CONTAINS $nameContains
       OR toLower(g.nameEn) CONTAINS toLower($nameContains)
       OR any(key IN g.pinyinKeys WHERE key CONTAINS toLower($nameContains)))
  AND ($level IS NULL OR g.level = $level)
  AND ($within IS NULL OR EXISTS { (g)-[:PART_OF*1..6]->(:Region {id: $within}) })
  AND ($document IS NULL OR EXISTS { (g)-[:SOURCE]->(:Document {id: $document}) })
// $sortKey comes from an allow-list of sortable properties; the two CASEs give one ORDER BY for both directions.
WITH g
ORDER BY CASE WHEN $descending THEN g[$sortKey] END DESC, CASE WHEN NOT $descending THEN g[$sortKey] END ASC, g.id
WITH collect(g) AS matched
RETURN size(matched) AS totalCount, [n IN matched[$offset..$offset + $first] | n {.*, fullText: null, label: 'Region'}] AS nodes
