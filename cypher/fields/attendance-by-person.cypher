// Person.attended: the events a person attended.
MATCH (this)-[r:ATTENDED]->(e:Event)
WITH this, e, r
//@include includes/evidence-order
WITH this, e, collect(r) AS rels
ORDER BY e.startDate
LIMIT $first
RETURN {person: this, event: e, evidence: rels[..20]} AS attendance
