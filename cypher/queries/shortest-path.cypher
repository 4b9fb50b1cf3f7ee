// A shortest path of at most $maxLength relationships. It may start or end at a Document but never pass
// through one: every entity has a SOURCE relationship to its document, which would connect everything in two hops.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = shortestPath((a)-[*..6]-(b))
WHERE length(p) <= $maxLength AND none(n IN nodes(p)[1..-1] WHERE n:Document)
RETURN
  [n IN nodes(p) | n {.*, fullText: null, label: [l IN labels(n) WHERE l <> 'Entity'][0]}] AS nodes,
  [r IN relationships(p) | {
    id: elementId(r), type: type(r), from: startNode(r).id, to: endNode(r).id, title: r.title, role: r.role,
    evidence: {excerpt: r.evidence, start: r.evidenceStart, end: r.evidenceEnd, documentId: r.source}
  }] AS edges
