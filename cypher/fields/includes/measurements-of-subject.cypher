// The statistics about `subject`, in report order, each with the evidence of its MEASURES relationships.
MATCH (subject)<-[r:MEASURES]-(s:Statistic)
WITH s, subject, r
//@include includes/evidence-order
WITH s, subject, collect(r) AS rels
ORDER BY s.publishedAt, s.source, s.evidenceStart
LIMIT $first
RETURN {statistic: s, subject: subject, evidence: rels[..20]} AS measurement
