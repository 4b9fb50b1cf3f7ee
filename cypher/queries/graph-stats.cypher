// Node counts per label and relationship counts per type, read from Neo4j's count store (no scan). The
// GraphVersion nodes and the ReviewDecision nodes kept beside documents are bookkeeping, not part of the graph.
CALL db.stats.retrieve('GRAPH COUNTS') YIELD data
RETURN
  [entry IN data.nodes WHERE entry.label IS NOT NULL AND NOT entry.label IN ['GraphVersion', 'ReviewDecision'] | {label: entry.label, count: entry.count}] AS nodes,
  [entry IN data.relationships
   WHERE entry.relationshipType IS NOT NULL AND entry.startLabel IS NULL AND entry.endLabel IS NULL
   | {type: entry.relationshipType, count: entry.count}] AS relationships
