// The candidates of a page of organizations that starts from the document filter.
MATCH (:Document {id: $document})<-[:SOURCE]-(n:Organization)
RETURN n
