// One SOURCE relationship per entity and document, carrying the excerpt that shows the entity there.
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
MATCH (d:Document {id: $documentId})
MERGE (n)-[s:SOURCE]->(d)
SET s += row.properties
