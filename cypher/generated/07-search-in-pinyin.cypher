// Generated from examples/questions/07-search-in-pinyin.graphql by `npm run cypher -- --write-examples`: the one statement the
// question runs. Do not edit: edit the fragments of cypher/fields, then regenerate.
:param {"v1_query":"li ganjie \"li ganjie\"^2 liganjie","v1_first":5}

CALL () {
  CALL db.index.fulltext.queryNodes('entity_search', $v1_query) YIELD node, score
  WITH node, score
  ORDER BY score DESC, node.id
  LIMIT $v1_first
  WITH {score: score, entity: node} AS v1
  RETURN collect({`score`: v1.score, `entity`: CASE WHEN v1.entity:Person THEN {__typename: 'Person', `id`: v1.entity.id, `name`: v1.entity.name, `nameEn`: v1.entity.nameEn, `pinyin`: v1.entity.pinyin} WHEN v1.entity:Organization OR v1.entity:Region OR v1.entity:Policy OR v1.entity:Statistic OR v1.entity:Theme OR v1.entity:Statement OR v1.entity:Event OR v1.entity:Document THEN {__typename: [l IN labels(v1.entity) WHERE l <> 'Entity'][0], `id`: v1.entity.id, `name`: v1.entity.name, `nameEn`: v1.entity.nameEn} END}) AS v2
}
RETURN v2
