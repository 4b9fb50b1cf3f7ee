// Where each entity is mentioned: the excerpt of its SOURCE relationship to each document.
UNWIND $ids AS id
MATCH (n:Entity {id: id})-[s:SOURCE]->(:Document)
WITH id, s
ORDER BY s.source
WITH id, collect({excerpt: s.evidence, start: s.evidenceStart, end: s.evidenceEnd, documentId: s.source})[..20] AS items
RETURN id, items
