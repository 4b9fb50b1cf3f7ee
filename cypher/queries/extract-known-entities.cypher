// The entities a new report is resolved against (npm run extract -- --against-graph): every shared entity
// with its names, and for people and bodies the organizations they speak for and the bodies they are part of.
// Statements and statistics belong to one document each and are never matched, so they are left out.
MATCH (n:Entity)
WHERE n:Person OR n:Organization OR n:Region OR n:Policy OR n:Theme OR n:Event
OPTIONAL MATCH (n)-[:SPEAKS_FOR]->(org:Organization)
OPTIONAL MATCH (n)-[:PART_OF]->(parent:Entity)
WITH n, collect(DISTINCT org.id) AS organizations, collect(DISTINCT parent.id) AS parents
RETURN n.id AS id,
       [l IN labels(n) WHERE l <> 'Entity'][0] AS label,
       n.name AS name,
       coalesce(n.aliases, []) AS aliases,
       n.nameEn AS nameEn,
       n.pinyin AS pinyin,
       n.level AS level,
       n.kind AS kind,
       organizations,
       parents
ORDER BY id
