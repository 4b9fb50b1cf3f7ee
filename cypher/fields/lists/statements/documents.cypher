// The candidates of a page of statements that starts from the documents filter.
UNWIND coalesce($documents, [$document]) AS documentId
MATCH (:Document {id: documentId})<-[:SOURCE]-(n:Statement)
RETURN DISTINCT n
