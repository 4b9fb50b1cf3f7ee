// The candidates of a page of statements that starts from the speaker filter.
MATCH (:Person {id: $speaker})-[:SAID]->(n:Statement)
RETURN n
