// Whether any ecokg node exists: start-up seeds an empty graph and leaves a loaded one alone.
OPTIONAL MATCH (n:Entity)
WITH n LIMIT 1
RETURN n IS NOT NULL AS hasEntities
