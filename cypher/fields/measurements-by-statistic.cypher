// Statistic.subjects: what a statistic measures.
// Items are grouped and cut first; only the evidence of the items kept is put in report order.
MATCH (this)-[r:MEASURES]->(subject:Entity)
WITH this, subject, collect(r) AS rels
ORDER BY subject.name, subject.id
LIMIT $first
RETURN {statistic: this, subject: subject, evidence: COLLECT { UNWIND rels AS r RETURN r ORDER BY r.publishedAt, r.source, r.evidenceStart LIMIT 20 }} AS measurement
