// The candidates of a page of statements that starts from the mentions filter.
MATCH (:Entity {id: $mentions})<-[:MENTIONS]-(n:Statement)
RETURN DISTINCT n
