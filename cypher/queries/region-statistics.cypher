// The statistics about each region, and with $includeSubRegions about the regions part of it, in report order.
// Sub-regions are reached once each (see region-policies), so a figure's evidence is not repeated per path.
UNWIND $ids AS id
MATCH (region:Region {id: id})
CALL (region) {
  WITH region WHERE $includeSubRegions
  MATCH (subject:Region)-[:PART_OF*1..6]->(region)
  RETURN DISTINCT subject
  UNION
  RETURN region AS subject
}
MATCH (subject)<-[r:MEASURES]-(s:Statistic)
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
  subject: subject {.*, label: 'Region'},
  evidence: [r IN rels | {excerpt: r.evidence, start: r.evidenceStart, end: r.evidenceEnd, documentId: r.source}][..20]
}) AS items
