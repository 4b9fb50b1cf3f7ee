// The candidates of a page of people that starts from the text filter.
MATCH (n:Person) WHERE n.matchText CONTAINS toLower($nameContains)
RETURN n
