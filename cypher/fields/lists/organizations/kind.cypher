// The candidates of a page of organizations that starts from the kind filter.
MATCH (n:Organization {kind: $kind})
RETURN n
