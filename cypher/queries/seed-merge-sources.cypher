// One SOURCE relationship per entity and document, carrying the excerpt that shows the entity there, and what
// this document says of it (`contributed`, as JSON, and `aliases`): removing another document rebuilds the entity
// from what remains.
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
MATCH (d:Document {id: $documentId})
MERGE (n)-[s:SOURCE]->(d)
SET s = row.properties
