// A page of documents matching the filter, after the keyset cursor ($afterKey, $afterId), in the order asked, and with
// $withCount how many match in all. The resolver picks how the candidates are read (cypher-catalog.ts makes one
// query of each section below): with no filter, `walk-<key>-<direction>` walks the sort key's index in that order
// and stops after the page ($walkFrom is where it starts); with a filter, the candidates come from the filter's own
// entity or index; `all` reads every document for an order no index walks. Every filter given is then checked
// (//@page), so any combination works, and the candidates are sorted and cut.
//@candidates walk-published-at-asc
MATCH (n:Document) WHERE n.publishedAt >= $walkFrom AND ($afterId IS NULL OR n.publishedAt > $walkFrom OR n.id > $afterId)
RETURN n ORDER BY n.publishedAt, n.id LIMIT $limit
//@candidates walk-published-at-desc
MATCH (n:Document) WHERE n.publishedAt <= $walkFrom AND ($afterId IS NULL OR n.publishedAt < $walkFrom OR n.id > $afterId)
RETURN n ORDER BY n.publishedAt DESC, n.id LIMIT $limit
//@candidates walk-name-asc
MATCH (n:Document) WHERE n.name >= $walkFrom AND ($afterId IS NULL OR n.name > $walkFrom OR n.id > $afterId)
RETURN n ORDER BY n.name, n.id LIMIT $limit
//@candidates walk-name-desc
MATCH (n:Document) WHERE n.name <= $walkFrom AND ($afterId IS NULL OR n.name < $walkFrom OR n.id > $afterId)
RETURN n ORDER BY n.name DESC, n.id LIMIT $limit
//@candidates walk-id-asc
MATCH (n:Document) WHERE n.id > $walkFrom
RETURN n ORDER BY n.id LIMIT $limit
//@candidates walk-id-desc
MATCH (n:Document) WHERE n.id < $walkFrom
RETURN n ORDER BY n.id DESC LIMIT $limit
//@candidates publisher
MATCH (n:Document {publisher: $publisher})
RETURN n
//@candidates kind
MATCH (n:Document {kind: $kind})
RETURN n
//@candidates period
MATCH (n:Document) WHERE n.publishedAt >= coalesce($from, '') AND n.publishedAt <= coalesce($to, '9999-12-31')
RETURN n
//@candidates text
MATCH (n:Document) WHERE n.matchText CONTAINS toLower($nameContains)
RETURN n
//@candidates all
MATCH (n:Document) WHERE n.id >= ''
RETURN n
//@page
WITH n AS d
WHERE ($nameContains IS NULL OR d.matchText CONTAINS toLower($nameContains))
  AND ($from IS NULL OR d.publishedAt >= $from) AND ($to IS NULL OR d.publishedAt <= $to)
  AND ($kind IS NULL OR d.kind = $kind)
  AND ($publisher IS NULL OR d.publisher = $publisher)
  AND ($unreviewed IS NULL OR (coalesce(d.unreviewedCount, 0) > 0) = $unreviewed)
// The keyset cursor: what comes after ($afterKey, $afterId) in the order asked (ties by id; a missing key sorts
// last ascending and first descending, as ORDER BY puts nulls). With $withCount every match is kept to be counted.
WITH d AS n, d[$sortKey] AS key
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
RETURN totalCount, [n IN page | n {.*, fullText: null, label: 'Document'}] AS nodes
