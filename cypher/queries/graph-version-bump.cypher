// Bumps the graph's version; every transaction that changes the graph runs it last, so the version node's
// lock is held only from here to the commit and concurrent loaders of different documents barely wait on it.
MERGE (v:GraphVersion {id: 'graph'})
SET v.version = coalesce(v.version, 0) + 1, v.changedAt = datetime()
RETURN v.version AS version
