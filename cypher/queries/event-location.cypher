// Where each event was held.
UNWIND $ids AS id
MATCH (:Event {id: id})-[r:HELD_IN]->(g:Region)
WITH id, g, r
ORDER BY r.publishedAt, r.source, r.evidenceStart
WITH id, g, collect(r) AS rels
ORDER BY g.name, g.id
// The page is cut before it is projected: a hub shared by many reports has thousands of rows.
WITH id, collect({g: g, rels: rels})[..$first] AS page
UNWIND page AS row
WITH id, row.g AS g, row.rels AS rels
RETURN id, collect({node: g {.*, label: 'Region'}, evidence: [r IN rels | {excerpt: r.evidence, start: r.evidenceStart, end: r.evidenceEnd, documentId: r.source}][..20]}) AS items
