// Organization.regions: the regions an organization governs or is located in.
// Items are grouped and cut first; only the evidence of the items kept is put in report order.
MATCH (this)-[r:HAS_JURISDICTION|LOCATED_IN]->(g:Region)
WITH this, g, type(r) AS relation, collect(r) AS rels
ORDER BY relation, g.name, g.id
LIMIT $first
RETURN {organization: this, region: g, relation: relation, evidence: COLLECT { UNWIND rels AS r RETURN r ORDER BY r.publishedAt, r.source, r.evidenceStart LIMIT 20 }} AS jurisdiction
