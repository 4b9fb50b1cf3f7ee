// The candidates of a page of policies that starts from the region filter.
MATCH (region:Region {id: $region})
//@include includes/places-within-region
CALL (place) {
  MATCH (place)-[:IMPLEMENTS]->(n:Policy)
  RETURN n
  UNION
  MATCH (place)<-[:HAS_JURISDICTION]-(:Organization)-[:IMPLEMENTS]->(n:Policy)
  RETURN n
}
RETURN DISTINCT n
