// Ids of the document that the graph already holds under another label: loading them would give one node two
// kinds (a Person that is also a Region), so the loader refuses the document instead.
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
WHERE NOT row.label IN labels(n)
RETURN n.id AS id, row.label AS label, [l IN labels(n) WHERE l <> 'Entity'][0] AS existing
