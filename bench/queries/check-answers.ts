import { isDeepStrictEqual } from 'node:util';
import type { Driver } from 'neo4j-driver';
import type { Operation } from './operation.ts';

/** The three answers of one operation, normalised, and whether they agree. */
export interface AnswerCheck {
  operation: string;
  agree: boolean;
  ecokg: unknown;
  peer: unknown;
  cypher: unknown;
}

/** Posts a GraphQL request and returns its body text, failing on an HTTP error or a GraphQL error. */
export async function postGraphQL(url: string, request: { query: string; variables: Record<string, unknown> }): Promise<string> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request) });
  const body = await response.text();
  if (!response.ok || body.includes('"errors"')) throw new Error(`${url} answered ${response.status}: ${body.slice(0, 500)}`);
  return body;
}

/** Runs an operation's Cypher in a read transaction and returns its rows as plain objects. */
export async function runCypher(driver: Driver, cypher: Operation['cypher']): Promise<Record<string, unknown>[]> {
  const result = await driver.executeQuery(cypher.statement, cypher.params, { database: 'neo4j', routing: 'READ' });
  return result.records.map((record) => record.toObject());
}

/**
 * Asks each operation the three ways and compares the normalised answers, so the timings that follow
 * compare the same work. Also returns ecokg's and the peer's exact bodies, which the timed runs then expect.
 */
export async function checkAnswers(options: { ecokgUrl: string; peerUrl: string; driver: Driver; operations: readonly Operation[] }) {
  const checks: AnswerCheck[] = [];
  const bodies = new Map<string, { ecokg: string; peer: string }>();
  for (const operation of options.operations) {
    const [ecokgBody, peerBody, rows] = await Promise.all([
      postGraphQL(options.ecokgUrl, operation.ecokg),
      postGraphQL(options.peerUrl, operation.peer),
      runCypher(options.driver, operation.cypher),
    ]);
    const ecokg = operation.normalize.ecokg(JSON.parse(ecokgBody).data);
    const peer = operation.normalize.peer(JSON.parse(peerBody).data);
    const cypher = operation.normalize.cypher(rows);
    checks.push({ operation: operation.name, agree: isDeepStrictEqual(ecokg, peer) && isDeepStrictEqual(ecokg, cypher), ecokg, peer, cypher });
    bodies.set(operation.name, { ecokg: ecokgBody, peer: peerBody });
  }
  return { checks, bodies };
}
