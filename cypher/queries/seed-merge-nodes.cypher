// $label comes from the seed schema's allow-list (NODE_LABELS), never from a request.
// Aliases accumulate across documents; every other property is the curated value.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
WITH n, row, coalesce(n.aliases, []) AS knownAliases
SET n:$(row.label),
    n += row.properties,
    n.aliases = knownAliases + [alias IN row.properties.aliases WHERE NOT alias IN knownAliases]
