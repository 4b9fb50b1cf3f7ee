// Theme.trend: how often a theme came up per period: the reports naming it (its SOURCE relationships), the
// statements about it and the people who made them. A period is the first $periodLength characters of an ISO date:
// 4 for a year, 7 for a month. One pass over the reports and one over the statements, joined by period; periods no
// report of which names the theme are left out.
CALL (this) {
  MATCH (this)-[src:SOURCE]->(:Document)
  WHERE ($from IS NULL OR src.publishedAt >= $from) AND ($to IS NULL OR src.publishedAt <= $to)
  WITH left(src.publishedAt, $periodLength) AS period, count(*) AS documents
  RETURN collect({period: period, documents: documents}) AS reports
}
CALL (this) {
  MATCH (this)<-[:ABOUT]-(s:Statement)
  WHERE ($from IS NULL OR s.publishedAt >= $from) AND ($to IS NULL OR s.publishedAt <= $to)
  OPTIONAL MATCH (s)<-[:SAID]-(speaker:Person)
  WITH left(s.publishedAt, $periodLength) AS period, count(DISTINCT s) AS statements, count(DISTINCT speaker) AS speakers
  RETURN collect({period: period, statements: statements, speakers: speakers}) AS said
}
UNWIND reports AS report
WITH report, [x IN said WHERE x.period = report.period][0] AS words
ORDER BY report.period
RETURN {
  period: report.period, documents: report.documents, statements: coalesce(words.statements, 0), speakers: coalesce(words.speakers, 0)
} AS point
