// The candidates of a page of policies that starts from the text filter.
MATCH (n:Policy) WHERE n.matchText CONTAINS toLower($nameContains)
RETURN n
