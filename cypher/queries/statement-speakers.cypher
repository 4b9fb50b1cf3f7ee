// Who said each statement.
UNWIND $ids AS id
MATCH (:Statement {id: id})<-[:SAID]-(p:Person)
RETURN id, collect(p {.*, label: 'Person'})[..1] AS items
