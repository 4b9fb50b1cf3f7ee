// The candidates of a page of statistics that walks the index of the sort key in that order, from $walkFrom, and stops after the page.
MATCH (n:Statistic) WHERE n.indicator >= $walkFrom AND ($afterId IS NULL OR n.indicator > $walkFrom OR n.id > $afterId)
RETURN n ORDER BY n.indicator, n.id LIMIT $limit
