// The rings of a neighborhood, up to $depth (1 to 3), in one query: ring 1 is the centre's first $rowLimit
// relationships, ring n+1 those of the nodes ring n added. Non-SOURCE relationships come first, so a limit keeps the
// report's relations before its mentions; nodes are kept in first-seen order up to $limit, and Documents other than
// the centre are not expanded (every entity has a SOURCE relationship to its document, which would pull in the whole
// report). With a period or a list of reports ($from, $to, $documents), only relationships those reports state are
// followed: each relationship keeps its report's id and date (source, publishedAt). The resolver (expand-neighborhood.ts) keeps nodes and edges by the same rule; this query returns each
// ring's rows, nodes with the fields a drawing needs only.
MATCH (center:Entity {id: $id})
CALL (center) {
  MATCH (center)-[r]-(b:Entity)
  WHERE ($from IS NULL OR r.publishedAt >= $from) AND ($to IS NULL OR r.publishedAt <= $to)
    AND ($documents IS NULL OR r.source IN $documents)
  WITH r, b ORDER BY type(r) = 'SOURCE', r.evidenceStart, b.id LIMIT $rowLimit
  RETURN collect({r: r, b: b}) AS ring1
}
WITH center, ring1,
     reduce(seen = [center.id], row IN ring1 | CASE WHEN row.b.id IN seen OR size(seen) >= $limit THEN seen ELSE seen + row.b.id END) AS seen1
CALL (ring1, seen1) {
  WITH ring1, seen1 WHERE $depth >= 2
  UNWIND [id IN seen1[1..] WHERE NOT id IN [row IN ring1 WHERE row.b:Document | row.b.id]] AS frontierId
  MATCH (:Entity {id: frontierId})-[r]-(b:Entity)
  WHERE ($from IS NULL OR r.publishedAt >= $from) AND ($to IS NULL OR r.publishedAt <= $to)
    AND ($documents IS NULL OR r.source IN $documents)
  WITH r, b ORDER BY type(r) = 'SOURCE', r.evidenceStart, b.id LIMIT $rowLimit
  RETURN collect({r: r, b: b}) AS ring2
}
WITH center, ring1, ring2, seen1,
     reduce(seen = seen1, row IN ring2 | CASE WHEN row.b.id IN seen OR size(seen) >= $limit THEN seen ELSE seen + row.b.id END) AS seen2
CALL (ring2, seen1, seen2) {
  WITH ring2, seen1, seen2 WHERE $depth >= 3
  UNWIND [id IN seen2 WHERE NOT id IN seen1 AND NOT id IN [row IN ring2 WHERE row.b:Document | row.b.id]] AS frontierId
  MATCH (:Entity {id: frontierId})-[r]-(b:Entity)
  WHERE ($from IS NULL OR r.publishedAt >= $from) AND ($to IS NULL OR r.publishedAt <= $to)
    AND ($documents IS NULL OR r.source IN $documents)
  WITH r, b ORDER BY type(r) = 'SOURCE', r.evidenceStart, b.id LIMIT $rowLimit
  RETURN collect({r: r, b: b}) AS ring3
}
UNWIND [[1, ring1], [2, ring2], [3, ring3]] AS ring
UNWIND ring[1] AS row
WITH ring[0] AS distance, row.r AS r, row.b AS b
RETURN
  distance,
  b {.id, .name, .nameEn, label: [l IN labels(b) WHERE l <> 'Entity'][0]} AS node,
  {
    id: elementId(r), type: type(r), from: startNode(r).id, to: endNode(r).id, title: r.title, role: r.role,
    evidence: {excerpt: r.evidence, start: r.evidenceStart, end: r.evidenceEnd, documentId: r.source}
  } AS edge
