// The first step of every load and removal of a document: takes the write lock of one bookkeeping node, so that
// looking for the report in the graph (document-find-existing) and writing it are one step even when two loaders of
// the same report run at once. Loads queue here one after another; each is one transaction, held until its commit.
MERGE (l:GraphVersion {id: 'document-loads'})
SET l.lockedAt = datetime()
