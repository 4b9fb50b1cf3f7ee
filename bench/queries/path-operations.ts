import { pathShape } from './answer-shapes.ts';
import type { Operation } from './operation.ts';

// 李干杰 and 河北省 of the real report: three relationships apart at every scale (李干杰 speaks for the ministry,
// which is located in China, of which Hebei is part), and never two, since no synthetic report names 李干杰 and
// nothing ties the ministry or its party group to Hebei directly.
const FROM = 'person:li-ganjie';
const TO = 'region:hebei';
const FOUND_WITHIN = 4;
const NOT_FOUND_WITHIN = 2;

/**
 * The SHORTEST pattern of a path of at most `maxLength` relationships whose inner nodes are no Documents (every
 * entity has a SOURCE relationship to its document, which would connect everything in two hops), as ecokg's
 * shortest-path query states it: a quantifier's bounds are literals, so each length has a pattern of its own.
 */
export function shortestPathPattern(maxLength: number): string {
  return maxLength === 1 ? '(a)-[]-(b)' : `(a) ((x)-[]-(y) WHERE NOT y:Document){0,${maxLength - 1}} ()-[]-(b)`;
}

const PATH_PROJECTION = `[n IN nodes(p) | {id: n.id, label: [l IN labels(n) WHERE l <> 'Entity'][0]}] AS nodes,
  [r IN relationships(p) | {id: elementId(r), type: type(r), from: startNode(r).id, to: endNode(r).id}] AS edges`;

/** The hand-written query for one length: the floor a user writing Cypher for this one question gets. */
function shortestPathCypher(maxLength: number): string {
  return `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = SHORTEST 1 ${shortestPathPattern(maxLength)}
RETURN ${PATH_PROJECTION}`;
}

/**
 * The peer's path field: its maxLength is an argument, so, as in ecokg, each allowed length (1 to 6) is a branch of
 * a union and only the branch whose guard holds searches.
 */
export function peerShortestPathCypher(): string {
  const branches = [1, 2, 3, 4, 5, 6].map(
    (length) => `  WITH * WHERE $maxLength = ${length}\n  MATCH p = SHORTEST 1 ${shortestPathPattern(length)}\n  RETURN p`,
  );
  return `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
CALL (a, b) {
${branches.join('\n  UNION\n')}
}
WITH p, ${PATH_PROJECTION}
RETURN {length: length(p), nodes: nodes, edges: edges} AS path`;
}

const ECOKG_QUERY =
  'query Path($from: ID!, $to: ID!, $maxLength: Int!) { path(from: $from, to: $to, maxLength: $maxLength) { length nodes { id __typename } edges { id type from to } } }';
const PEER_QUERY =
  'query Path($from: ID!, $to: ID!, $maxLength: Int!) { path(from: $from, to: $to, maxLength: $maxLength) { length nodes { id label } edges { id type from to } } }';

function pathOperation(name: string, description: string, maxLength: number): Operation {
  const variables = { from: FROM, to: TO, maxLength };
  return {
    name,
    description,
    group: 'path',
    ecokg: { query: ECOKG_QUERY, variables },
    peer: { query: PEER_QUERY, variables },
    cypher: { statement: shortestPathCypher(maxLength), params: { from: FROM, to: TO } },
    normalize: {
      ecokg: (data) =>
        pathShape(data.path && { nodes: data.path.nodes.map((n: any) => ({ id: n.id, label: n.__typename })), edges: data.path.edges }),
      peer: (data) => pathShape(data.path),
      cypher: (rows) => pathShape((rows[0] as any) ?? null),
    },
    answersVary: true,
  };
}

/** A shortest path found within its bound, and one that is not: the search must stop at the bound asked. */
export const PATH_OPERATIONS: readonly Operation[] = [
  pathOperation('path', `a shortest path from 李干杰 to 河北省, at most ${FOUND_WITHIN} relationships (found: 3)`, FOUND_WITHIN),
  pathOperation('path-none', `the same pair within ${NOT_FOUND_WITHIN} relationships (none)`, NOT_FOUND_WITHIN),
];
