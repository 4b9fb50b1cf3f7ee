// Region.subRegions: the regions directly part of a region.
MATCH (this)<-[r:PART_OF]-(g:Region)
WITH g, r
//@include includes/evidence-order
WITH g, collect(r) AS rels
ORDER BY g.name, g.id
LIMIT $first
RETURN {region: g, evidence: rels[..20]} AS link
