// One indicator for one region across reports: the figures about the region itself whose indicator (Chinese or
// English, ignoring case) is exactly $indicator or whose aliases hold it, so PM2.5浓度 leaves out PM2.5浓度目标;
// optionally of the reports of a period or of a list; in period order (figures without a period last), then by
// report date.
MATCH (region:Region {id: $region})<-[:MEASURES]-(s:Statistic)
WHERE (toLower(s.indicator) = toLower($indicator) OR toLower(s.indicatorEn) = toLower($indicator)
       OR $indicator IN coalesce(s.aliases, []))
  AND ($from IS NULL OR s.publishedAt >= $from) AND ($to IS NULL OR s.publishedAt <= $to)
  AND ($documents IS NULL OR s.source IN $documents)
WITH DISTINCT region, s
ORDER BY s.period IS NULL, s.period, s.publishedAt, s.source, s.evidenceStart
LIMIT $first
RETURN s {.*, label: 'Statistic'} AS statistic, region {.*, label: 'Region'} AS region
