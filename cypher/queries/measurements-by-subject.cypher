// The statistics about each policy or organization, in report order.
UNWIND $ids AS id
MATCH (subject:Entity {id: id})<-[r:MEASURES]-(s:Statistic)
WITH id, s, subject, r
ORDER BY r.publishedAt, r.source, r.evidenceStart
WITH id, s, subject, collect(r) AS rels
ORDER BY s.publishedAt, s.source, s.evidenceStart
// The page is cut before it is projected: a hub shared by many reports has thousands of rows.
WITH id, collect({s: s, subject: subject, rels: rels})[..$first] AS page
UNWIND page AS row
WITH id, row.s AS s, row.subject AS subject, row.rels AS rels
RETURN id, collect({
  statistic: s {.*, label: 'Statistic'},
  subject: subject {.*, fullText: null, label: [l IN labels(subject) WHERE l <> 'Entity'][0]},
  evidence: [r IN rels | {excerpt: r.evidence, start: r.evidenceStart, end: r.evidenceEnd, documentId: r.source}][..20]
}) AS items
