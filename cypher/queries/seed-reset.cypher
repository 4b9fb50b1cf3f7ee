// Clears every ecokg node and its relationships, in batches so a large graph does not need one huge transaction.
MATCH (n:Entity)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS
