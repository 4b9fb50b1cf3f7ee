// ecokg's neighborhood of depth 2 in one statement (ecokg reads the rings in one query and keeps nodes and edges in
// its resolver): ring 1 is the centre's first $rowLimit relationships in ecokg's order, ring 2 those of ring 1's nodes
// other than Documents; nodes are kept in first-seen order up to $limit, and an edge is drawn when both its ends are kept.
MATCH (center:Entity {id: $id})
CALL (center) {
  MATCH (center)-[r]-(b:Entity)
  WITH r, b ORDER BY type(r) = 'SOURCE', r.evidenceStart, b.id LIMIT $rowLimit
  RETURN collect({r: r, b: b}) AS ring1
}
WITH center, ring1,
     reduce(seen = [center.id], row IN ring1 | CASE WHEN row.b.id IN seen OR size(seen) >= $limit THEN seen ELSE seen + row.b.id END) AS seen1
WITH center, ring1, seen1, [row IN ring1 WHERE row.b:Document | row.b.id] AS documents
WITH center, ring1, seen1, [id IN seen1[1..] WHERE NOT id IN documents] AS frontier
CALL (frontier) {
  UNWIND frontier AS frontierId
  MATCH (a:Entity {id: frontierId})-[r]-(b:Entity)
  WITH r, b ORDER BY type(r) = 'SOURCE', r.evidenceStart, b.id LIMIT $rowLimit
  RETURN collect({r: r, b: b}) AS ring2
}
WITH center, ring1, ring2, seen1, ring1 + ring2 AS rows,
     reduce(seen = seen1, row IN ring2 | CASE WHEN row.b.id IN seen OR size(seen) >= $limit THEN seen ELSE seen + row.b.id END) AS kept
WITH center, ring1, ring2, seen1, rows, kept,
     reduce(acc = {ids: [center.id], nodes: [center]}, row IN rows |
       CASE WHEN row.b.id IN kept AND NOT row.b.id IN acc.ids THEN {ids: acc.ids + row.b.id, nodes: acc.nodes + row.b} ELSE acc END).nodes AS nodes,
     reduce(acc = {ids: [], edges: []}, row IN rows |
       CASE WHEN startNode(row.r).id IN kept AND endNode(row.r).id IN kept AND NOT elementId(row.r) IN acc.ids
         THEN {ids: acc.ids + elementId(row.r), edges: acc.edges + row.r} ELSE acc END).edges AS edges
RETURN {
  nodes: [n IN nodes | {
    id: n.id, label: [l IN labels(n) WHERE l <> 'Entity'][0],
    distance: CASE WHEN n = center THEN 0 WHEN n.id IN seen1 THEN 1 ELSE 2 END
  }],
  edges: [r IN edges | {id: elementId(r), type: type(r), from: startNode(r).id, to: endNode(r).id}],
  truncated: size(ring1) >= $rowLimit OR size(ring2) >= $rowLimit OR any(row IN rows WHERE NOT row.b.id IN kept)
} AS subgraph
