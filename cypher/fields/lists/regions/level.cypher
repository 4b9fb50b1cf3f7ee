// The candidates of a page of regions that starts from the level filter.
MATCH (n:Region {level: $level})
RETURN n
