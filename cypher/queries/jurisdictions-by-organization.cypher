// The regions each organization governs or is located in.
UNWIND $ids AS id
MATCH (o:Organization {id: id})-[r:HAS_JURISDICTION|LOCATED_IN]->(g:Region)
WITH id, o, g, r
ORDER BY r.publishedAt, r.source, r.evidenceStart
WITH id, o, g, type(r) AS relation, collect(r) AS rels
ORDER BY relation, g.name, g.id
// The page is cut before it is projected: a hub shared by many reports has thousands of rows.
WITH id, collect({o: o, g: g, relation: relation, rels: rels})[..$first] AS page
UNWIND page AS row
WITH id, row.o AS o, row.g AS g, row.relation AS relation, row.rels AS rels
RETURN id, collect({
  organization: o {.*, label: 'Organization'},
  region: g {.*, label: 'Region'},
  relation: relation,
  evidence: [r IN rels | {excerpt: r.evidence, start: r.evidenceStart, end: r.evidenceEnd, documentId: r.source}][..20]
}) AS items
