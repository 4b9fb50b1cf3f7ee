// Region.parents: the regions a region is directly part of.
// Items are grouped and cut first; only the evidence of the items kept is put in report order.
MATCH (this)-[r:PART_OF]->(g:Region)
WITH g, collect(r) AS rels
ORDER BY g.name, g.id
LIMIT $first
RETURN {region: g, evidence: COLLECT { UNWIND rels AS r RETURN r ORDER BY r.publishedAt, r.source, r.evidenceStart LIMIT 20 }} AS link
