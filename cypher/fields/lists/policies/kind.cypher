// The candidates of a page of policies that starts from the kind filter.
MATCH (n:Policy {kind: $kind})
RETURN n
