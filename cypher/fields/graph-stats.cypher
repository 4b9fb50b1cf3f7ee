// Query.graphStats: node counts per label and relationship counts per type, read from Neo4j's count store (no
// scan), largest first. Every node carries :Entity besides its own label, and the GraphVersion nodes and the
// ReviewDecision nodes kept beside documents are bookkeeping: none of them is counted.
CALL db.stats.retrieve('GRAPH COUNTS') YIELD data
WITH [entry IN data.nodes WHERE entry.label IS NOT NULL AND NOT entry.label IN ['Entity', 'GraphVersion', 'ReviewDecision'] | {label: entry.label, count: entry.count}] AS nodes,
     [entry IN data.relationships
      WHERE entry.relationshipType IS NOT NULL AND entry.startLabel IS NULL AND entry.endLabel IS NULL
      | {type: entry.relationshipType, count: entry.count}] AS relationships
RETURN {
  nodes: COLLECT { UNWIND nodes AS entry RETURN entry ORDER BY entry.count DESC, entry.label },
  relationships: COLLECT { UNWIND relationships AS entry RETURN entry ORDER BY entry.count DESC, entry.type },
  totalNodes: reduce(total = 0, entry IN nodes | total + entry.count),
  totalRelationships: reduce(total = 0, entry IN relationships | total + entry.count)
} AS stats
