// What each statistic measures.
UNWIND $ids AS id
MATCH (s:Statistic {id: id})-[r:MEASURES]->(subject:Entity)
WITH id, s, subject, collect(r) AS rels
ORDER BY subject.name
RETURN id, collect({
  statistic: s {.*, label: 'Statistic'},
  subject: subject {.*, fullText: null, label: [l IN labels(subject) WHERE l <> 'Entity'][0]},
  evidence: [r IN rels | {excerpt: r.evidence, start: r.evidenceStart, end: r.evidenceEnd, documentId: r.source}][..20]
})[..$first] AS items
