// The candidates of a page of statistics that starts from the text filter.
MATCH (n:Statistic) WHERE n.matchText CONTAINS toLower($indicatorContains)
RETURN n
