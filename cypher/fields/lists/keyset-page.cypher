// The page of a list after its candidates and filter (lists/<list>/) when it counts every match ($withCount) or sorts
// by a key some nodes lack; any other page sorts by its order's property (lists/pages/).
// The keyset cursor: what comes after ($afterKey, $afterId) in the order asked (ties by id; a missing key sorts
// last ascending and first descending, as ORDER BY puts nulls). With $withCount every match is kept to be counted.
WITH n, n[$sortKey] AS key
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
RETURN {totalCount: totalCount, nodes: page} AS page
