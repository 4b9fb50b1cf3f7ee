// Generated from examples/questions/01-precise-pollution-discussants.graphql by `npm run cypher -- --write-examples`: the one statement the
// question runs. Do not edit: edit the fragments of cypher/fields, then regenerate.
:param {"v1_nameContains":"精准治污","v1_limit":21,"v5_from":null,"v5_to":null,"v5_documents":null,"v5_first":20,"v6_first":20}

CALL () {
  CALL () {
    MATCH (n:Theme) WHERE n.matchText CONTAINS toLower($v1_nameContains)
    RETURN n
  }
  WITH n ORDER BY n.name, n.id LIMIT $v1_limit

  WITH {totalCount: null, nodes: collect(n)} AS v1
  CALL (*) {
    UNWIND v1.nodes AS v4
    CALL (*) {
      WITH v4 AS this
      MATCH (this)<-[:ABOUT]-(s:Statement)<-[:SAID]-(p:Person)
      WHERE true
        AND ($v5_from IS NULL OR s.publishedAt >= $v5_from) AND ($v5_to IS NULL OR s.publishedAt <= $v5_to)
        AND ($v5_documents IS NULL OR s.source IN $v5_documents)
      WITH p, s, s.publishedAt AS publishedAt, s.source AS source, s.evidenceStart AS evidenceStart
      ORDER BY publishedAt, source, evidenceStart


      WITH p, collect(s)[..100] AS statements, collect([publishedAt, source, evidenceStart])[0] AS firstKey
      ORDER BY firstKey[0], firstKey[1], firstKey[2]
      LIMIT $v5_first
      WITH {person: p, statements: statements} AS v5
      CALL (*) {
        UNWIND (v5.statements[..$v6_first]) AS v7
        CALL (*) {
          WITH v7 AS this
          MATCH (document:Document {id: this.source})
          WITH document AS v8
          RETURN collect(CASE WHEN v8 IS NULL THEN null ELSE {`name`: v8.name} END)[0] AS v9
        }
        RETURN collect({`text`: v7.name, `nameEn`: v7.nameEn, `evidence`: {`excerpt`: v7.evidence, `start`: v7.evidenceStart, `end`: v7.evidenceEnd, `document`: v9}}) AS v10
      }
      RETURN collect({`person`: {`name`: v5.person.name, `nameEn`: v5.person.nameEn}, `statements`: v10}) AS v11
    }
    RETURN collect({__key: v4.name, __id: v4.id, `node`: {`name`: v4.name, `nameEn`: v4.nameEn, `discussedBy`: v11}}) AS v12
  }
  RETURN {totalCount: v1.totalCount, nodes: v12} AS v3
}
RETURN v3
