// The places of $region (the region and every region part of it, at any depth) are found once, before the
// candidates are checked: an EXISTS over PART_OF*0..6 for each candidate walked the parallel PART_OF relationships
// (one per report) again every time, 36 ms for a province's statistics at 1,000 documents.
WITH collect(n) AS candidates
CALL () {
  OPTIONAL MATCH (region:Region {id: $region})
  CALL (region) {
    WITH region WHERE region IS NOT NULL
    MATCH (place:Region)-[:PART_OF*1..6]->(region)
    RETURN DISTINCT place
    UNION
    WITH region WHERE region IS NOT NULL
    RETURN region AS place
  }
  RETURN collect(place) AS regionPlaces
}
