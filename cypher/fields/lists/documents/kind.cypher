// The candidates of a page of documents that starts from the kind filter.
MATCH (n:Document {kind: $kind})
RETURN n
