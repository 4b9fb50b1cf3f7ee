// Generated from examples/questions/04-provinces-and-policies.graphql by `npm run cypher -- --write-examples`: the one statement the
// question runs. Do not edit: edit the fragments of cypher/fields, then regenerate.
:param {"v1_level":"PROVINCE","v1_sortKey":"name","v1_afterId":null,"v1_descending":false,"v1_afterKey":null,"v1_withCount":true,"v1_limit":1000000000,"v1_first":50,"v5_from":null,"v5_to":null,"v5_documents":null,"v5_first":20}

CALL () {
  CALL () {
    MATCH (n:Region {level: $v1_level})
    RETURN n
  }
  WITH n, n[$v1_sortKey] AS key
  WITH n, key,
       $v1_afterId IS NULL
       OR (NOT $v1_descending AND (key > $v1_afterKey OR (key = $v1_afterKey AND n.id > $v1_afterId) OR (key IS NULL AND ($v1_afterKey IS NOT NULL OR n.id > $v1_afterId))))
       OR ($v1_descending AND CASE WHEN $v1_afterKey IS NULL THEN key IS NOT NULL OR n.id > $v1_afterId ELSE key < $v1_afterKey OR (key = $v1_afterKey AND n.id > $v1_afterId) END) AS next
  WHERE $v1_withCount OR next
  WITH n, key, next
  ORDER BY CASE WHEN $v1_descending THEN key END DESC, CASE WHEN NOT $v1_descending THEN key END ASC, n.id
  LIMIT $v1_limit
  WITH collect({n: n, next: next}) AS rows
  WITH CASE WHEN $v1_withCount THEN size(rows) END AS totalCount, [row IN rows WHERE row.next | row.n][..$v1_first + 1] AS page

  WITH {totalCount: totalCount, nodes: page} AS v1
  CALL (*) {
    UNWIND v1.nodes AS v4
    CALL (*) {
      WITH v4 AS this
      WITH this AS region



      CALL (region) {
        MATCH (place:Region)-[:PART_OF*1..6]->(region)
        RETURN DISTINCT place
        UNION
        RETURN region AS place
      }







      CALL (place) {
        MATCH (place)-[r:IMPLEMENTS]->(p:Policy)
        RETURN place AS implementer, r, p
        UNION ALL
        MATCH (place)<-[:HAS_JURISDICTION]-(body:Organization)
        WITH DISTINCT body AS implementer
        MATCH (implementer)-[r:IMPLEMENTS]->(p:Policy)
        RETURN implementer, r, p
      }
      WITH implementer, r, p
      WHERE true
        AND ($v5_from IS NULL OR r.publishedAt >= $v5_from) AND ($v5_to IS NULL OR r.publishedAt <= $v5_to)
        AND ($v5_documents IS NULL OR r.source IN $v5_documents)
      WITH implementer, p, collect(r) AS rels, min([r.publishedAt, r.source, r.evidenceStart]) AS first
      ORDER BY first
      LIMIT $v5_first
      WITH {implementer: implementer, policy: p, evidence: COLLECT { UNWIND rels AS r RETURN r ORDER BY r.publishedAt, r.source, r.evidenceStart LIMIT 20 }} AS v5
      RETURN collect({`implementer`: {__typename: [l IN labels(v5.implementer) WHERE l <> 'Entity'][0], `name`: v5.implementer.name}, `policy`: {`name`: v5.policy.name, `nameEn`: v5.policy.nameEn, `kind`: v5.policy.kind}, `evidence`: [v6 IN v5.evidence | {`excerpt`: v6.evidence}]}) AS v7
    }
    RETURN collect({__key: v4.name, __id: v4.id, `node`: {`name`: v4.name, `nameEn`: v4.nameEn, `policies`: v7}}) AS v8
  }
  RETURN {totalCount: v1.totalCount, nodes: v8} AS v3
}
RETURN v3
