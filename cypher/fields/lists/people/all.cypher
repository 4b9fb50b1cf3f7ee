// The candidates of a page of people that reads every one.
MATCH (n:Person) WHERE n.id >= ''
RETURN n
