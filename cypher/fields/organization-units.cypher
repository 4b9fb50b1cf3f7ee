// Organization.units: the units of an organization.
MATCH (this)<-[r:PART_OF]-(o:Organization)
WITH o, r
//@include includes/evidence-order
WITH o, collect(r) AS rels
ORDER BY o.name, o.id
LIMIT $first
RETURN {organization: o, evidence: rels[..20]} AS link
