// Query.statisticComparison: one indicator across regions for one period: for each region, the figure of the latest
// report that gives one (a later report corrects an earlier one), largest value first. The period is an ISO 8601
// prefix and uses the statistic_period index.
MATCH (s:Statistic)
WHERE s.period STARTS WITH $period
//@include includes/indicator-in-scope
MATCH (s)-[:MEASURES]->(region:Region)
WHERE $level IS NULL OR region.level = $level
WITH DISTINCT region, s
ORDER BY s.publishedAt DESC, s.source, s.evidenceStart
WITH region, collect(s)[0] AS s
ORDER BY s.value DESC, region.name
LIMIT $first
//@include includes/indicator-figure
