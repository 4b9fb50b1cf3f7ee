// Organization.implements: the policies an organization implements itself, optionally as the reports of a period
// or of a list say.
MATCH (this)-[r:IMPLEMENTS]->(p:Policy)
WHERE true
//@include includes/relation-in-scope
WITH this, p, r
//@include includes/evidence-order
WITH this, p, collect(r) AS rels
ORDER BY rels[0].publishedAt, rels[0].source, rels[0].evidenceStart
LIMIT $first
RETURN {implementer: this, policy: p, evidence: rels[..20]} AS implementation
