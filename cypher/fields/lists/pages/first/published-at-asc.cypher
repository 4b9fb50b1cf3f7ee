// The first page of a list in ascending published at order (ties by id), without a count: no cursor to compare, so
// no filter on every candidate (published-at-asc.cypher, the page after a cursor, adds it).
WITH n ORDER BY n.publishedAt, n.id LIMIT $limit
RETURN {totalCount: null, nodes: collect(n)} AS page
