// Person.proposals and Organization.proposals: the policies a person or organization proposed.
MATCH (this)-[r:PROPOSED]->(p:Policy)
WITH this, p, r
//@include includes/evidence-order
WITH this, p, collect(r) AS rels
ORDER BY rels[0].publishedAt, rels[0].source, rels[0].evidenceStart
LIMIT $first
RETURN {proposer: this, policy: p, evidence: rels[..20]} AS proposal
