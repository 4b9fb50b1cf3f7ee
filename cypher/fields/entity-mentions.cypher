// Entity.mentions: where the reports mention an entity, the excerpt of its SOURCE relationship to each document,
// oldest document first, at most 20.
MATCH (this)-[s:SOURCE]->(:Document)
WITH s
ORDER BY s.publishedAt, s.source
LIMIT 20
RETURN s AS mention
