// The candidates of a page of documents that reads every one.
MATCH (n:Document) WHERE n.id >= ''
RETURN n
