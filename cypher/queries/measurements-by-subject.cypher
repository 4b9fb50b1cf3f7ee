// The statistics about each policy or organization, in report order.
UNWIND $ids AS id
MATCH (subject:Entity {id: id})<-[r:MEASURES]-(s:Statistic)
WITH id, s, subject, collect(r) AS rels
ORDER BY s.source, s.evidenceStart
RETURN id, collect({
  statistic: s {.*, label: 'Statistic'},
  subject: subject {.*, fullText: null, label: [l IN labels(subject) WHERE l <> 'Entity'][0]},
  evidence: [r IN rels | {excerpt: r.evidence, start: r.evidenceStart, end: r.evidenceEnd, documentId: r.source}][..20]
})[..$first] AS items
