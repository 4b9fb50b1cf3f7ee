// A page of policies matching the filter, after the keyset cursor ($afterKey, $afterId), in the order asked, and with
// $withCount how many match in all. The resolver picks how the candidates are read (cypher-catalog.ts makes one
// query of each section below): with no filter, `walk-<key>-<direction>` walks the sort key's index in that order
// and stops after the page ($walkFrom is where it starts); with a filter, the candidates come from the filter's own
// entity or index; `all` reads every policy for an order no index walks. Every filter given is then checked
// (//@page), so any combination works, and the candidates are sorted and cut.
// A policy is implemented in a region when the region, one of its sub-regions, or a body with jurisdiction over
// one of them implements it.
//@candidates walk-name-asc
MATCH (n:Policy) WHERE n.name >= $walkFrom AND ($afterId IS NULL OR n.name > $walkFrom OR n.id > $afterId)
RETURN n ORDER BY n.name, n.id LIMIT $limit
//@candidates walk-name-desc
MATCH (n:Policy) WHERE n.name <= $walkFrom AND ($afterId IS NULL OR n.name < $walkFrom OR n.id > $afterId)
RETURN n ORDER BY n.name DESC, n.id LIMIT $limit
//@candidates walk-id-asc
MATCH (n:Policy) WHERE n.id > $walkFrom
RETURN n ORDER BY n.id LIMIT $limit
//@candidates walk-id-desc
MATCH (n:Policy) WHERE n.id < $walkFrom
RETURN n ORDER BY n.id DESC LIMIT $limit
//@candidates theme
MATCH (:Theme {id: $theme})<-[:ABOUT]-(n:Policy)
RETURN DISTINCT n
//@candidates region
MATCH (region:Region {id: $region})
CALL (region) {
  MATCH (place:Region)-[:PART_OF*1..6]->(region)
  RETURN DISTINCT place
  UNION
  RETURN region AS place
}
CALL (place) {
  MATCH (place)-[:IMPLEMENTS]->(n:Policy)
  RETURN n
  UNION
  MATCH (place)<-[:HAS_JURISDICTION]-(:Organization)-[:IMPLEMENTS]->(n:Policy)
  RETURN n
}
RETURN DISTINCT n
//@candidates document
MATCH (:Document {id: $document})<-[:SOURCE]-(n:Policy)
RETURN n
//@candidates kind
MATCH (n:Policy {kind: $kind})
RETURN n
//@candidates text
MATCH (n:Policy) WHERE n.matchText CONTAINS toLower($nameContains)
RETURN n
//@candidates all
MATCH (n:Policy) WHERE n.id >= ''
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
WITH n AS p, regionPlaces
WHERE ($nameContains IS NULL OR p.matchText CONTAINS toLower($nameContains))
  AND ($kind IS NULL OR p.kind = $kind)
  AND ($theme IS NULL OR EXISTS { (p)-[:ABOUT]->(:Theme {id: $theme}) })
  AND ($region IS NULL
       OR EXISTS { MATCH (p)<-[:IMPLEMENTS]-(place:Region) WHERE place IN regionPlaces }
       OR EXISTS { MATCH (p)<-[:IMPLEMENTS]-(:Organization)-[:HAS_JURISDICTION]->(place:Region) WHERE place IN regionPlaces })
  AND ($document IS NULL OR EXISTS { (p)-[:SOURCE]->(:Document {id: $document}) })
// The keyset cursor: what comes after ($afterKey, $afterId) in the order asked (ties by id; a missing key sorts
// last ascending and first descending, as ORDER BY puts nulls). With $withCount every match is kept to be counted.
WITH p AS n, p[$sortKey] AS key
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
RETURN totalCount, [n IN page | n {.*, label: 'Policy'}] AS nodes
