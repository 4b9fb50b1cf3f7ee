// Generated from examples/questions/09-precise-pollution-neighborhood.graphql by `npm run cypher -- --write-examples`: the one statement the
// question runs. Do not edit: edit the fragments of cypher/fields, then regenerate.
:param {"v1_id":"theme:precise-pollution-control","v1_from":null,"v1_to":null,"v1_documents":null,"v1_rowLimit":400,"v1_limit":40,"v1_depth":2}

CALL () {
  OPTIONAL MATCH (center:Entity {id: $v1_id})
  CALL (center) {
    MATCH (center)-[r]-(b:Entity)
    WHERE ($v1_from IS NULL OR r.publishedAt >= $v1_from) AND ($v1_to IS NULL OR r.publishedAt <= $v1_to)
      AND ($v1_documents IS NULL OR r.source IN $v1_documents)
    WITH r, b ORDER BY type(r) = 'SOURCE', r.evidenceStart, b.id LIMIT $v1_rowLimit
    RETURN collect({r: r, b: b}) AS ring1
  }
  WITH center, ring1,
       reduce(seen = [center.id], row IN ring1 | CASE WHEN row.b.id IN seen OR size(seen) >= $v1_limit THEN seen ELSE seen + row.b.id END) AS seen1
  CALL (ring1, seen1) {
    WITH ring1, seen1 WHERE $v1_depth >= 2
    UNWIND [id IN seen1[1..] WHERE NOT id IN [row IN ring1 WHERE row.b:Document | row.b.id]] AS frontierId
    MATCH (:Entity {id: frontierId})-[r]-(b:Entity)
    WHERE ($v1_from IS NULL OR r.publishedAt >= $v1_from) AND ($v1_to IS NULL OR r.publishedAt <= $v1_to)
      AND ($v1_documents IS NULL OR r.source IN $v1_documents)
    WITH r, b ORDER BY type(r) = 'SOURCE', r.evidenceStart, b.id LIMIT $v1_rowLimit
    RETURN collect({r: r, b: b}) AS ring2
  }
  WITH center, ring1, ring2, seen1,
       reduce(seen = seen1, row IN ring2 | CASE WHEN row.b.id IN seen OR size(seen) >= $v1_limit THEN seen ELSE seen + row.b.id END) AS seen2
  CALL (ring2, seen1, seen2) {
    WITH ring2, seen1, seen2 WHERE $v1_depth >= 3
    UNWIND [id IN seen2 WHERE NOT id IN seen1 AND NOT id IN [row IN ring2 WHERE row.b:Document | row.b.id]] AS frontierId
    MATCH (:Entity {id: frontierId})-[r]-(b:Entity)
    WHERE ($v1_from IS NULL OR r.publishedAt >= $v1_from) AND ($v1_to IS NULL OR r.publishedAt <= $v1_to)
      AND ($v1_documents IS NULL OR r.source IN $v1_documents)
    WITH r, b ORDER BY type(r) = 'SOURCE', r.evidenceStart, b.id LIMIT $v1_rowLimit
    RETURN collect({r: r, b: b}) AS ring3
  }
  WITH center, ring1, ring2, ring3,
       reduce(seen = seen2, row IN ring3 | CASE WHEN row.b.id IN seen OR size(seen) >= $v1_limit THEN seen ELSE seen + row.b.id END) AS kept
  WITH center, kept, [row IN ring1 | {distance: 1, r: row.r, b: row.b}] + [row IN ring2 | {distance: 2, r: row.r, b: row.b}]
         + [row IN ring3 | {distance: 3, r: row.r, b: row.b}] AS rows,
       size(ring1) >= $v1_rowLimit OR size(ring2) >= $v1_rowLimit OR size(ring3) >= $v1_rowLimit AS ringFull
  WITH center, [row IN rows WHERE row.b.id IN kept] AS keptRows, ringFull OR any(row IN rows WHERE NOT row.b.id IN kept) AS truncated
  WITH center, truncated,
       reduce(acc = {ids: [center.id], nodes: []}, row IN keptRows |
         CASE WHEN row.b.id IN acc.ids THEN acc ELSE {ids: acc.ids + row.b.id, nodes: acc.nodes + {node: row.b, distance: row.distance}} END).nodes AS ring,
       reduce(acc = {ids: [], edges: []}, row IN keptRows |
         CASE WHEN elementId(row.r) IN acc.ids THEN acc ELSE {ids: acc.ids + elementId(row.r), edges: acc.edges + row.r} END).edges AS edges
  WITH CASE WHEN center IS NULL THEN {centerId: $v1_id, nodes: [], edges: [], truncated: false} ELSE {
    centerId: center.id, truncated: truncated,
    nodes: [row IN [{node: center, distance: 0}] + ring | {
      id: row.node.id, label: [l IN labels(row.node) WHERE l <> 'Entity'][0], name: row.node.name, nameEn: row.node.nameEn,
      distance: row.distance, entity: row.node
    }],
    edges: [r IN edges |
      {id: elementId(r), type: type(r), from: startNode(r).id, to: endNode(r).id, title: r.title, role: r.role, evidence: r}
    ]
  } END AS v1
  RETURN collect(CASE WHEN v1 IS NULL THEN null ELSE {`centerId`: v1.centerId, `truncated`: v1.truncated, `nodes`: [v2 IN v1.nodes | {`id`: v2.id, `label`: v2.label, `name`: v2.name, `nameEn`: v2.nameEn, `distance`: v2.distance}], `edges`: [v3 IN v1.edges | {`id`: v3.id, `type`: v3.type, `from`: v3.from, `to`: v3.to, `title`: v3.title, `evidence`: {`excerpt`: v3.evidence.evidence}}]} END)[0] AS v4
}
RETURN v4
