// The policies implemented in `place`, by the place itself or by a body with jurisdiction over it, optionally only
// as the reports of a period or of a list say; a policy several reports state is placed by the first of them.
CALL (place) {
  MATCH (place)-[r:IMPLEMENTS]->(p:Policy)
  RETURN place AS implementer, r, p
  UNION
  MATCH (place)<-[:HAS_JURISDICTION]-(implementer:Organization)-[r:IMPLEMENTS]->(p:Policy)
  RETURN implementer, r, p
}
WITH DISTINCT implementer, r, p
WHERE true
//@include includes/relation-in-scope
WITH implementer, p, r
//@include includes/evidence-order
WITH implementer, p, collect(r) AS rels
ORDER BY rels[0].publishedAt, rels[0].source, rels[0].evidenceStart
LIMIT $first
RETURN {implementer: implementer, policy: p, evidence: rels[..20]} AS implementation
