// Generated from examples/questions/13-precise-pollution-trend.graphql by `npm run cypher -- --write-examples`: the one statement the
// question runs. Do not edit: edit the fragments of cypher/fields, then regenerate.
:param {"v1_id":"theme:precise-pollution-control","v1_label":"Theme","v2_from":null,"v2_to":null,"v2_periodLength":4}

CALL () {
  MATCH (this:Entity {id: $v1_id})
  WHERE $v1_label IS NULL OR $v1_label IN labels(this)
  WITH this AS v1
  CALL (*) {
    WITH v1 AS this
    CALL (this) {
      MATCH (this)-[src:SOURCE]->(:Document)
      WHERE ($v2_from IS NULL OR src.publishedAt >= $v2_from) AND ($v2_to IS NULL OR src.publishedAt <= $v2_to)
      WITH left(src.publishedAt, $v2_periodLength) AS period, count(*) AS documents
      RETURN collect({period: period, documents: documents}) AS reports
    }
    CALL (this) {
      MATCH (this)<-[:ABOUT]-(s:Statement)
      WHERE ($v2_from IS NULL OR s.publishedAt >= $v2_from) AND ($v2_to IS NULL OR s.publishedAt <= $v2_to)
      OPTIONAL MATCH (s)<-[:SAID]-(speaker:Person)
      WITH left(s.publishedAt, $v2_periodLength) AS period, count(DISTINCT s) AS statements, count(DISTINCT speaker) AS speakers
      RETURN collect({period: period, statements: statements, speakers: speakers}) AS said
    }
    UNWIND reports AS report
    WITH report, [x IN said WHERE x.period = report.period][0] AS words
    ORDER BY report.period
    WITH {
      period: report.period, documents: report.documents, statements: coalesce(words.statements, 0), speakers: coalesce(words.speakers, 0)
    } AS v2
    RETURN collect({`period`: v2.period, `documents`: v2.documents, `statements`: v2.statements, `speakers`: v2.speakers}) AS v3
  }
  RETURN collect(CASE WHEN v1 IS NULL THEN null ELSE {`name`: v1.name, `nameEn`: v1.nameEn, `trend`: v3} END)[0] AS v4
}
RETURN v4
