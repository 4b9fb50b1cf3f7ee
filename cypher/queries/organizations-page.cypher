// A page of organizations matching the filter, and how many match in all.
MATCH (o:Organization)
WHERE ($nameContains IS NULL OR o.name CONTAINS $nameContains OR toLower(o.nameEn) CONTAINS toLower($nameContains))
  AND ($kind IS NULL OR o.kind = $kind)
  AND ($region IS NULL OR EXISTS {
        (o)-[:HAS_JURISDICTION|LOCATED_IN]->(:Region)-[:PART_OF*0..6]->(:Region {id: $region}) })
  AND ($parent IS NULL OR EXISTS { (o)-[:PART_OF]->(:Organization {id: $parent}) })
  AND ($document IS NULL OR EXISTS { (o)-[:SOURCE]->(:Document {id: $document}) })
// $sortKey comes from an allow-list of sortable properties; the two CASEs give one ORDER BY for both directions.
WITH o
ORDER BY CASE WHEN $descending THEN o[$sortKey] END DESC, CASE WHEN NOT $descending THEN o[$sortKey] END ASC, o.id
WITH collect(o) AS matched
RETURN size(matched) AS totalCount, [n IN matched[$offset..$offset + $first] | n {.*, fullText: null, label: 'Organization'}] AS nodes
