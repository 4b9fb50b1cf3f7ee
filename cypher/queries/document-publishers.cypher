// The organizations that published each document.
UNWIND $ids AS id
MATCH (:Document {id: id})<-[r:PUBLISHED]-(o:Organization)
WITH id, o, collect(r) AS rels
ORDER BY o.name
RETURN id, collect({node: o {.*, label: 'Organization'}, evidence: [r IN rels | {excerpt: r.evidence, start: r.evidenceStart, end: r.evidenceEnd, documentId: r.source}][..20]})[..$first] AS items
