// Query.search with kinds: full-text search as search-entities.cypher, narrowed to the hits whose label is one of
// $kinds (labels from an allow-list). Ties keep a stable order by id; the hits are ranked and cut before they are
// projected.
CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node, score
WHERE any(label IN labels(node) WHERE label IN $kinds)
WITH node, score
ORDER BY score DESC, node.id
LIMIT $first
RETURN {score: score, entity: node} AS hit
