// The statistics about `subject`, in report order, each with the evidence of its MEASURES relationships.
// Items are grouped and cut first; only the evidence of the items kept is put in report order.
MATCH (subject)<-[r:MEASURES]-(s:Statistic)
WITH s, subject, collect(r) AS rels
ORDER BY s.publishedAt, s.source, s.evidenceStart
LIMIT $first
RETURN {statistic: s, subject: subject, evidence: COLLECT { UNWIND rels AS r RETURN r ORDER BY r.publishedAt, r.source, r.evidenceStart LIMIT 20 }} AS measurement
