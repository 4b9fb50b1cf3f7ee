// Event.attendees: who attended an event, in report order.
MATCH (this)<-[r:ATTENDED]-(p:Person)
WITH this, p, r
//@include includes/evidence-order
WITH this, p, collect(r) AS rels
ORDER BY rels[0].publishedAt, rels[0].source, rels[0].evidenceStart
LIMIT $first
RETURN {person: p, event: this, evidence: rels[..20]} AS attendance
