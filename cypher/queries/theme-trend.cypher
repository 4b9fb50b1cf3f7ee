// How often each theme came up per period: the reports naming it (its SOURCE relationships), the statements about
// it and the people who made them. A period is the first $periodLength characters of an ISO date: 4 for a year,
// 7 for a month. Periods come in order; periods no report of which names the theme are left out.
UNWIND $ids AS id
MATCH (t:Theme {id: id})-[src:SOURCE]->(:Document)
WHERE ($from IS NULL OR src.publishedAt >= $from) AND ($to IS NULL OR src.publishedAt <= $to)
WITH id, t, left(src.publishedAt, $periodLength) AS period, count(*) AS documents
CALL (t, period) {
  OPTIONAL MATCH (t)<-[:ABOUT]-(s:Statement)
  WHERE left(s.publishedAt, $periodLength) = period
    AND ($from IS NULL OR s.publishedAt >= $from) AND ($to IS NULL OR s.publishedAt <= $to)
  OPTIONAL MATCH (s)<-[:SAID]-(speaker:Person)
  RETURN count(DISTINCT s) AS statements, count(DISTINCT speaker) AS speakers
}
WITH id, period, documents, statements, speakers
ORDER BY period
RETURN id, collect({period: period, documents: documents, statements: statements, speakers: speakers}) AS items
