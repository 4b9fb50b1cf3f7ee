// The first step of removing a document: deletes every relationship it states (each carries the document's id
// as `source`), SOURCE ones included, and returns the ids of the entities it named. Every relationship a
// document states runs between entities it names (the validator refuses others), so starting from them finds
// them all. No row when there is no such document.
MATCH (d:Document {id: $documentId})
OPTIONAL MATCH (n:Entity)-[:SOURCE]->(d)
WITH d, collect(n) AS named
CALL (d, named) {
  UNWIND named AS n
  MATCH (n)-[r]->()
  WHERE r.source = d.id
  DELETE r
  RETURN count(r) AS deletedRelationships
}
RETURN [n IN named | n.id] AS ids, deletedRelationships
