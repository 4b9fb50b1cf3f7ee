// The candidates of a page of regions that walks the index of the sort key in that order, from $walkFrom, and stops after the page.
MATCH (n:Region) WHERE n.name <= $walkFrom AND ($afterId IS NULL OR n.name < $walkFrom OR n.id > $afterId)
RETURN n ORDER BY n.name DESC, n.id LIMIT $limit
