// The candidates of a page of organizations that starts from the text filter.
MATCH (n:Organization) WHERE n.matchText CONTAINS toLower($nameContains)
RETURN n
