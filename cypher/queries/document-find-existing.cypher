// The documents a report may already be in the graph as: the same id, the same text (its checksum, validate-seed.ts)
// or the same URL. Each comes once, with what matched, and how many review decisions it keeps. One lookup per key,
// each on its own index, rather than one OR the planner would answer with a scan.
CALL () {
  MATCH (d:Document {id: $id})
  RETURN d, 'id' AS match
  UNION ALL
  MATCH (d:Document {textChecksum: $textChecksum})
  RETURN d, 'text' AS match
  UNION ALL
  MATCH (d:Document)
  WHERE $url IS NOT NULL AND d.url = $url
  RETURN d, 'url' AS match
}
WITH d, collect(DISTINCT match) AS matches
RETURN d.id AS id, d.name AS name, d.publishedAt AS publishedAt, d.textChecksum AS textChecksum, d.graphChecksum AS graphChecksum,
       coalesce(d.extracted, false) AS extracted, matches, COUNT { (:ReviewDecision {documentId: d.id}) } AS decisions
ORDER BY id
