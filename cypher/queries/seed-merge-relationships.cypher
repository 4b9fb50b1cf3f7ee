// $type comes from the seed schema's allow-list (RELATIONSHIP_RULES), never from a request.
// A relation is keyed by its ends, type and source document, so each document keeps its own evidence.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:$(row.type) {source: row.properties.source}]->(b)
SET r += row.properties
