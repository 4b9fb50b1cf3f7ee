// The candidates of a page of organizations that starts from the region filter.
MATCH (region:Region {id: $region})
//@include includes/places-within-region
MATCH (place)<-[:HAS_JURISDICTION|LOCATED_IN]-(n:Organization)
RETURN DISTINCT n
