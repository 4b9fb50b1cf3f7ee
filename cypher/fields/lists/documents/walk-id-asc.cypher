// The candidates of a page of documents that walks the index of the sort key in that order, from $walkFrom, and stops after the page.
MATCH (n:Document) WHERE n.id > $walkFrom
RETURN n ORDER BY n.id LIMIT $limit
