// The policies implemented in `place`, by the place itself or by a body with jurisdiction over it, optionally only
// as the reports of a period or of a list say; a policy several reports state is placed by the first of them.
// Items are grouped and cut first; only the evidence of the items kept is put in report order (a province at 10,000
// reports has hundreds of thousands of IMPLEMENTS: sorting them all for a page of 20 is most of the work).
// A body's jurisdiction is stated by many reports, one relationship each: the bodies are made distinct before their
// policies are read, or every IMPLEMENTS is read once per report that states the jurisdiction (5 M rows for 江苏省 at
// 10,000 reports). The two branches cannot meet (a place is not an Organization), hence UNION ALL.
CALL (place) {
  MATCH (place)-[r:IMPLEMENTS]->(p:Policy)
  RETURN place AS implementer, r, p
  UNION ALL
  MATCH (place)<-[:HAS_JURISDICTION]-(body:Organization)
  WITH DISTINCT body AS implementer
  MATCH (implementer)-[r:IMPLEMENTS]->(p:Policy)
  RETURN implementer, r, p
}
WITH implementer, r, p
WHERE true
//@include includes/relation-in-scope
WITH implementer, p, collect(r) AS rels, min([r.publishedAt, r.source, r.evidenceStart]) AS first
ORDER BY first
LIMIT $first
RETURN {implementer: implementer, policy: p, evidence: COLLECT { UNWIND rels AS r RETURN r ORDER BY r.publishedAt, r.source, r.evidenceStart LIMIT 20 }} AS implementation
