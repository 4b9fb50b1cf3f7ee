import neo4j, { type Driver, type ManagedTransaction, Neo4jError, type Session } from 'neo4j-driver';
import { EcokgError, ErrorCode } from '../errors/error-codes.ts';
import { ConcurrencyLimiter, requestCancelled, type WaitObserver } from './concurrency-limiter.ts';
import type { CypherCatalog } from './cypher-catalog.ts';
import type { QueryName } from './query-names.ts';
import { retryTransient } from './retry-transient.ts';

/** A result row as a plain object; integers arrive as JavaScript numbers. */
export type Row = Record<string, unknown>;

/**
 * What one GraphQL request cost the database, for the request log and the round-trip tests: the transactions it
 * ran (each a round trip to Neo4j) and the queries they ran; a request compiled into one statement costs one of each.
 */
export interface RequestMetrics {
  roundTrips: number;
  queries: number;
}

/** What one request lends every query it runs: its cost counters, its cancellation, and the state its reads must see. */
export interface RequestScope {
  metrics: RequestMetrics;
  /** Aborted when the client goes away: a query waiting for a slot leaves the queue, a running one is rolled back. */
  signal?: AbortSignal;
  /**
   * Bookmarks of the graph version the request's cached answer is keyed by: its reads then see at least that
   * version, even on a cluster follower that lags behind the one that answered the version.
   */
  bookmarks?: string[];
}

/** The graph's version, which every write bumps, and the bookmarks of the read that saw it. */
export interface GraphVersion {
  version: number;
  bookmarks: string[];
}

/** A statement the compiler composed from cypher/fields, with its parameters and a name for the logs. */
export interface ComposedStatement {
  cypher: string;
  params: Record<string, unknown>;
  name: string;
}

/** A transaction handed to `writeTransaction` work: named queries only. */
export interface GatewayTransaction {
  run(query: QueryName, params: Record<string, unknown>): Promise<Row[]>;
}

/** What the gateway needs to open sessions: the driver and how it should use it. */
export interface GraphGatewayOptions {
  driver: Driver;
  database: string;
  catalog: CypherCatalog;
  transactionTimeoutMs: number;
  maxConcurrent: number;
  maxQueued: number;
  /** How long a query may wait for a free slot before it is refused. */
  maxWaitMs: number;
  /** Told of every wait for a query slot (metrics). */
  observeWait?: WaitObserver;
  /**
   * How long a compiled read is tried again after a transient error (a leader switch, a reader going away), as the
   * driver retries managed transactions. @default 0 (no retry)
   */
  maxRetryTimeMs?: number;
}

// The health probe's own budget: it answers in milliseconds or the database is not healthy.
const HEALTH_CHECK_TIMEOUT_MS = 2_000;

/**
 * The one gateway to Neo4j: it opens sessions on the configured database, runs named queries from
 * cypher/ with parameters in read or write transactions, closes sessions, and turns driver errors into
 * the service's error codes by `Neo4jError.code`.
 */
export class GraphGateway {
  readonly #driver: Driver;
  readonly #database: string;
  readonly #catalog: CypherCatalog;
  readonly #transactionTimeoutMs: number;
  readonly #limiter: ConcurrencyLimiter;
  readonly #maxRetryTimeMs: number;
  #healthCheck: Promise<void> | undefined;

  constructor(options: GraphGatewayOptions) {
    this.#driver = options.driver;
    this.#database = options.database;
    this.#catalog = options.catalog;
    this.#transactionTimeoutMs = options.transactionTimeoutMs;
    this.#maxRetryTimeMs = options.maxRetryTimeMs ?? 0;
    this.#limiter = new ConcurrencyLimiter({
      maxRunning: options.maxConcurrent,
      maxQueued: options.maxQueued,
      maxWaitMs: options.maxWaitMs,
      observe: options.observeWait,
    });
  }

  /** Runs a named read query in a read transaction (so a cluster can route it to a follower). */
  read(query: QueryName, params: Record<string, unknown> = {}, scope?: RequestScope): Promise<Row[]> {
    const cypher = this.#cypher(query);
    const cypherParams = withIntegerArguments(params);
    return this.#withSession('READ', scope, (session) =>
      session.executeRead((tx) => runCypher(tx, cypher, cypherParams), this.#transactionConfig(query)),
    );
  }

  /**
   * Runs a statement composed from the fragments of cypher/fields (src/graphql/compile): the one statement a GraphQL
   * request becomes. Its text comes from those files only; every value is a parameter. Being one read, it runs as an
   * auto-commit transaction of a READ session, which a cluster still routes to a follower: one round trip (RUN and
   * PULL) and one socket write, where a managed transaction adds a BEGIN and a COMMIT, a second round trip and two
   * more writes, a third of a lookup's server CPU in a profile. What it gives up is the driver's retry of a
   * transient error: the client gets SERVICE_UNAVAILABLE and asks again, as for an outage.
   */
  readComposed(statement: ComposedStatement, scope?: RequestScope): Promise<Row[]> {
    const cypherParams = withIntegerArguments(statement.params);
    const config = { timeout: this.#transactionTimeoutMs, metadata: { app: 'ecokg', query: statement.name } };
    return this.#withSession('READ', scope, (session) =>
      // An auto-commit read is one round trip where a managed one adds BEGIN and COMMIT, but the driver retries only
      // managed ones: a read changes nothing, so it is simply run again on a transient error, within the same budget.
      retryTransient(
        async () => (await session.run(statement.cypher, cypherParams, config)).records.map((record) => record.toObject()),
        this.#maxRetryTimeMs,
        scope?.signal,
      ),
    );
  }

  /**
   * Runs `work` in one write transaction, so all its queries commit together or not at all.
   * The driver retries the whole work on transient errors, so `work` must be safe to repeat.
   */
  writeTransaction<T>(work: (tx: GatewayTransaction) => Promise<T>, options: { timeoutMs?: number; label?: string } = {}): Promise<T> {
    return this.#withSession('WRITE', undefined, (session) =>
      session.executeWrite((tx) => work({ run: (query, params) => runCypher(tx, this.#cypher(query), params) }), {
        timeout: options.timeoutMs ?? this.#transactionTimeoutMs,
        metadata: { app: 'ecokg', work: options.label ?? 'write' },
      }),
    );
  }

  /** Runs a schema statement (constraint or index) in an auto-commit transaction, as Neo4j requires. */
  runSchemaStatement(statement: string): Promise<void> {
    return this.#autoCommit(statement, {});
  }

  /** Runs a named query that commits in batches itself (`CALL … IN TRANSACTIONS`), so it needs auto-commit. */
  runInBatches(query: QueryName, params: Record<string, unknown> = {}): Promise<void> {
    return this.#autoCommit(this.#cypher(query), params);
  }

  /** Checks that Neo4j answers on the configured database; throws SERVICE_UNAVAILABLE otherwise. */
  async ping(): Promise<void> {
    await this.#withSession('READ', undefined, (session) => session.executeRead((tx) => tx.run('RETURN 1')));
  }

  /**
   * The readiness probe's check: like `ping`, but it never waits behind the query queue. It skips the
   * limiter and uses the connection the pool keeps beyond the limiter's slots (see createGateway), runs once
   * without retries under a short timeout, and probes arriving meanwhile share its answer.
   */
  healthCheck(): Promise<void> {
    this.#healthCheck ??= (async () => {
      const session = this.#driver.session({ database: this.#database, defaultAccessMode: neo4j.session.READ });
      try {
        await session.run('RETURN 1', {}, { timeout: Math.min(HEALTH_CHECK_TIMEOUT_MS, this.#transactionTimeoutMs) });
      } catch (error) {
        throw toServiceError(error);
      } finally {
        await session.close().catch(() => undefined);
        this.#healthCheck = undefined;
      }
    })();
    return this.#healthCheck;
  }

  /**
   * Reads the graph's version (0 before the first write) with the bookmarks that let later reads see it. One
   * auto-commit query, a single round trip, where a read transaction would add a BEGIN and a COMMIT; it is not
   * retried, since a caller that cannot learn the version simply does without the cache.
   */
  async readGraphVersion(scope?: RequestScope): Promise<GraphVersion> {
    const cypher = this.#cypher('graph-version');
    return this.#withSession('READ', scope, async (session) => {
      const result = await session.run(cypher, {}, this.#transactionConfig('graph-version'));
      return { version: Number(result.records[0]?.get('version') ?? 0), bookmarks: session.lastBookmarks() };
    });
  }

  /** Queries running and waiting for a slot now. */
  get load(): { running: number; waiting: number } {
    return this.#limiter.load;
  }

  /** Closes the driver and its connections; call once on shutdown. */
  close(): Promise<void> {
    return this.#driver.close();
  }

  async #autoCommit(cypher: string, params: Record<string, unknown>): Promise<void> {
    const session = this.#driver.session({ database: this.#database });
    try {
      await session.run(cypher, params);
    } catch (error) {
      throw toServiceError(error);
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  #cypher(query: QueryName): string {
    const cypher = this.#catalog.get(query);
    if (cypher === undefined) throw new Error(`No Cypher file cypher/queries/${query}.cypher`);
    return cypher;
  }

  #transactionConfig(query: QueryName) {
    return { timeout: this.#transactionTimeoutMs, metadata: { app: 'ecokg', query } };
  }

  #withSession<T>(mode: 'READ' | 'WRITE', scope: RequestScope | undefined, work: (session: Session) => Promise<T>): Promise<T> {
    const signal = scope?.signal;
    return this.#limiter.run(async () => {
      if (signal?.aborted) throw requestCancelled();
      if (scope) {
        scope.metrics.roundTrips += 1;
        scope.metrics.queries += 1;
      }
      const session = this.#driver.session({
        database: this.#database,
        defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
        bookmarks: scope?.bookmarks,
      });
      // Closing a session with an open transaction sends RESET: Neo4j stops the running query and rolls back.
      const cancel = () => void session.close().catch(() => undefined);
      signal?.addEventListener('abort', cancel, { once: true });
      try {
        return await untilAborted(work(session), signal);
      } catch (error) {
        if (signal?.aborted) throw requestCancelled();
        throw toServiceError(error);
      } finally {
        signal?.removeEventListener('abort', cancel);
        await session.close().catch(() => undefined);
      }
    }, signal);
  }
}

/** Settles with `work`, or rejects as soon as `signal` aborts (the driver's own promise may settle later). */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work;
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(requestCancelled());
    if (signal.aborted) return abort();
    signal.addEventListener('abort', abort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}

/**
 * JavaScript numbers reach Cypher as floats, and LIMIT, SKIP and list slices need integers; the top-level
 * arguments of read queries are counts and offsets (first, offset, limit, maxLength), so whole numbers
 * there are sent as Cypher integers. Seed rows keep their numbers as they are (statistic values are floats).
 */
function withIntegerArguments(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, Number.isSafeInteger(value) ? neo4j.int(value as number) : value]));
}

async function runCypher(tx: ManagedTransaction, cypher: string, params: Record<string, unknown>): Promise<Row[]> {
  const result = await tx.run(cypher, params);
  return result.records.map((record) => record.toObject());
}

// Driver codes for "no server to talk to"; the driver gives `N/A` to its own failures such as a pool
// acquisition timeout, which also means the database is out of reach for now.
const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'N/A']);
const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.TransientError.Transaction.LockAcquisitionTimeout',
]);

/** Turns a driver error into an EcokgError with a public code, or returns it unchanged when it is a bug. */
export function toServiceError(error: unknown): unknown {
  if (error instanceof EcokgError || !(error instanceof Neo4jError)) return error;
  if (UNAVAILABLE_CODES.has(error.code)) {
    return new EcokgError(ErrorCode.SERVICE_UNAVAILABLE, 'The graph database is unavailable; try again shortly.', { cause: error });
  }
  if (TIMEOUT_CODES.has(error.code)) {
    return new EcokgError(ErrorCode.QUERY_TIMEOUT, 'The graph database did not answer within the transaction timeout.', { cause: error });
  }
  if (error.code.startsWith('Neo.ClientError.Security.') || error.code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new EcokgError(ErrorCode.SERVICE_UNAVAILABLE, 'The graph database refused the service (credentials or database name).', {
      cause: error,
    });
  }
  if (error.code.startsWith('Neo.TransientError.')) {
    return new EcokgError(ErrorCode.SERVICE_UNAVAILABLE, 'The graph database is busy; try again shortly.', { cause: error });
  }
  return error;
}
