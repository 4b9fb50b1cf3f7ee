// The candidates of a page of regions that reads every one.
MATCH (n:Region) WHERE n.id >= ''
RETURN n
