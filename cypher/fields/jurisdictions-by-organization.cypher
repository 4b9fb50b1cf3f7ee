// Organization.regions: the regions an organization governs or is located in.
MATCH (this)-[r:HAS_JURISDICTION|LOCATED_IN]->(g:Region)
WITH this, g, r
//@include includes/evidence-order
WITH this, g, type(r) AS relation, collect(r) AS rels
ORDER BY relation, g.name, g.id
LIMIT $first
RETURN {organization: this, region: g, relation: relation, evidence: rels[..20]} AS jurisdiction
