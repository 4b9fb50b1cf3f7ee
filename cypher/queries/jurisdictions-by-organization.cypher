// The regions each organization governs or is located in.
UNWIND $ids AS id
MATCH (o:Organization {id: id})-[r:HAS_JURISDICTION|LOCATED_IN]->(g:Region)
WITH id, o, g, type(r) AS relation, collect(r) AS rels
ORDER BY relation, g.name
RETURN id, collect({
  organization: o {.*, label: 'Organization'},
  region: g {.*, label: 'Region'},
  relation: relation,
  evidence: [r IN rels | {excerpt: r.evidence, start: r.evidenceStart, end: r.evidenceEnd, documentId: r.source}][..20]
})[..$first] AS items
