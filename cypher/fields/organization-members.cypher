// Organization.members: the people who speak for an organization, one row per person and title, the most recently
// reported first. With $asOf, the latest report at or before that date that gives a person any post decides what
// they held then: their posts here in that report, unless it gives them as former (原…); a person it names elsewhere
// only has moved on. Without $asOf, every post of every report.
MATCH (this)<-[:SPEAKS_FOR]-(p:Person)
WITH DISTINCT this, p
CALL (this, p) {
  OPTIONAL MATCH (p)-[post:SPEAKS_FOR]->(:Organization)
  WHERE $asOf IS NOT NULL AND post.publishedAt <= $asOf
  WITH max(post.publishedAt) AS latest
  MATCH (p)-[r:SPEAKS_FOR]->(this)
  WHERE $asOf IS NULL OR (r.publishedAt = latest AND NOT coalesce(r.former, false))
  RETURN r
}
WITH this, p, r
ORDER BY r.publishedAt DESC, r.source
WITH this, p, r.title AS title, collect(r) AS rels
ORDER BY rels[0].publishedAt DESC, rels[0].source, rels[0].evidenceStart, p.id, title
LIMIT $first
RETURN {
  person: p, organization: this, title: title, titleEn: rels[0].titleEn, former: coalesce(rels[0].former, false), evidence: rels[..20]
} AS membership
