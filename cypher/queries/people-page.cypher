// A page of people matching the filter, after the keyset cursor ($afterKey, $afterId), in the order asked, and with
// $withCount how many match in all. The resolver picks how the candidates are read (cypher-catalog.ts makes one
// query of each section below): with no filter, `walk-<key>-<direction>` walks the sort key's index in that order
// and stops after the page ($walkFrom is where it starts); with a filter, the candidates come from the filter's own
// entity or index; `all` reads every person for an order no index walks. Every filter given is then checked
// (//@page), so any combination works, and the candidates are sorted and cut.
// With a period or a list of reports ($from, $to, $documents), only people those reports name count, and only the
// posts and statements of those reports count for $organization and $theme.
//@candidates walk-name-asc
MATCH (n:Person) WHERE n.name >= $walkFrom AND ($afterId IS NULL OR n.name > $walkFrom OR n.id > $afterId)
RETURN n ORDER BY n.name, n.id LIMIT $limit
//@candidates walk-name-desc
MATCH (n:Person) WHERE n.name <= $walkFrom AND ($afterId IS NULL OR n.name < $walkFrom OR n.id > $afterId)
RETURN n ORDER BY n.name DESC, n.id LIMIT $limit
//@candidates walk-id-asc
MATCH (n:Person) WHERE n.id > $walkFrom
RETURN n ORDER BY n.id LIMIT $limit
//@candidates walk-id-desc
MATCH (n:Person) WHERE n.id < $walkFrom
RETURN n ORDER BY n.id DESC LIMIT $limit
//@candidates theme
MATCH (:Theme {id: $theme})<-[:ABOUT]-(:Statement)<-[:SAID]-(n:Person)
RETURN DISTINCT n
//@candidates organization
MATCH (:Organization {id: $organization})<-[:SPEAKS_FOR]-(n:Person)
RETURN DISTINCT n
//@candidates documents
UNWIND coalesce($documents, [$document]) AS documentId
MATCH (:Document {id: documentId})<-[:SOURCE]-(n:Person)
RETURN DISTINCT n
//@candidates text
MATCH (n:Person) WHERE n.matchText CONTAINS toLower($nameContains)
RETURN n
//@candidates all
MATCH (n:Person) WHERE n.id >= ''
RETURN n
//@page
WITH n AS p
WHERE ($nameContains IS NULL OR p.matchText CONTAINS toLower($nameContains))
  AND ($organization IS NULL OR EXISTS {
        (p)-[r:SPEAKS_FOR]->(:Organization {id: $organization})
        WHERE ($from IS NULL OR r.publishedAt >= $from) AND ($to IS NULL OR r.publishedAt <= $to)
          AND ($documents IS NULL OR r.source IN $documents) })
  AND ($theme IS NULL OR EXISTS {
        (p)-[:SAID]->(s:Statement)-[:ABOUT]->(:Theme {id: $theme})
        WHERE ($from IS NULL OR s.publishedAt >= $from) AND ($to IS NULL OR s.publishedAt <= $to)
          AND ($documents IS NULL OR s.source IN $documents) })
  AND ($document IS NULL OR EXISTS { (p)-[:SOURCE]->(:Document {id: $document}) })
  AND (($from IS NULL AND $to IS NULL AND $documents IS NULL) OR EXISTS {
        (p)-[src:SOURCE]->(:Document)
        WHERE ($from IS NULL OR src.publishedAt >= $from) AND ($to IS NULL OR src.publishedAt <= $to)
          AND ($documents IS NULL OR src.source IN $documents) })
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
RETURN totalCount, [n IN page | n {.*, label: 'Person'}] AS nodes
