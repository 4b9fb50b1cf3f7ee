// The themes each statement, policy or statistic is about, with the evidence.
UNWIND $ids AS id
MATCH (:Entity {id: id})-[r:ABOUT]->(t:Theme)
WITH id, t, r
ORDER BY r.publishedAt, r.source, r.evidenceStart
WITH id, t, collect(r) AS rels
ORDER BY t.name, t.id
// The page is cut before it is projected: a hub shared by many reports has thousands of rows.
WITH id, collect({t: t, rels: rels})[..$first] AS page
UNWIND page AS row
WITH id, row.t AS t, row.rels AS rels
RETURN id, collect({node: t {.*, label: 'Theme'}, evidence: [r IN rels | {excerpt: r.evidence, start: r.evidenceStart, end: r.evidenceEnd, documentId: r.source}][..20]}) AS items
