// Event.statements: the statements made at an event, in report order.
MATCH (this)<-[:MADE_AT]-(s:Statement)
WITH s
ORDER BY s.publishedAt, s.source, s.evidenceStart
LIMIT $first
RETURN s AS statement
