// The candidates of a page of documents that starts from the text filter.
MATCH (n:Document) WHERE n.matchText CONTAINS toLower($nameContains)
RETURN n
