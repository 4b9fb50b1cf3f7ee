// The last step of removing a document: the document node itself, once nothing it stated is left.
MATCH (d:Document {id: $documentId})
DETACH DELETE d
