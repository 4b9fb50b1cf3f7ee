// The candidates of a page of regions that starts from the text filter.
MATCH (n:Region) WHERE n.matchText CONTAINS toLower($nameContains)
RETURN n
