// The candidates of a page of people that starts from the documents filter.
UNWIND coalesce($documents, [$document]) AS documentId
MATCH (:Document {id: documentId})<-[:SOURCE]-(n:Person)
RETURN DISTINCT n
