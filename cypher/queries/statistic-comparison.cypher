// One indicator across regions for one period: for each region, the figure of the latest report that gives one
// (a later report corrects an earlier one), largest value first. The period is an ISO 8601 prefix and uses the
// statistic_period index.
MATCH (s:Statistic)
WHERE s.period STARTS WITH $period
  AND (toLower(s.indicator) = toLower($indicator) OR toLower(s.indicatorEn) = toLower($indicator)
       OR $indicator IN coalesce(s.aliases, []))
  AND ($from IS NULL OR s.publishedAt >= $from) AND ($to IS NULL OR s.publishedAt <= $to)
  AND ($documents IS NULL OR s.source IN $documents)
MATCH (s)-[:MEASURES]->(region:Region)
WHERE $level IS NULL OR region.level = $level
WITH DISTINCT region, s
ORDER BY s.publishedAt DESC, s.source, s.evidenceStart
WITH region, collect(s)[0] AS s
ORDER BY s.value DESC, region.name
LIMIT $first
RETURN s {.*, label: 'Statistic'} AS statistic, region {.*, label: 'Region'} AS region
