// $rows hold relationships of the seed schema's types (RELATIONSHIP_RULES), one branch per type with the type
// written out. With a dynamic type (`$(row.type)`) the planner cannot see the type and, while the graph is empty
// or small, plans the MERGE as a scan of every relationship in the graph for each row (5 s for the first report);
// a static type always expands from the two nodes. A relation is keyed by its ends, type and source document, so
// each document keeps its own evidence. `merged` lets the loader check that every row found its branch.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CALL (a, b, row) {
  WITH * WHERE row.type = 'SPEAKS_FOR'
  MERGE (a)-[r:SPEAKS_FOR {source: row.properties.source}]->(b) SET r += row.properties RETURN 1 AS merged
  UNION ALL
  WITH * WHERE row.type = 'PART_OF'
  MERGE (a)-[r:PART_OF {source: row.properties.source}]->(b) SET r += row.properties RETURN 1 AS merged
  UNION ALL
  WITH * WHERE row.type = 'LOCATED_IN'
  MERGE (a)-[r:LOCATED_IN {source: row.properties.source}]->(b) SET r += row.properties RETURN 1 AS merged
  UNION ALL
  WITH * WHERE row.type = 'HAS_JURISDICTION'
  MERGE (a)-[r:HAS_JURISDICTION {source: row.properties.source}]->(b) SET r += row.properties RETURN 1 AS merged
  UNION ALL
  WITH * WHERE row.type = 'IMPLEMENTS'
  MERGE (a)-[r:IMPLEMENTS {source: row.properties.source}]->(b) SET r += row.properties RETURN 1 AS merged
  UNION ALL
  WITH * WHERE row.type = 'PROPOSED'
  MERGE (a)-[r:PROPOSED {source: row.properties.source}]->(b) SET r += row.properties RETURN 1 AS merged
  UNION ALL
  WITH * WHERE row.type = 'SAID'
  MERGE (a)-[r:SAID {source: row.properties.source}]->(b) SET r += row.properties RETURN 1 AS merged
  UNION ALL
  WITH * WHERE row.type = 'ABOUT'
  MERGE (a)-[r:ABOUT {source: row.properties.source}]->(b) SET r += row.properties RETURN 1 AS merged
  UNION ALL
  WITH * WHERE row.type = 'MENTIONS'
  MERGE (a)-[r:MENTIONS {source: row.properties.source}]->(b) SET r += row.properties RETURN 1 AS merged
  UNION ALL
  WITH * WHERE row.type = 'MEASURES'
  MERGE (a)-[r:MEASURES {source: row.properties.source}]->(b) SET r += row.properties RETURN 1 AS merged
  UNION ALL
  WITH * WHERE row.type = 'ATTENDED'
  MERGE (a)-[r:ATTENDED {source: row.properties.source}]->(b) SET r += row.properties RETURN 1 AS merged
  UNION ALL
  WITH * WHERE row.type = 'HELD_IN'
  MERGE (a)-[r:HELD_IN {source: row.properties.source}]->(b) SET r += row.properties RETURN 1 AS merged
  UNION ALL
  WITH * WHERE row.type = 'MADE_AT'
  MERGE (a)-[r:MADE_AT {source: row.properties.source}]->(b) SET r += row.properties RETURN 1 AS merged
  UNION ALL
  WITH * WHERE row.type = 'WROTE'
  MERGE (a)-[r:WROTE {source: row.properties.source}]->(b) SET r += row.properties RETURN 1 AS merged
  UNION ALL
  WITH * WHERE row.type = 'REPORTED'
  MERGE (a)-[r:REPORTED {source: row.properties.source}]->(b) SET r += row.properties RETURN 1 AS merged
  UNION ALL
  WITH * WHERE row.type = 'PUBLISHED'
  MERGE (a)-[r:PUBLISHED {source: row.properties.source}]->(b) SET r += row.properties RETURN 1 AS merged
}
RETURN count(merged) AS merged
