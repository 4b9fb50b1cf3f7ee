// Where each entity is mentioned: the excerpt of its SOURCE relationship to each document.
UNWIND $ids AS id
MATCH (n:Entity {id: id})-[s:SOURCE]->(:Document)
WITH id, s
ORDER BY s.publishedAt, s.source
WITH id, collect(s)[..20] AS sources
RETURN id, [s IN sources | {excerpt: s.evidence, start: s.evidenceStart, end: s.evidenceEnd, documentId: s.source}] AS items
