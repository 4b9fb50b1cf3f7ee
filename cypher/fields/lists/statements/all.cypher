// The candidates of a page of statements that reads every one.
MATCH (n:Statement) WHERE n.id >= ''
RETURN n
