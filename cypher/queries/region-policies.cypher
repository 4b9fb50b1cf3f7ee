// The policies implemented in each region: by the region itself or by a body with jurisdiction over it,
// and with $includeSubRegions also in the regions that are part of it (at any depth).
UNWIND $ids AS id
MATCH (region:Region {id: id})
CALL (region) {
  MATCH (place:Region)-[:PART_OF*0..6]->(region)
  WHERE $includeSubRegions OR place = region
  CALL (place) {
    MATCH (place)-[r:IMPLEMENTS]->(p:Policy)
    RETURN place AS implementer, r, p
    UNION
    MATCH (place)<-[:HAS_JURISDICTION]-(implementer:Organization)-[r:IMPLEMENTS]->(p:Policy)
    RETURN implementer, r, p
  }
  RETURN DISTINCT implementer, r, p
}
WITH id, implementer, p, collect(r) AS rels
ORDER BY rels[0].source, rels[0].evidenceStart
RETURN id, collect({
  implementer: implementer {.*, fullText: null, label: [l IN labels(implementer) WHERE l <> 'Entity'][0]},
  policy: p {.*, label: 'Policy'},
  evidence: [r IN rels | {excerpt: r.evidence, start: r.evidenceStart, end: r.evidenceEnd, documentId: r.source}][..20]
})[..$first] AS items
