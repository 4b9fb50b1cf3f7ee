// The organizations each organization is part of.
UNWIND $ids AS id
MATCH (:Organization {id: id})-[r:PART_OF]->(o:Organization)
WITH id, o, collect(r) AS rels
ORDER BY o.name
RETURN id, collect({node: o {.*, label: 'Organization'}, evidence: [r IN rels | {excerpt: r.evidence, start: r.evidenceStart, end: r.evidenceEnd, documentId: r.source}][..20]})[..$first] AS items
