// The candidates of a page of themes that starts from the document filter.
MATCH (:Document {id: $document})<-[:SOURCE]-(n:Theme)
RETURN n
