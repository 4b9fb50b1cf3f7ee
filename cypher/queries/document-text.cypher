// The full text of documents, loaded only when a client asks for it.
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN id, d.fullText AS text
