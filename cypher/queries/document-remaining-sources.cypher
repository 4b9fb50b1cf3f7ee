// What the remaining documents say of each entity, earliest document first: the first defines the entity's
// properties, all of them give its aliases (seed-merge-nodes.cypher applies the same rule when loading).
UNWIND $ids AS id
MATCH (n:Entity {id: id})-[s:SOURCE]->()
WITH n, s
ORDER BY s.publishedAt, s.source
RETURN n.id AS id, collect({source: s.source, publishedAt: s.publishedAt, contributed: s.contributed, aliases: s.aliases}) AS sources
