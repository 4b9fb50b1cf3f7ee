// A page in ascending name order (ties by id) after the keyset cursor ($afterKey, $afterId), without a count: the
// sort is by the property itself, so the planner reads it once and sorts only what it needs (lists/keyset-page.cypher
// is the page of every other order, and of a count). A missing value sorts last, as ORDER BY puts nulls.
WITH n
WHERE n.name > $afterKey OR (n.name = $afterKey AND n.id > $afterId)
   OR (n.name IS NULL AND ($afterKey IS NOT NULL OR n.id > $afterId))
//@include lists/pages/first/name-asc
