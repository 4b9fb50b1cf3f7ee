// The candidates of a page of statistics that starts from the region filter.
MATCH (region:Region {id: $region})
//@include includes/places-within-region
MATCH (place)<-[:MEASURES]-(n:Statistic)
RETURN DISTINCT n
