// The organizations each person speaks for, one row per organization and title, the most recently reported first.
UNWIND $ids AS id
MATCH (p:Person {id: id})-[r:SPEAKS_FOR]->(o:Organization)
WITH id, p, o, r
ORDER BY r.publishedAt DESC, r.source
WITH id, p, o, r.title AS title, collect(r) AS rels
ORDER BY rels[0].publishedAt DESC, rels[0].source, rels[0].evidenceStart, o.id, title
// The page is cut before it is projected: a hub shared by many reports has thousands of rows.
WITH id, collect({p: p, o: o, title: title, rels: rels})[..$first] AS page
UNWIND page AS row
WITH id, row.p AS p, row.o AS o, row.title AS title, row.rels AS rels
RETURN id, collect({
  person: p {.*, label: 'Person'},
  organization: o {.*, label: 'Organization'},
  title: title, titleEn: rels[0].titleEn, former: rels[0].former,
  evidence: [r IN rels | {excerpt: r.evidence, start: r.evidenceStart, end: r.evidenceEnd, documentId: r.source}][..20]
}) AS items
