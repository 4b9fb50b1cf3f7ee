// The candidates of a page of statistics that starts from the documents filter.
UNWIND coalesce($documents, [$document]) AS documentId
MATCH (:Document {id: documentId})<-[:SOURCE]-(n:Statistic)
RETURN DISTINCT n
