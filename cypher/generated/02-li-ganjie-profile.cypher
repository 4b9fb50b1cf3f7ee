// Generated from examples/questions/02-li-ganjie-profile.graphql by `npm run cypher -- --write-examples`: the one statement the
// question runs. Do not edit: edit the fragments of cypher/fields, then regenerate.
:param {"v1_id":"person:li-ganjie","v1_label":"Person","v2_first":20,"v4_first":20,"v6_theme":null,"v6_from":null,"v6_to":null,"v6_documents":null,"v6_first":20}

CALL () {
  MATCH (this:Entity {id: $v1_id})
  WHERE $v1_label IS NULL OR $v1_label IN labels(this)
  WITH this AS v1
  CALL (*) {
    WITH v1 AS this
    MATCH (this)-[r:SPEAKS_FOR]->(o:Organization)
    WITH this, o, r
    ORDER BY r.publishedAt DESC, r.source
    WITH this, o, r.title AS title, collect(r) AS rels
    ORDER BY rels[0].publishedAt DESC, rels[0].source, rels[0].evidenceStart, o.id, title
    LIMIT $v2_first
    WITH {
      person: this, organization: o, title: title, titleEn: rels[0].titleEn, former: coalesce(rels[0].former, false), evidence: rels[..20]
    } AS v2
    RETURN collect({`title`: v2.title, `titleEn`: v2.titleEn, `organization`: {`name`: v2.organization.name, `nameEn`: v2.organization.nameEn}}) AS v3
  }
  CALL (*) {
    WITH v1 AS this
    MATCH (this)-[:SAID]->(s:Statement)-[:ABOUT]->(t:Theme)
    WITH t, s
    ORDER BY s.publishedAt, s.source, s.evidenceStart
    WITH t, collect(s) AS statements
    ORDER BY size(statements) DESC, t.name
    LIMIT $v4_first
    WITH {theme: t, statements: statements[..100]} AS v4
    RETURN collect({`theme`: {`name`: v4.theme.name, `nameEn`: v4.theme.nameEn}}) AS v5
  }
  CALL (*) {
    WITH v1 AS this
    MATCH (this)-[:SAID]->(s:Statement)
    WHERE ($v6_theme IS NULL OR EXISTS { (s)-[:ABOUT]->(:Theme {id: $v6_theme}) })
      AND ($v6_from IS NULL OR s.publishedAt >= $v6_from) AND ($v6_to IS NULL OR s.publishedAt <= $v6_to)
      AND ($v6_documents IS NULL OR s.source IN $v6_documents)
    WITH s
    ORDER BY s.publishedAt, s.source, s.evidenceStart
    LIMIT $v6_first
    WITH s AS v6
    RETURN collect({`kind`: v6.kind, `text`: v6.name, `nameEn`: v6.nameEn, `evidence`: {`excerpt`: v6.evidence}}) AS v7
  }
  RETURN collect(CASE WHEN v1 IS NULL THEN null ELSE {`name`: v1.name, `nameEn`: v1.nameEn, `pinyin`: v1.pinyin, `organizations`: v3, `themes`: v5, `statements`: v7} END)[0] AS v8
}
RETURN v8
