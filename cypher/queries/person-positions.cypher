// The posts each person held: one row per organization and title, with every report that names it (oldest first),
// the first and last report date, and whether the latest report gives it as a former post (原…).
UNWIND $ids AS id
MATCH (:Person {id: id})-[r:SPEAKS_FOR]->(o:Organization)
WITH id, o, r
ORDER BY r.publishedAt, r.source
WITH id, o, r.title AS title, collect(r) AS rels
ORDER BY rels[0].publishedAt, rels[-1].publishedAt, rels[0].source, rels[0].evidenceStart, o.id, title
WITH id, collect({o: o, title: title, rels: rels})[..$first] AS page
UNWIND page AS row
WITH id, row.o AS o, row.title AS title, row.rels AS rels
RETURN id, collect({
  organization: o {.*, label: 'Organization'},
  title: title, titleEn: rels[-1].titleEn, former: rels[-1].former,
  firstSeen: rels[0].publishedAt, lastSeen: rels[-1].publishedAt,
  sources: [r IN rels | {
    documentId: r.source, publishedAt: r.publishedAt,
    evidence: {excerpt: r.evidence, start: r.evidenceStart, end: r.evidenceEnd, documentId: r.source}
  }]
}) AS items
