// A page of statistics matching the filter, after the keyset cursor ($afterKey, $afterId), in the order asked, and with
// $withCount how many match in all. The resolver picks how the candidates are read (cypher-catalog.ts makes one
// query of each section below): with no filter, `walk-<key>-<direction>` walks the sort key's index in that order
// and stops after the page ($walkFrom is where it starts); with a filter, the candidates come from the filter's own
// entity or index; `all` reads every statistic for an order no index walks. Every filter given is then checked
// (//@page), so any combination works, and the candidates are sorted and cut.
// A statistic of a region is about the region or one of its sub-regions; with $from, $to or $documents, only
// statistics those reports give.
//@candidates walk-name-asc
MATCH (n:Statistic) WHERE n.name >= $walkFrom AND ($afterId IS NULL OR n.name > $walkFrom OR n.id > $afterId)
RETURN n ORDER BY n.name, n.id LIMIT $limit
//@candidates walk-name-desc
MATCH (n:Statistic) WHERE n.name <= $walkFrom AND ($afterId IS NULL OR n.name < $walkFrom OR n.id > $afterId)
RETURN n ORDER BY n.name DESC, n.id LIMIT $limit
//@candidates walk-indicator-asc
MATCH (n:Statistic) WHERE n.indicator >= $walkFrom AND ($afterId IS NULL OR n.indicator > $walkFrom OR n.id > $afterId)
RETURN n ORDER BY n.indicator, n.id LIMIT $limit
//@candidates walk-indicator-desc
MATCH (n:Statistic) WHERE n.indicator <= $walkFrom AND ($afterId IS NULL OR n.indicator < $walkFrom OR n.id > $afterId)
RETURN n ORDER BY n.indicator DESC, n.id LIMIT $limit
//@candidates walk-value-asc
MATCH (n:Statistic) WHERE n.value >= $walkFrom AND ($afterId IS NULL OR n.value > $walkFrom OR n.id > $afterId)
RETURN n ORDER BY n.value, n.id LIMIT $limit
//@candidates walk-value-desc
MATCH (n:Statistic) WHERE n.value <= $walkFrom AND ($afterId IS NULL OR n.value < $walkFrom OR n.id > $afterId)
RETURN n ORDER BY n.value DESC, n.id LIMIT $limit
//@candidates region
MATCH (region:Region {id: $region})
CALL (region) {
  MATCH (place:Region)-[:PART_OF*1..6]->(region)
  RETURN DISTINCT place
  UNION
  RETURN region AS place
}
MATCH (place)<-[:MEASURES]-(n:Statistic)
RETURN DISTINCT n
//@candidates theme
MATCH (:Theme {id: $theme})<-[:ABOUT]-(n:Statistic)
RETURN DISTINCT n
//@candidates documents
UNWIND coalesce($documents, [$document]) AS documentId
MATCH (:Document {id: documentId})<-[:SOURCE]-(n:Statistic)
RETURN DISTINCT n
//@candidates period
MATCH (n:Statistic) WHERE n.period STARTS WITH $period
RETURN n
//@candidates text
MATCH (n:Statistic) WHERE n.matchText CONTAINS toLower($indicatorContains)
RETURN n
//@candidates all
MATCH (n:Statistic) WHERE n.id >= ''
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
WITH n AS s, regionPlaces
WHERE ($indicatorContains IS NULL OR s.matchText CONTAINS toLower($indicatorContains))
  AND ($period IS NULL OR s.period STARTS WITH $period)
  AND ($theme IS NULL OR EXISTS { (s)-[:ABOUT]->(:Theme {id: $theme}) })
  AND ($region IS NULL OR EXISTS { MATCH (s)-[:MEASURES]->(place:Region) WHERE place IN regionPlaces })
  AND ($document IS NULL OR EXISTS { (s)-[:SOURCE]->(:Document {id: $document}) })
  AND ($from IS NULL OR s.publishedAt >= $from) AND ($to IS NULL OR s.publishedAt <= $to)
  AND ($documents IS NULL OR s.source IN $documents)
// The keyset cursor: what comes after ($afterKey, $afterId) in the order asked (ties by id; a missing key sorts
// last ascending and first descending, as ORDER BY puts nulls). With $withCount every match is kept to be counted.
WITH s AS n, s[$sortKey] AS key
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
RETURN totalCount, [n IN page | n {.*, label: 'Statistic'}] AS nodes
