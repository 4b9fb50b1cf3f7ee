// Statistic.subjects: what a statistic measures.
MATCH (this)-[r:MEASURES]->(subject:Entity)
WITH this, subject, r
//@include includes/evidence-order
WITH this, subject, collect(r) AS rels
ORDER BY subject.name, subject.id
LIMIT $first
RETURN {statistic: this, subject: subject, evidence: rels[..20]} AS measurement
