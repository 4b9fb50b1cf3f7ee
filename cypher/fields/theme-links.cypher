// Statement.themes, Policy.themes, Statistic.themes: the themes an entity is about, with the evidence.
// Items are grouped and cut first; only the evidence of the items kept is put in report order.
MATCH (this)-[r:ABOUT]->(t:Theme)
WITH t, collect(r) AS rels
ORDER BY t.name, t.id
LIMIT $first
RETURN {theme: t, evidence: COLLECT { UNWIND rels AS r RETURN r ORDER BY r.publishedAt, r.source, r.evidenceStart LIMIT 20 }} AS link
