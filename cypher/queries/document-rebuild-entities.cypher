// Sets each entity's properties to what its defining document says, after another document was removed. A
// graph loaded before SOURCE relationships kept what each document said has no `properties` to restore: its
// entities keep theirs and only their aliases are recomputed.
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
FOREACH (properties IN CASE WHEN row.properties IS NULL THEN [] ELSE [row.properties] END |
  SET n = properties, n.id = row.id, n.definedBy = row.definedBy, n.definedAt = row.definedAt)
SET n.aliases = row.aliases
