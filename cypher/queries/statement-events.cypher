// The event where each statement was made.
UNWIND $ids AS id
MATCH (:Statement {id: id})-[:MADE_AT]->(e:Event)
RETURN id, collect(e {.*, label: 'Event'})[..1] AS items
