import { isDeepStrictEqual } from 'node:util';
import type { Driver } from 'neo4j-driver';
import type { Operation } from './operation.ts';

/** The answers of one operation, normalised, and whether they agree. */
export interface AnswerCheck {
  operation: string;
  /** ecokg, the hand-written Cypher and the peer give the same answer. */
  agree: boolean;
  /** ecokg with its response cache gives uncached ecokg's answer. */
  cachedAgrees: boolean;
  /** Which ways give another answer than ecokg's: `cypher`, `peer`, `ecokgCached`. */
  differing: string[];
  /** ecokg's answer is null or an empty list: the question finds nothing at this scale. */
  empty: boolean;
  ecokg: unknown;
  peer: unknown;
  cypher: unknown;
}

/** The exact bodies of one operation's answers, which the timed runs then expect. */
export interface AnswerBodies {
  ecokg: string;
  ecokgCached: string;
  peer: string;
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
 * Asks each operation every way and compares the normalised answers, so the timings that follow compare the same
 * work. A disagreement is reported, not thrown: the run goes on and the results say which operation and which way
 * differ (an ecokg answer that is wrong is a finding of the bench, not a reason to lose the run).
 */
export async function checkAnswers(options: {
  ecokgUrl: string;
  ecokgCachedUrl: string;
  peerUrl: string;
  driver: Driver;
  operations: readonly Operation[];
}): Promise<{ checks: AnswerCheck[]; bodies: Map<string, AnswerBodies> }> {
  const checks: AnswerCheck[] = [];
  const bodies = new Map<string, AnswerBodies>();
  for (const operation of options.operations) {
    const [ecokgBody, ecokgCachedBody, peerBody, rows] = await Promise.all([
      postGraphQL(options.ecokgUrl, operation.ecokg),
      postGraphQL(options.ecokgCachedUrl, operation.ecokg),
      postGraphQL(options.peerUrl, operation.peer),
      runCypher(options.driver, operation.cypher),
    ]);
    const ecokg = operation.normalize.ecokg(JSON.parse(ecokgBody).data);
    const ecokgCached = operation.normalize.ecokg(JSON.parse(ecokgCachedBody).data);
    const peer = operation.normalize.peer(JSON.parse(peerBody).data);
    const cypher = operation.normalize.cypher(rows);
    const differing = Object.entries({ cypher, peer, ecokgCached })
      .filter(([, answer]) => !isDeepStrictEqual(answer, ecokg))
      .map(([way]) => way);
    checks.push({
      operation: operation.name,
      agree: !differing.includes('cypher') && !differing.includes('peer'),
      cachedAgrees: !differing.includes('ecokgCached'),
      differing,
      empty: ecokg === null || (Array.isArray(ecokg) && ecokg.length === 0),
      ecokg,
      peer,
      cypher,
    });
    bodies.set(operation.name, { ecokg: ecokgBody, ecokgCached: ecokgCachedBody, peer: peerBody });
  }
  return { checks, bodies };
}

/** Whether a body answers as the checked one did, by its normalised answer: for operations whose bodies may vary. */
export function acceptsAnswerOf(normalize: (data: any) => unknown, checkedBody: string): (body: string) => boolean {
  const expected = normalize(JSON.parse(checkedBody).data);
  return (body) => {
    try {
      return isDeepStrictEqual(normalize(JSON.parse(body).data), expected);
    } catch {
      return false;
    }
  };
}
