// Entities by id, any kind: the entity loader behind every lookup. A document's full text is left out.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id, n {.*, fullText: null, label: [l IN labels(n) WHERE l <> 'Entity'][0]} AS node
