// A page in descending published at order (ties by id) after the keyset cursor ($afterKey, $afterId), without a count: the
// sort is by the property itself, so the planner reads it once and sorts only what it needs (lists/keyset-page.cypher
// is the page of every other order, and of a count). A missing value sorts first, as ORDER BY … DESC puts nulls.
WITH n
WHERE CASE WHEN $afterKey IS NULL THEN n.publishedAt IS NOT NULL OR n.id > $afterId
      ELSE n.publishedAt < $afterKey OR (n.publishedAt = $afterKey AND n.id > $afterId) END
//@include lists/pages/first/published-at-desc
