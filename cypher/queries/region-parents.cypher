// The regions each region is directly part of.
UNWIND $ids AS id
MATCH (:Region {id: id})-[r:PART_OF]->(g:Region)
WITH id, g, collect(r) AS rels
ORDER BY g.name
RETURN id, collect({node: g {.*, label: 'Region'}, evidence: [r IN rels | {excerpt: r.evidence, start: r.evidenceStart, end: r.evidenceEnd, documentId: r.source}][..20]})[..$first] AS items
