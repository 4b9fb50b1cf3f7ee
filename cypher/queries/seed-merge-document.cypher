// Writing the document node first takes its write lock, so a second loader of the same document waits
// for the first to commit and then finds everything already merged: no duplicates, no interleaving.
MERGE (d:Entity {id: $id})
SET d:Document, d = $properties, d.id = $id
