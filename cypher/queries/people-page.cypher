// A page of people matching the filter, and how many match in all.
MATCH (p:Person)
WHERE ($nameContains IS NULL
       OR p.name CONTAINS $nameContains
       OR toLower(p.nameEn) CONTAINS toLower($nameContains)
       OR any(key IN p.pinyinKeys WHERE key CONTAINS toLower($nameContains)))
  AND ($organization IS NULL OR EXISTS { (p)-[:SPEAKS_FOR]->(:Organization {id: $organization}) })
  AND ($theme IS NULL OR EXISTS { (p)-[:SAID]->(:Statement)-[:ABOUT]->(:Theme {id: $theme}) })
  AND ($document IS NULL OR EXISTS { (p)-[:SOURCE]->(:Document {id: $document}) })
// $sortKey comes from an allow-list of sortable properties; the two CASEs give one ORDER BY for both directions.
WITH p
ORDER BY CASE WHEN $descending THEN p[$sortKey] END DESC, CASE WHEN NOT $descending THEN p[$sortKey] END ASC, p.id
WITH collect(p) AS matched
RETURN size(matched) AS totalCount, [n IN matched[$offset..$offset + $first] | n {.*, fullText: null, label: 'Person'}] AS nodes
