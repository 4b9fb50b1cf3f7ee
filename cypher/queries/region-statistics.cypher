// The statistics about each region, and with $includeSubRegions about the regions part of it, in report order.
UNWIND $ids AS id
MATCH (region:Region {id: id})
MATCH (subject:Region)-[:PART_OF*0..6]->(region)
WHERE $includeSubRegions OR subject = region
MATCH (subject)<-[r:MEASURES]-(s:Statistic)
WITH id, s, subject, collect(r) AS rels
ORDER BY s.source, s.evidenceStart
RETURN id, collect({
  statistic: s {.*, label: 'Statistic'},
  subject: subject {.*, label: 'Region'},
  evidence: [r IN rels | {excerpt: r.evidence, start: r.evidenceStart, end: r.evidenceEnd, documentId: r.source}][..20]
})[..$first] AS items
