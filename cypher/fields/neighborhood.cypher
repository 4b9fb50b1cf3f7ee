// Query.neighborhood: the rings of a neighborhood, up to $depth (1 to 3), in one query: ring 1 is the centre's first $rowLimit
// relationships, ring n+1 those of the nodes ring n added. Non-SOURCE relationships come first, so a limit keeps the
// report's relations before its mentions; nodes are kept in first-seen order up to $limit, and Documents other than
// the centre are not expanded (every entity has a SOURCE relationship to its document, which would pull in the whole
// report). With a period or a list of reports ($from, $to, $documents), only relationships those reports state are
// followed: each relationship keeps its report's id and date (source, publishedAt). Only the rows whose far node is
// kept travel back, with whether anything was left out: a hub's ring holds up to $rowLimit rows, most of them about
// nodes past $limit, and decoding those cost the service more than the query (12 ms of CPU per request at 1,000
// documents). Nodes carry the fields a drawing needs only; the subgraph is assembled here: each node at the ring that first reached it, each relationship once.
OPTIONAL MATCH (center:Entity {id: $id})
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
WITH center, ring1, ring2, ring3,
     reduce(seen = seen2, row IN ring3 | CASE WHEN row.b.id IN seen OR size(seen) >= $limit THEN seen ELSE seen + row.b.id END) AS kept
WITH center, kept, [row IN ring1 | {distance: 1, r: row.r, b: row.b}] + [row IN ring2 | {distance: 2, r: row.r, b: row.b}]
       + [row IN ring3 | {distance: 3, r: row.r, b: row.b}] AS rows,
     size(ring1) >= $rowLimit OR size(ring2) >= $rowLimit OR size(ring3) >= $rowLimit AS ringFull
WITH center, [row IN rows WHERE row.b.id IN kept] AS keptRows, ringFull OR any(row IN rows WHERE NOT row.b.id IN kept) AS truncated
WITH center, truncated,
     reduce(acc = {ids: [center.id], nodes: []}, row IN keptRows |
       CASE WHEN row.b.id IN acc.ids THEN acc ELSE {ids: acc.ids + row.b.id, nodes: acc.nodes + {node: row.b, distance: row.distance}} END).nodes AS ring,
     reduce(acc = {ids: [], edges: []}, row IN keptRows |
       CASE WHEN elementId(row.r) IN acc.ids THEN acc ELSE {ids: acc.ids + elementId(row.r), edges: acc.edges + row.r} END).edges AS edges
RETURN CASE WHEN center IS NULL THEN {centerId: $id, nodes: [], edges: [], truncated: false} ELSE {
  centerId: center.id, truncated: truncated,
  nodes: [row IN [{node: center, distance: 0}] + ring | {
    id: row.node.id, label: [l IN labels(row.node) WHERE l <> 'Entity'][0], name: row.node.name, nameEn: row.node.nameEn,
    distance: row.distance, entity: row.node
  }],
  edges: [r IN edges |
//@include includes/graph-edge
  ]
} END AS subgraph
