// A page in ascending id order after the keyset cursor ($afterKey, $afterId), without a count: the sort is by the
// property itself, so the planner reads it once and sorts only what it needs (lists/keyset-page.cypher is the page of
// every other order, and of a count).
WITH n
WHERE n.id > $afterKey OR (n.id = $afterKey AND n.id > $afterId)
//@include lists/pages/first/id-asc
