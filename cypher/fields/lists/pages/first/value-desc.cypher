// The first page of a list in descending value order (ties by id), without a count: no cursor to compare, so
// no filter on every candidate (value-desc.cypher, the page after a cursor, adds it).
WITH n ORDER BY n.value DESC, n.id LIMIT $limit
RETURN {totalCount: null, nodes: collect(n)} AS page
