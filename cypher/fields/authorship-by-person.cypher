// Person.authorship: the documents a person wrote or reported, with the role.
MATCH (this)-[r:WROTE|REPORTED]->(d:Document)
WITH this, d, r
//@include includes/evidence-order
WITH this, d, type(r) AS relation, collect(r) AS rels
ORDER BY d.id, relation DESC
LIMIT $first
RETURN {person: this, document: d, relation: relation, role: rels[0].role, roleEn: rels[0].roleEn, evidence: rels[..20]} AS authorship
