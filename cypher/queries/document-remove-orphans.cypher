// Entities that no document names any more leave the graph with the document that named them last.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WHERE NOT EXISTS { (n)-[:SOURCE]->(:Document) }
DETACH DELETE n
RETURN count(*) AS deletedNodes
