// The themes each statement, policy or statistic is about, with the evidence.
UNWIND $ids AS id
MATCH (:Entity {id: id})-[r:ABOUT]->(t:Theme)
WITH id, t, collect(r) AS rels
ORDER BY t.name
RETURN id, collect({node: t {.*, label: 'Theme'}, evidence: [r IN rels | {excerpt: r.evidence, start: r.evidenceStart, end: r.evidenceEnd, documentId: r.source}][..20]})[..$first] AS items
