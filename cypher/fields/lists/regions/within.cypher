// The candidates of a page of regions that starts from the within filter.
MATCH (:Region {id: $within})<-[:PART_OF*1..6]-(n:Region)
RETURN DISTINCT n
