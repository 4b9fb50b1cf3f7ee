// Query.search without kinds: full-text search; $query is a Lucene query built from the user's words with every
// special character escaped. Ties keep a stable order by id. The hits are ranked and cut before they are projected: a
// common word matches thousands of nodes at scale, so nothing else is evaluated per hit (search-entities-of-kinds
// narrows by kind).
CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node, score
WITH node, score
ORDER BY score DESC, node.id
LIMIT $first
RETURN {score: score, entity: node} AS hit
