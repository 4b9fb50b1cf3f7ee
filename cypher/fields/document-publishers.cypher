// Document.publishers: the organizations that published a document.
MATCH (this)<-[r:PUBLISHED]-(o:Organization)
WITH o, r
//@include includes/evidence-order
WITH o, collect(r) AS rels
ORDER BY o.name, o.id
LIMIT $first
RETURN {organization: o, evidence: rels[..20]} AS link
