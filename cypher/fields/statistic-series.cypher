// Query.statisticSeries: one indicator for one region across reports: the figures about the region itself whose
// indicator (Chinese or English, ignoring case) is exactly $indicator or whose aliases hold it, so PM2.5浓度 leaves
// out PM2.5浓度目标; optionally of the reports of a period or of a list; in period order (figures without a period
// last), then by report date.
MATCH (region:Region {id: $region})<-[:MEASURES]-(s:Statistic)
WHERE true
//@include includes/indicator-in-scope
WITH DISTINCT region, s
ORDER BY s.period IS NULL, s.period, s.publishedAt, s.source, s.evidenceStart
LIMIT $first
//@include includes/indicator-figure
