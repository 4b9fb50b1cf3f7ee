// The organizations each organization is part of.
UNWIND $ids AS id
MATCH (:Organization {id: id})-[r:PART_OF]->(o:Organization)
WITH id, o, r
ORDER BY r.publishedAt, r.source, r.evidenceStart
WITH id, o, collect(r) AS rels
ORDER BY o.name, o.id
// The page is cut before it is projected: a hub shared by many reports has thousands of rows.
WITH id, collect({o: o, rels: rels})[..$first] AS page
UNWIND page AS row
WITH id, row.o AS o, row.rels AS rels
RETURN id, collect({node: o {.*, label: 'Organization'}, evidence: [r IN rels | {excerpt: r.evidence, start: r.evidenceStart, end: r.evidenceEnd, documentId: r.source}][..20]}) AS items
