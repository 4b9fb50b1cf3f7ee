// Person.positions: the posts a person held, one row per organization and title, with every report that names it
// (oldest first), the first and last report date, and whether the latest report gives it as a former post (原…).
MATCH (this)-[r:SPEAKS_FOR]->(o:Organization)
WITH o, r
ORDER BY r.publishedAt, r.source
WITH o, r.title AS title, collect(r) AS rels
ORDER BY rels[0].publishedAt, rels[-1].publishedAt, rels[0].source, rels[0].evidenceStart, o.id, title
LIMIT $first
RETURN {
  organization: o, title: title, titleEn: rels[-1].titleEn, former: coalesce(rels[-1].former, false),
  firstSeen: rels[0].publishedAt, lastSeen: rels[-1].publishedAt, sources: rels
} AS position
