// Region.organizations: the organizations that govern or are located in a region.
MATCH (this)<-[r:HAS_JURISDICTION|LOCATED_IN]-(o:Organization)
WITH this, o, r
//@include includes/evidence-order
WITH this, o, type(r) AS relation, collect(r) AS rels
ORDER BY relation, o.name, o.id
LIMIT $first
RETURN {organization: o, region: this, relation: relation, evidence: rels[..20]} AS jurisdiction
