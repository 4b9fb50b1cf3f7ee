// Query.path: a shortest path of at most $maxLength relationships. It may start or end at a Document but never pass
// through one: every entity has a SOURCE relationship to its document, which would connect everything in two hops.
// The rule is a predicate inside the pattern (no inner node is a Document), so SHORTEST applies it while it
// searches instead of filtering whole paths afterwards. A quantifier's bounds must be literals, so each allowed
// $maxLength (1 to 6, checked by the resolver) has a branch of its own; only the branch whose guard holds runs, and
// the search never goes deeper than the length asked for. From an entity to itself, the path is the entity alone.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
CALL (a, b) {
  WITH * WHERE a = b
  MATCH p = (a)
  RETURN p
  UNION
  WITH * WHERE a <> b AND $maxLength = 1
  MATCH p = SHORTEST 1 (a)-[]-(b)
  RETURN p
  UNION
  WITH * WHERE a <> b AND $maxLength = 2
  MATCH p = SHORTEST 1 (a) ((x)-[]-(y) WHERE NOT y:Document){0,1} ()-[]-(b)
  RETURN p
  UNION
  WITH * WHERE a <> b AND $maxLength = 3
  MATCH p = SHORTEST 1 (a) ((x)-[]-(y) WHERE NOT y:Document){0,2} ()-[]-(b)
  RETURN p
  UNION
  WITH * WHERE a <> b AND $maxLength = 4
  MATCH p = SHORTEST 1 (a) ((x)-[]-(y) WHERE NOT y:Document){0,3} ()-[]-(b)
  RETURN p
  UNION
  WITH * WHERE a <> b AND $maxLength = 5
  MATCH p = SHORTEST 1 (a) ((x)-[]-(y) WHERE NOT y:Document){0,4} ()-[]-(b)
  RETURN p
  UNION
  WITH * WHERE a <> b AND $maxLength = 6
  MATCH p = SHORTEST 1 (a) ((x)-[]-(y) WHERE NOT y:Document){0,5} ()-[]-(b)
  RETURN p
}
RETURN {nodes: nodes(p), edges: [r IN relationships(p) |
//@include includes/graph-edge
]} AS path
