// Region.organizations: the organizations that govern or are located in a region.
// Items are grouped and cut first; only the evidence of the items kept is put in report order.
MATCH (this)<-[r:HAS_JURISDICTION|LOCATED_IN]-(o:Organization)
WITH this, o, type(r) AS relation, collect(r) AS rels
ORDER BY relation, o.name, o.id
LIMIT $first
RETURN {organization: o, region: this, relation: relation, evidence: COLLECT { UNWIND rels AS r RETURN r ORDER BY r.publishedAt, r.source, r.evidenceStart LIMIT 20 }} AS jurisdiction
