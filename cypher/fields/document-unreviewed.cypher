// Document.unreviewed: the records a document was loaded with while still flagged for review (their `review` note,
// load-seed.ts): its own, its entities' (on their SOURCE relationship, which belongs to the document) and its
// relations' (each keeps the document's id as `source`), in the order of the text, at most $first.
CALL (this) {
  WITH this AS d WHERE d.review IS NOT NULL
  RETURN {record: d.id, label: 'Document', name: d.name, review: d.review, evidence: {evidence: d.evidence, evidenceStart: d.evidenceStart, evidenceEnd: d.evidenceEnd, source: d.id}} AS item
  UNION ALL
  WITH this AS d
  MATCH (n:Entity)-[s:SOURCE]->(d)
  WHERE s.review IS NOT NULL
  RETURN {record: n.id, label: [l IN labels(n) WHERE l <> 'Entity'][0], name: n.name, review: s.review, evidence: {evidence: s.evidence, evidenceStart: s.evidenceStart, evidenceEnd: s.evidenceEnd, source: d.id}} AS item
  UNION ALL
  WITH this AS d
  MATCH (a:Entity)-[:SOURCE]->(d)
  MATCH (a)-[r]->(b:Entity)
  WHERE r.source = d.id AND r.review IS NOT NULL AND type(r) <> 'SOURCE'
  RETURN {record: a.id + ' -' + type(r) + '-> ' + b.id, label: type(r), name: a.name + ' → ' + b.name, review: r.review, evidence: {evidence: r.evidence, evidenceStart: r.evidenceStart, evidenceEnd: r.evidenceEnd, source: d.id}} AS item
}
WITH item
ORDER BY item.evidence.evidenceStart, item.record
LIMIT $first
RETURN item AS record
