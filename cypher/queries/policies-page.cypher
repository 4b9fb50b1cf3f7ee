// A page of policies matching the filter, and how many match in all. A policy is implemented in a region
// when the region, one of its sub-regions, or a body with jurisdiction over one of them implements it.
MATCH (p:Policy)
WHERE ($nameContains IS NULL OR p.name CONTAINS $nameContains OR toLower(p.nameEn) CONTAINS toLower($nameContains))
  AND ($kind IS NULL OR p.kind = $kind)
  AND ($theme IS NULL OR EXISTS { (p)-[:ABOUT]->(:Theme {id: $theme}) })
  AND ($region IS NULL
       OR EXISTS { (p)<-[:IMPLEMENTS]-(:Region)-[:PART_OF*0..6]->(:Region {id: $region}) }
       OR EXISTS { (p)<-[:IMPLEMENTS]-(:Organization)-[:HAS_JURISDICTION]->(:Region)-[:PART_OF*0..6]->(:Region {id: $region}) })
  AND ($document IS NULL OR EXISTS { (p)-[:SOURCE]->(:Document {id: $document}) })
// $sortKey comes from an allow-list of sortable properties; the two CASEs give one ORDER BY for both directions.
WITH p
ORDER BY CASE WHEN $descending THEN p[$sortKey] END DESC, CASE WHEN NOT $descending THEN p[$sortKey] END ASC, p.id
WITH collect(p) AS matched
RETURN size(matched) AS totalCount, [n IN matched[$offset..$offset + $first] | n {.*, fullText: null, label: 'Policy'}] AS nodes
