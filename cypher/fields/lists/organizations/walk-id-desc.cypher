// The candidates of a page of organizations that walks the index of the sort key in that order, from $walkFrom, and stops after the page.
MATCH (n:Organization) WHERE n.id < $walkFrom
RETURN n ORDER BY n.id DESC LIMIT $limit
