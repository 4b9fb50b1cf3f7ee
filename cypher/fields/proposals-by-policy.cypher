// Policy.proposedBy: who proposed a policy.
MATCH (this)<-[r:PROPOSED]-(proposer:Entity)
WITH this, proposer, r
//@include includes/evidence-order
WITH this, proposer, collect(r) AS rels
ORDER BY rels[0].publishedAt, rels[0].source, rels[0].evidenceStart
LIMIT $first
RETURN {proposer: proposer, policy: this, evidence: rels[..20]} AS proposal
