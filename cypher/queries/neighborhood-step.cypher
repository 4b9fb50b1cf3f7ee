// One ring of a neighborhood: the relationships of the frontier's nodes and the nodes at their other end.
// Non-SOURCE relationships come first, so a limit keeps the report's relations before its mentions. Nodes come
// with the fields a drawing needs only: a ring may hold a thousand rows, and GraphNode.entity loads the rest.
UNWIND $frontier AS frontierId
MATCH (a:Entity {id: frontierId})-[r]-(b:Entity)
WITH a, r, b
ORDER BY type(r) = 'SOURCE', r.evidenceStart, b.id
LIMIT $limit
RETURN
  b {.id, .name, .nameEn, label: [l IN labels(b) WHERE l <> 'Entity'][0]} AS node,
  {
    id: elementId(r), type: type(r), from: startNode(r).id, to: endNode(r).id, title: r.title, role: r.role,
    evidence: {excerpt: r.evidence, start: r.evidenceStart, end: r.evidenceEnd, documentId: r.source}
  } AS edge
