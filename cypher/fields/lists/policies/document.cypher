// The candidates of a page of policies that starts from the document filter.
MATCH (:Document {id: $document})<-[:SOURCE]-(n:Policy)
RETURN n
