// Document.authors: who wrote and reported a document, the writer first, then in byline order.
MATCH (this)<-[r:WROTE|REPORTED]-(p:Person)
WITH this, p, r
ORDER BY r.evidenceStart
WITH this, p, type(r) AS relation, collect(r) AS rels
ORDER BY relation DESC, rels[0].evidenceStart
LIMIT $first
RETURN {person: p, document: this, relation: relation, role: rels[0].role, roleEn: rels[0].roleEn, evidence: rels[..20]} AS authorship
