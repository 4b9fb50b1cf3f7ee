// Policy.mentionedIn, Statistic.statedIn: the statements that name an entity (who spoke of a policy, who gave a
// figure), in report order.
MATCH (this)<-[:MENTIONS]-(s:Statement)
WITH s
ORDER BY s.publishedAt, s.source, s.evidenceStart
LIMIT $first
RETURN s AS statement
