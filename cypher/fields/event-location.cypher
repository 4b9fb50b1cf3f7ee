// Event.location: where an event was held.
MATCH (this)-[r:HELD_IN]->(g:Region)
WITH g, r
//@include includes/evidence-order
WITH g, collect(r) AS rels
ORDER BY g.name, g.id
LIMIT $first
RETURN {region: g, evidence: rels[..20]} AS link
