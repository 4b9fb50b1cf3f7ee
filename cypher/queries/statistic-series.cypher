// One indicator for one region across reports: the figures about the region itself whose indicator (Chinese or
// English) contains $indicator or whose aliases hold it, optionally of the reports of a period or of a list;
// in period order (figures without a period last), then by report date.
MATCH (region:Region {id: $region})<-[:MEASURES]-(s:Statistic)
WHERE (toLower(s.indicator) CONTAINS toLower($indicator) OR toLower(s.indicatorEn) CONTAINS toLower($indicator)
       OR $indicator IN coalesce(s.aliases, []))
  AND ($from IS NULL OR s.publishedAt >= $from) AND ($to IS NULL OR s.publishedAt <= $to)
  AND ($documents IS NULL OR s.source IN $documents)
WITH DISTINCT region, s
ORDER BY s.period IS NULL, s.period, s.publishedAt, s.source, s.evidenceStart
LIMIT $first
RETURN s {.*, label: 'Statistic'} AS statistic, region {.*, label: 'Region'} AS region
