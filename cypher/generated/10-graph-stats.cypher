// Generated from examples/questions/10-graph-stats.graphql by `npm run cypher -- --write-examples`: the one statement the
// question runs. Do not edit: edit the fragments of cypher/fields, then regenerate.
:param {}

CALL () {
  CALL db.stats.retrieve('GRAPH COUNTS') YIELD data
  WITH [entry IN data.nodes WHERE entry.label IS NOT NULL AND NOT entry.label IN ['Entity', 'GraphVersion', 'ReviewDecision'] | {label: entry.label, count: entry.count}] AS nodes,
       [entry IN data.relationships
        WHERE entry.relationshipType IS NOT NULL AND entry.startLabel IS NULL AND entry.endLabel IS NULL
        | {type: entry.relationshipType, count: entry.count}] AS relationships
  WITH {
    nodes: COLLECT { UNWIND nodes AS entry RETURN entry ORDER BY entry.count DESC, entry.label },
    relationships: COLLECT { UNWIND relationships AS entry RETURN entry ORDER BY entry.count DESC, entry.type },
    totalNodes: reduce(total = 0, entry IN nodes | total + entry.count),
    totalRelationships: reduce(total = 0, entry IN relationships | total + entry.count)
  } AS v1
  RETURN collect(CASE WHEN v1 IS NULL THEN null ELSE {`totalNodes`: v1.totalNodes, `totalRelationships`: v1.totalRelationships, `nodes`: [v2 IN v1.nodes | {`label`: v2.label, `count`: v2.count}], `relationships`: [v3 IN v1.relationships | {`type`: v3.type, `count`: v3.count}]} END)[0] AS v4
}
RETURN v4
