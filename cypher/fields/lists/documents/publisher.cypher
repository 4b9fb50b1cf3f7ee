// The candidates of a page of documents that starts from the publisher filter.
MATCH (n:Document {publisher: $publisher})
RETURN n
