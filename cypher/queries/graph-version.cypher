// The graph's version: a counter every write transaction bumps (graph-version-bump), 0 before the first write.
// Response caches key answers by it, so a write anywhere makes every worker's and every replica's old answers unreachable.
OPTIONAL MATCH (v:GraphVersion {id: 'graph'})
RETURN coalesce(v.version, 0) AS version
