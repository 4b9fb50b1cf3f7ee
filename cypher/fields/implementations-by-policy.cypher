// Policy.implementedBy: the regions and organizations that implement a policy, optionally as the reports of a
// period or of a list say.
MATCH (this)<-[r:IMPLEMENTS]-(implementer:Entity)
WHERE true
//@include includes/relation-in-scope
WITH this, implementer, r
//@include includes/evidence-order
WITH this, implementer, collect(r) AS rels
ORDER BY rels[0].publishedAt, rels[0].source, rels[0].evidenceStart
LIMIT $first
RETURN {implementer: implementer, policy: this, evidence: rels[..20]} AS implementation
