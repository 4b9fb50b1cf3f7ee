// The whole report's graph, without SOURCE edges
// Every relation the report states, between the entities it names. SOURCE edges (each entity to its
// document) are left out, and so is the Document: Browser's "Connect result nodes" would otherwise draw
// its 163 SOURCE edges back in, a hairball around one node.
MATCH path = (:Entity)-[relation]->(other:Entity)
WHERE relation.source = 'document:cenews-2020-national-conference' AND NOT relation:SOURCE AND NOT other:Document
RETURN path
