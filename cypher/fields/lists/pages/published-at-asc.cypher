// A page in ascending published at order (ties by id) after the keyset cursor ($afterKey, $afterId), without a count: the
// sort is by the property itself, so the planner reads it once and sorts only what it needs (lists/keyset-page.cypher
// is the page of every other order, and of a count). A missing value sorts last, as ORDER BY puts nulls.
WITH n
WHERE n.publishedAt > $afterKey OR (n.publishedAt = $afterKey AND n.id > $afterId)
   OR (n.publishedAt IS NULL AND ($afterKey IS NOT NULL OR n.id > $afterId))
//@include lists/pages/first/published-at-asc
