// The entities only these documents name (no other document has a SOURCE to them): a new draft of the same report
// resolves without them, as its first draft did.
UNWIND $documentIds AS documentId
MATCH (n:Entity)-[:SOURCE]->(:Document {id: documentId})
WHERE NOT EXISTS { (n)-[:SOURCE]->(other:Document) WHERE NOT other.id IN $documentIds }
RETURN collect(DISTINCT n.id) AS ids
