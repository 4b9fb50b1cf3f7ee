// Statement.mentionsEntities: the entities a statement names, in the order it names them.
MATCH (this)-[r:MENTIONS]->(n:Entity)
WITH n, r
ORDER BY r.evidenceStart
WITH n, collect(r) AS rels
ORDER BY rels[0].evidenceStart
LIMIT $first
RETURN {entity: n, evidence: rels[..20]} AS mention
