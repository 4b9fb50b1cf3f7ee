// Statistics by region
// Every figure the report gives about a region, drawn with the region and the larger region it is part of;
// the table view lists value, unit and period.
MATCH (statistic:Statistic)-[measures:MEASURES]->(region:Region)
OPTIONAL MATCH partOf = (region)-[:PART_OF]->(:Region)
RETURN region, measures, statistic, partOf
ORDER BY region.name, statistic.period
