// The candidates of a page of regions that walks the index of the sort key in that order, from $walkFrom, and stops after the page.
MATCH (n:Region) WHERE n.id > $walkFrom
RETURN n ORDER BY n.id LIMIT $limit
