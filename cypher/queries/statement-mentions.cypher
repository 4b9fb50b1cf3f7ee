// The entities each statement names, in the order it names them.
UNWIND $ids AS id
MATCH (:Statement {id: id})-[r:MENTIONS]->(n:Entity)
WITH id, n, r
ORDER BY r.evidenceStart
WITH id, n, collect(r) AS rels
ORDER BY rels[0].evidenceStart
// The page is cut before it is projected: a hub shared by many reports has thousands of rows.
WITH id, collect({n: n, rels: rels})[..$first] AS page
UNWIND page AS row
WITH id, row.n AS n, row.rels AS rels
RETURN id, collect({node: n {.*, fullText: null, label: [l IN labels(n) WHERE l <> 'Entity'][0]}, evidence: [r IN rels | {excerpt: r.evidence, start: r.evidenceStart, end: r.evidenceEnd, documentId: r.source}][..20]}) AS items
