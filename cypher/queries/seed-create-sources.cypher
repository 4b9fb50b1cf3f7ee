// One SOURCE relationship per entity and document, carrying the excerpt that shows the entity there, and what
// this document says of it (`contributed`, as JSON, and `aliases`): removing another document rebuilds the entity
// from what remains. A CREATE, as in seed-create-relationships: the document node is new in this transaction (any
// earlier copy was removed first) and the validator refuses an id twice in a document, so no such SOURCE exists.
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
MATCH (d:Document {id: $documentId})
CREATE (n)-[s:SOURCE]->(d)
SET s = row.properties
