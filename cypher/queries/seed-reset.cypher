// Clears every ecokg node and its relationships, and the review decisions kept beside the documents, in batches so a large graph does not need one huge transaction.
// Relationships go first: a hub (region:china in a 1,000-document corpus holds tens of thousands) deleted with
// DETACH DELETE would put all of its relationships into one batch, past the transaction memory limit.
MATCH (:Entity)-[r]->()
CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS
WITH count(*) AS deletedRelationships
MATCH (n:Entity)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
WITH count(*) AS deletedNodes
MATCH (x:ReviewDecision)
CALL (x) { DELETE x } IN TRANSACTIONS OF 10000 ROWS
