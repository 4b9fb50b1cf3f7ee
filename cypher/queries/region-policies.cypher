// The policies implemented in each region: by the region itself or by a body with jurisdiction over it,
// and with $includeSubRegions also in the regions that are part of it (at any depth); optionally only as the
// reports of a period or of a list say ($from, $to, $documents). Each document states its
// own PART_OF, so sub-regions are reached by many parallel paths: DISTINCT lets Neo4j expand breadth first and
// visit each region once, instead of every path (580 ms for a province with sub-regions at 1,000 documents).
UNWIND $ids AS id
MATCH (region:Region {id: id})
CALL (region) {
  CALL (region) {
    WITH region WHERE $includeSubRegions
    MATCH (place:Region)-[:PART_OF*1..6]->(region)
    RETURN DISTINCT place
    UNION
    RETURN region AS place
  }
  CALL (place) {
    MATCH (place)-[r:IMPLEMENTS]->(p:Policy)
    RETURN place AS implementer, r, p
    UNION
    MATCH (place)<-[:HAS_JURISDICTION]-(implementer:Organization)-[r:IMPLEMENTS]->(p:Policy)
    RETURN implementer, r, p
  }
  RETURN DISTINCT implementer, r, p
}
WITH id, implementer, r, p
WHERE ($from IS NULL OR r.publishedAt >= $from) AND ($to IS NULL OR r.publishedAt <= $to)
  AND ($documents IS NULL OR r.source IN $documents)
WITH id, implementer, p, r
ORDER BY r.publishedAt, r.source, r.evidenceStart
WITH id, implementer, p, collect(r) AS rels
ORDER BY rels[0].publishedAt, rels[0].source, rels[0].evidenceStart
// The page is cut before it is projected: a hub shared by many reports has thousands of rows.
WITH id, collect({implementer: implementer, p: p, rels: rels})[..$first] AS page
UNWIND page AS row
WITH id, row.implementer AS implementer, row.p AS p, row.rels AS rels
RETURN id, collect({
  implementer: implementer {.*, fullText: null, label: [l IN labels(implementer) WHERE l <> 'Entity'][0]},
  policy: p {.*, label: 'Policy'},
  evidence: [r IN rels | {excerpt: r.evidence, start: r.evidenceStart, end: r.evidenceEnd, documentId: r.source}][..20]
}) AS items
