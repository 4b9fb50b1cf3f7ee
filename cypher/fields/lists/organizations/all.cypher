// The candidates of a page of organizations that reads every one.
MATCH (n:Organization) WHERE n.id >= ''
RETURN n
