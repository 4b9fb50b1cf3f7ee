// Generated from examples/questions/03-xiamen-bureau-spokesperson.graphql by `npm run cypher -- --write-examples`: the one statement the
// question runs. Do not edit: edit the fragments of cypher/fields, then regenerate.
:param {"v1_id":"organization:xiamen-bureau-of-ecology-and-environment","v1_label":"Organization","v2_asOf":null,"v2_first":20,"v3_theme":null,"v3_from":null,"v3_to":null,"v3_documents":null,"v3_first":20}

CALL () {
  MATCH (this:Entity {id: $v1_id})
  WHERE $v1_label IS NULL OR $v1_label IN labels(this)
  WITH this AS v1
  CALL (*) {
    WITH v1 AS this
    MATCH (this)<-[:SPEAKS_FOR]-(p:Person)
    WITH DISTINCT this, p
    CALL (this, p) {
      OPTIONAL MATCH (p)-[post:SPEAKS_FOR]->(:Organization)
      WHERE $v2_asOf IS NOT NULL AND post.publishedAt <= $v2_asOf
      WITH max(post.publishedAt) AS latest
      MATCH (p)-[r:SPEAKS_FOR]->(this)
      WHERE $v2_asOf IS NULL OR (r.publishedAt = latest AND NOT coalesce(r.former, false))
      RETURN r
    }
    WITH this, p, r
    ORDER BY r.publishedAt DESC, r.source
    WITH this, p, r.title AS title, collect(r) AS rels
    ORDER BY rels[0].publishedAt DESC, rels[0].source, rels[0].evidenceStart, p.id, title
    LIMIT $v2_first
    WITH {
      person: p, organization: this, title: title, titleEn: rels[0].titleEn, former: coalesce(rels[0].former, false), evidence: rels[..20]
    } AS v2
    CALL (*) {
      WITH v2.person AS this
      MATCH (this)-[:SAID]->(s:Statement)
      WHERE ($v3_theme IS NULL OR EXISTS { (s)-[:ABOUT]->(:Theme {id: $v3_theme}) })
        AND ($v3_from IS NULL OR s.publishedAt >= $v3_from) AND ($v3_to IS NULL OR s.publishedAt <= $v3_to)
        AND ($v3_documents IS NULL OR s.source IN $v3_documents)
      WITH s
      ORDER BY s.publishedAt, s.source, s.evidenceStart
      LIMIT $v3_first
      WITH s AS v3
      RETURN collect({`text`: v3.name, `nameEn`: v3.nameEn}) AS v4
    }
    RETURN collect({`title`: v2.title, `titleEn`: v2.titleEn, `person`: {`name`: v2.person.name, `nameEn`: v2.person.nameEn, `statements`: v4}, `evidence`: [v5 IN v2.evidence | {`excerpt`: v5.evidence}]}) AS v6
  }
  RETURN collect(CASE WHEN v1 IS NULL THEN null ELSE {`name`: v1.name, `nameEn`: v1.nameEn, `members`: v6} END)[0] AS v7
}
RETURN v7
