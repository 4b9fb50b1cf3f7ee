// Statement.event: the event where a statement was made.
MATCH (this)-[:MADE_AT]->(e:Event)
RETURN e AS event
