// Generated from examples/questions/06-who-said-xiamen-air-rank.graphql by `npm run cypher -- --write-examples`: the one statement the
// question runs. Do not edit: edit the fragments of cypher/fields, then regenerate.
:param {"v1_id":"statistic:xiamen-air-quality-rank-2019","v1_label":"Statistic","v2_first":20,"v4_first":20}

CALL () {
  MATCH (this:Entity {id: $v1_id})
  WHERE $v1_label IS NULL OR $v1_label IN labels(this)
  WITH this AS v1
  CALL (*) {
    WITH v1 AS this
    MATCH (this)<-[:MENTIONS]-(s:Statement)
    WITH s
    ORDER BY s.publishedAt, s.source, s.evidenceStart
    LIMIT $v2_first
    WITH s AS v2
    CALL (*) {
      WITH v2 AS this
      MATCH (this)<-[:SAID]-(p:Person)
      WITH p AS v3
      CALL (*) {
        WITH v3 AS this
        MATCH (this)-[r:SPEAKS_FOR]->(o:Organization)
        WITH this, o, r
        ORDER BY r.publishedAt DESC, r.source
        WITH this, o, r.title AS title, collect(r) AS rels
        ORDER BY rels[0].publishedAt DESC, rels[0].source, rels[0].evidenceStart, o.id, title
        LIMIT $v4_first
        WITH {
          person: this, organization: o, title: title, titleEn: rels[0].titleEn, former: coalesce(rels[0].former, false), evidence: rels[..20]
        } AS v4
        RETURN collect({`title`: v4.title, `organization`: {`name`: v4.organization.name}}) AS v5
      }
      RETURN collect(CASE WHEN v3 IS NULL THEN null ELSE {`name`: v3.name, `nameEn`: v3.nameEn, `organizations`: v5} END)[0] AS v6
    }
    RETURN collect({`text`: v2.name, `speaker`: v6, `evidence`: {`excerpt`: v2.evidence}}) AS v7
  }
  RETURN collect(CASE WHEN v1 IS NULL THEN null ELSE {`name`: v1.name, `nameEn`: v1.nameEn, `value`: v1.value, `unit`: v1.unit, `qualifier`: v1.qualifier, `statedIn`: v7} END)[0] AS v8
}
RETURN v8
