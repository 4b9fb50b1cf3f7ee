// The candidates of a page of regions that starts from the document filter.
MATCH (:Document {id: $document})<-[:SOURCE]-(n:Region)
RETURN n
