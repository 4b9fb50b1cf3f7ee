// The first page of a list in descending id order (ties by id), without a count: no cursor to compare, so
// no filter on every candidate (id-desc.cypher, the page after a cursor, adds it).
WITH n ORDER BY n.id DESC LIMIT $limit
RETURN {totalCount: null, nodes: collect(n)} AS page
