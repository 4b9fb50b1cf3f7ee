// Statement.speaker: who said a statement.
MATCH (this)<-[:SAID]-(p:Person)
RETURN p AS speaker
