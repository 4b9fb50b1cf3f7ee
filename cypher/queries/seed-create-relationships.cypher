// $rows hold relationships of the seed schema's types (RELATIONSHIP_RULES, checked by validate-seed.ts before any
// write). A relation is keyed by its ends, type and source document, so each document keeps its own evidence, and
// none with this document's source exists when this runs: the load removes any copy of the document first, in the
// same transaction, loads queue on document-load-lock, and the validator refuses a (from, type, to) stated twice in
// a document. So it is a CREATE, not a MERGE: a MERGE expands every relation of its type between the two ends, one
// per document that states it, and a province's or ministry's relations grew that to 264,000 reads a document at
// 5,800 documents. `merged` lets the loader check that every row found both of its ends.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.properties
RETURN count(r) AS merged
