// The candidates of a page of themes that reads every one.
MATCH (n:Theme) WHERE n.id >= ''
RETURN n
