// The records each document was loaded with while still flagged for review (their `review` note, load-seed.ts): the
// document's own, its entities' (on their SOURCE relationship, which belongs to the document) and its relations'
// (each keeps the document's id as `source`), in the order of the text.
UNWIND $ids AS id
MATCH (d:Document {id: id})
CALL (d) {
  WITH d WHERE d.review IS NOT NULL
  RETURN {record: d.id, label: 'Document', name: d.name, review: d.review, evidence: {excerpt: d.evidence, start: d.evidenceStart, end: d.evidenceEnd, documentId: d.id}} AS item
  UNION ALL
  MATCH (n:Entity)-[s:SOURCE]->(d)
  WHERE s.review IS NOT NULL
  RETURN {record: n.id, label: [l IN labels(n) WHERE l <> 'Entity'][0], name: n.name, review: s.review, evidence: {excerpt: s.evidence, start: s.evidenceStart, end: s.evidenceEnd, documentId: d.id}} AS item
  UNION ALL
  MATCH (a:Entity)-[:SOURCE]->(d)
  MATCH (a)-[r]->(b:Entity)
  WHERE r.source = d.id AND r.review IS NOT NULL AND type(r) <> 'SOURCE'
  RETURN {record: a.id + ' -' + type(r) + '-> ' + b.id, label: type(r), name: a.name + ' → ' + b.name, review: r.review, evidence: {excerpt: r.evidence, start: r.evidenceStart, end: r.evidenceEnd, documentId: d.id}} AS item
}
WITH id, item
ORDER BY item.evidence.start, item.record
RETURN id, collect(item)[..$first] AS items
