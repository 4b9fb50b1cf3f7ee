// The people who speak for each organization, one row per person and title, the most recently reported first.
// With $asOf, the latest report at or before that date that gives a person any post decides what they held then:
// their posts here in that report, unless it gives them as former (原…); a person it names elsewhere only has
// moved on. Without $asOf, every post of every report.
UNWIND $ids AS id
MATCH (o:Organization {id: id})<-[:SPEAKS_FOR]-(p:Person)
WITH DISTINCT id, o, p
CALL (o, p) {
  OPTIONAL MATCH (p)-[post:SPEAKS_FOR]->(:Organization)
  WHERE $asOf IS NOT NULL AND post.publishedAt <= $asOf
  WITH max(post.publishedAt) AS latest
  MATCH (p)-[r:SPEAKS_FOR]->(o)
  WHERE $asOf IS NULL OR (r.publishedAt = latest AND NOT coalesce(r.former, false))
  RETURN r
}
WITH id, p, o, r
ORDER BY r.publishedAt DESC, r.source
WITH id, p, o, r.title AS title, collect(r) AS rels
ORDER BY rels[0].publishedAt DESC, rels[0].source, rels[0].evidenceStart, p.id, title
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
