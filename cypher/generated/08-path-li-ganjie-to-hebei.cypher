// Generated from examples/questions/08-path-li-ganjie-to-hebei.graphql by `npm run cypher -- --write-examples`: the one statement the
// question runs. Do not edit: edit the fragments of cypher/fields, then regenerate.
:param {"v1_from":"person:li-ganjie","v1_to":"region:hebei","v1_maxLength":4}

CALL () {
  MATCH (a:Entity {id: $v1_from}), (b:Entity {id: $v1_to})
  CALL (a, b) {
    WITH * WHERE a = b
    MATCH p = (a)
    RETURN p
    UNION
    WITH * WHERE a <> b AND $v1_maxLength = 1
    MATCH p = SHORTEST 1 (a)-[]-(b)
    RETURN p
    UNION
    WITH * WHERE a <> b AND $v1_maxLength = 2
    MATCH p = SHORTEST 1 (a) ((x)-[]-(y) WHERE NOT y:Document){0,1} ()-[]-(b)
    RETURN p
    UNION
    WITH * WHERE a <> b AND $v1_maxLength = 3
    MATCH p = SHORTEST 1 (a) ((x)-[]-(y) WHERE NOT y:Document){0,2} ()-[]-(b)
    RETURN p
    UNION
    WITH * WHERE a <> b AND $v1_maxLength = 4
    MATCH p = SHORTEST 1 (a) ((x)-[]-(y) WHERE NOT y:Document){0,3} ()-[]-(b)
    RETURN p
    UNION
    WITH * WHERE a <> b AND $v1_maxLength = 5
    MATCH p = SHORTEST 1 (a) ((x)-[]-(y) WHERE NOT y:Document){0,4} ()-[]-(b)
    RETURN p
    UNION
    WITH * WHERE a <> b AND $v1_maxLength = 6
    MATCH p = SHORTEST 1 (a) ((x)-[]-(y) WHERE NOT y:Document){0,5} ()-[]-(b)
    RETURN p
  }
  WITH {nodes: nodes(p), edges: [r IN relationships(p) |
      {id: elementId(r), type: type(r), from: startNode(r).id, to: endNode(r).id, title: r.title, role: r.role, evidence: r}
  ]} AS v1
  RETURN collect(CASE WHEN v1 IS NULL THEN null ELSE {`length`: (size(v1.edges)), `nodes`: [v3 IN v1.nodes | {__typename: [l IN labels(v3) WHERE l <> 'Entity'][0], `id`: v3.id, `name`: v3.name, `nameEn`: v3.nameEn}], `edges`: [v4 IN v1.edges | {`type`: v4.type, `from`: v4.from, `to`: v4.to, `title`: v4.title, `evidence`: {`excerpt`: v4.evidence.evidence, `start`: v4.evidence.evidenceStart, `end`: v4.evidence.evidenceEnd}}]} END)[0] AS v5
}
RETURN v5
