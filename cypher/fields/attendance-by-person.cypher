// Person.attended: the events a person attended.
// Items are grouped and cut first; only the evidence of the items kept is put in report order.
MATCH (this)-[r:ATTENDED]->(e:Event)
WITH this, e, collect(r) AS rels
ORDER BY e.startDate
LIMIT $first
RETURN {person: this, event: e, evidence: COLLECT { UNWIND rels AS r RETURN r ORDER BY r.publishedAt, r.source, r.evidenceStart LIMIT 20 }} AS attendance
