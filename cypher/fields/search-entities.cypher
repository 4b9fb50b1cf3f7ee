// Query.search: full-text search; $query is a Lucene query built from the user's words with every special
// character escaped, and $kinds (labels from an allow-list) narrows the hits. Ties keep a stable order by id. The
// hits are ranked and cut before they are projected: a common word matches thousands of nodes at scale.
CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node, score
WHERE $kinds IS NULL OR any(label IN labels(node) WHERE label IN $kinds)
WITH node, score
ORDER BY score DESC, node.id
LIMIT $first
RETURN {score: score, entity: node} AS hit
