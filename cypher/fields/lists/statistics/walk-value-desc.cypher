// The candidates of a page of statistics that walks the index of the sort key in that order, from $walkFrom, and stops after the page.
MATCH (n:Statistic) WHERE n.value <= $walkFrom AND ($afterId IS NULL OR n.value < $walkFrom OR n.id > $afterId)
RETURN n ORDER BY n.value DESC, n.id LIMIT $limit
