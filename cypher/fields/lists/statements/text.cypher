// The candidates of a page of statements that starts from the text filter.
MATCH (n:Statement) WHERE n.matchText CONTAINS toLower($textContains)
RETURN n
