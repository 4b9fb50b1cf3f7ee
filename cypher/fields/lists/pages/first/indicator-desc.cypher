// The first page of a list in descending indicator order (ties by id), without a count: no cursor to compare, so
// no filter on every candidate (indicator-desc.cypher, the page after a cursor, adds it).
WITH n ORDER BY n.indicator DESC, n.id LIMIT $limit
RETURN {totalCount: null, nodes: collect(n)} AS page
