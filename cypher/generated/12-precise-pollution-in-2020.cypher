// Generated from examples/questions/12-precise-pollution-in-2020.graphql by `npm run cypher -- --write-examples`: the one statement the
// question runs. Do not edit: edit the fragments of cypher/fields, then regenerate.
:param {"v1_id":"theme:precise-pollution-control","v1_label":"Theme","v2_from":"2020-01-01","v2_to":"2020-12-31","v2_documents":null,"v2_first":20,"v3_first":20}

CALL () {
  MATCH (this:Entity {id: $v1_id})
  WHERE $v1_label IS NULL OR $v1_label IN labels(this)
  WITH this AS v1
  CALL (*) {
    WITH v1 AS this
    MATCH (this)<-[:ABOUT]-(s:Statement)<-[:SAID]-(p:Person)
    WHERE true
      AND ($v2_from IS NULL OR s.publishedAt >= $v2_from) AND ($v2_to IS NULL OR s.publishedAt <= $v2_to)
      AND ($v2_documents IS NULL OR s.source IN $v2_documents)
    WITH p, s, s.publishedAt AS publishedAt, s.source AS source, s.evidenceStart AS evidenceStart
    ORDER BY publishedAt, source, evidenceStart


    WITH p, collect(s)[..100] AS statements, collect([publishedAt, source, evidenceStart])[0] AS firstKey
    ORDER BY firstKey[0], firstKey[1], firstKey[2]
    LIMIT $v2_first
    WITH {person: p, statements: statements} AS v2
    CALL (*) {
      UNWIND (v2.statements[..$v3_first]) AS v4
      CALL (*) {
        WITH v4 AS this
        MATCH (document:Document {id: this.source})
        WITH document AS v5
        RETURN collect(CASE WHEN v5 IS NULL THEN null ELSE {`name`: v5.name, `publishedAt`: v5.publishedAt} END)[0] AS v6
      }
      RETURN collect({`text`: v4.name, `evidence`: {`excerpt`: v4.evidence, `document`: v6}}) AS v7
    }
    RETURN collect({`person`: {`name`: v2.person.name, `nameEn`: v2.person.nameEn}, `statements`: v7}) AS v8
  }
  RETURN collect(CASE WHEN v1 IS NULL THEN null ELSE {`name`: v1.name, `discussedBy`: v8} END)[0] AS v9
}
RETURN v9
