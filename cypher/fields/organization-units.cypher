// Organization.units: the units of an organization.
// Items are grouped and cut first; only the evidence of the items kept is put in report order.
MATCH (this)<-[r:PART_OF]-(o:Organization)
WITH o, collect(r) AS rels
ORDER BY o.name, o.id
LIMIT $first
RETURN {organization: o, evidence: COLLECT { UNWIND rels AS r RETURN r ORDER BY r.publishedAt, r.source, r.evidenceStart LIMIT 20 }} AS link
