// The candidates of a page of themes that starts from the text filter.
MATCH (n:Theme) WHERE n.matchText CONTAINS toLower($nameContains)
RETURN n
