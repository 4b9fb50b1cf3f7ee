// $label comes from the seed schema's allow-list (NODE_LABELS), never from a request.
// The earliest report that names an entity defines its properties (ties go to the smaller document id), so the
// graph is the same whatever order reports load in, a later report cannot silently rename what is known, and
// removing a report restores exactly what the others say (remove-document.ts). Aliases are the union of every
// report's short forms, sorted.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n:$(row.label)
WITH n, row, coalesce(n.aliases, []) AS knownAliases,
     n.definedBy IS NULL OR n.definedBy = $documentId OR $publishedAt < n.definedAt
       OR ($publishedAt = n.definedAt AND $documentId < n.definedBy) AS defines
CALL (n, row, defines) {
  WITH * WHERE defines
  SET n = row.properties, n.id = row.id, n.definedBy = $documentId, n.definedAt = $publishedAt
}
CALL (knownAliases, row) {
  UNWIND knownAliases + row.aliases AS alias
  WITH DISTINCT alias ORDER BY alias
  RETURN collect(alias) AS aliases
}
SET n.aliases = aliases
