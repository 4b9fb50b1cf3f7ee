// A loaded document as the graph holds it, for comparing with a new draft of the same report (reextract-document.ts):
// its properties, every entity it names with what it said of it (SOURCE keeps the excerpt and the properties as
// JSON) and whether another document names it too, and every relationship it states (each keeps the document's id
// as `source`, and runs between entities it names).
MATCH (d:Document {id: $documentId})
CALL (d) {
  OPTIONAL MATCH (n:Entity)-[s:SOURCE]->(d)
  WITH n, s WHERE n IS NOT NULL
  RETURN collect({
    id: n.id, label: [l IN labels(n) WHERE l <> 'Entity'][0], contributed: s.contributed, aliases: s.aliases,
    evidence: s.evidence, evidenceStart: s.evidenceStart, review: s.review, shared: COUNT { (n)-[:SOURCE]->(:Document) } > 1
  }) AS nodes
}
CALL (d) {
  OPTIONAL MATCH (a:Entity)-[:SOURCE]->(d)
  OPTIONAL MATCH (a)-[r]->(b:Entity)
  WHERE r.source = d.id AND type(r) <> 'SOURCE'
  WITH a, r, b WHERE r IS NOT NULL
  RETURN collect({type: type(r), from: a.id, to: b.id, properties: properties(r)}) AS relationships
}
RETURN d {.*} AS document, nodes, relationships
