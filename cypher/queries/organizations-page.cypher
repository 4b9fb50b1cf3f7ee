// A page of organizations matching the filter, after the keyset cursor ($afterKey, $afterId), in the order asked, and with
// $withCount how many match in all. The resolver picks how the candidates are read (cypher-catalog.ts makes one
// query of each section below): with no filter, `walk-<key>-<direction>` walks the sort key's index in that order
// and stops after the page ($walkFrom is where it starts); with a filter, the candidates come from the filter's own
// entity or index; `all` reads every organization for an order no index walks. Every filter given is then checked
// (//@page), so any combination works, and the candidates are sorted and cut.
//@candidates walk-name-asc
MATCH (n:Organization) WHERE n.name >= $walkFrom AND ($afterId IS NULL OR n.name > $walkFrom OR n.id > $afterId)
RETURN n ORDER BY n.name, n.id LIMIT $limit
//@candidates walk-name-desc
MATCH (n:Organization) WHERE n.name <= $walkFrom AND ($afterId IS NULL OR n.name < $walkFrom OR n.id > $afterId)
RETURN n ORDER BY n.name DESC, n.id LIMIT $limit
//@candidates walk-id-asc
MATCH (n:Organization) WHERE n.id > $walkFrom
RETURN n ORDER BY n.id LIMIT $limit
//@candidates walk-id-desc
MATCH (n:Organization) WHERE n.id < $walkFrom
RETURN n ORDER BY n.id DESC LIMIT $limit
//@candidates parent
MATCH (:Organization {id: $parent})<-[:PART_OF]-(n:Organization)
RETURN DISTINCT n
//@candidates region
MATCH (region:Region {id: $region})
CALL (region) {
  MATCH (place:Region)-[:PART_OF*1..6]->(region)
  RETURN DISTINCT place
  UNION
  RETURN region AS place
}
MATCH (place)<-[:HAS_JURISDICTION|LOCATED_IN]-(n:Organization)
RETURN DISTINCT n
//@candidates document
MATCH (:Document {id: $document})<-[:SOURCE]-(n:Organization)
RETURN n
//@candidates kind
MATCH (n:Organization {kind: $kind})
RETURN n
//@candidates text
MATCH (n:Organization) WHERE n.matchText CONTAINS toLower($nameContains)
RETURN n
//@candidates all
MATCH (n:Organization) WHERE n.id >= ''
RETURN n
//@page
// The places of $region (the region and every region part of it, at any depth) are found once, before the
// candidates are checked: an EXISTS over PART_OF*0..6 for each candidate walked the parallel PART_OF relationships
// (one per report) again every time, 36 ms for a province's statistics at 1,000 documents.
WITH collect(n) AS candidates
CALL () {
  OPTIONAL MATCH (region:Region {id: $region})
  CALL (region) {
    WITH region WHERE region IS NOT NULL
    MATCH (place:Region)-[:PART_OF*1..6]->(region)
    RETURN DISTINCT place
    UNION
    WITH region WHERE region IS NOT NULL
    RETURN region AS place
  }
  RETURN collect(place) AS regionPlaces
}
UNWIND candidates AS n
WITH n AS o, regionPlaces
WHERE ($nameContains IS NULL OR o.matchText CONTAINS toLower($nameContains))
  AND ($kind IS NULL OR o.kind = $kind)
  AND ($region IS NULL OR EXISTS { MATCH (o)-[:HAS_JURISDICTION|LOCATED_IN]->(place:Region) WHERE place IN regionPlaces })
  AND ($parent IS NULL OR EXISTS { (o)-[:PART_OF]->(:Organization {id: $parent}) })
  AND ($document IS NULL OR EXISTS { (o)-[:SOURCE]->(:Document {id: $document}) })
// The keyset cursor: what comes after ($afterKey, $afterId) in the order asked (ties by id; a missing key sorts
// last ascending and first descending, as ORDER BY puts nulls). With $withCount every match is kept to be counted.
WITH o AS n, o[$sortKey] AS key
WITH n, key,
     $afterId IS NULL
     OR (NOT $descending AND (key > $afterKey OR (key = $afterKey AND n.id > $afterId) OR (key IS NULL AND ($afterKey IS NOT NULL OR n.id > $afterId))))
     OR ($descending AND CASE WHEN $afterKey IS NULL THEN key IS NOT NULL OR n.id > $afterId ELSE key < $afterKey OR (key = $afterKey AND n.id > $afterId) END) AS next
WHERE $withCount OR next
WITH n, key, next
ORDER BY CASE WHEN $descending THEN key END DESC, CASE WHEN NOT $descending THEN key END ASC, n.id
LIMIT $limit
WITH collect({n: n, next: next}) AS rows
WITH CASE WHEN $withCount THEN size(rows) END AS totalCount, [row IN rows WHERE row.next | row.n][..$first + 1] AS page
RETURN totalCount, [n IN page | n {.*, label: 'Organization'}] AS nodes
