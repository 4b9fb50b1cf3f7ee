// The candidates of a page of policies that reads every one.
MATCH (n:Policy) WHERE n.id >= ''
RETURN n
