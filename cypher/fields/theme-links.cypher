// Statement.themes, Policy.themes, Statistic.themes: the themes an entity is about, with the evidence.
MATCH (this)-[r:ABOUT]->(t:Theme)
WITH t, r
//@include includes/evidence-order
WITH t, collect(r) AS rels
ORDER BY t.name, t.id
LIMIT $first
RETURN {theme: t, evidence: rels[..20]} AS link
