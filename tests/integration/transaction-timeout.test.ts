import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { GraphGateway } from '../../src/db/graph-gateway.ts';
import type { QueryName } from '../../src/db/query-names.ts';
import { EcokgError } from '../../src/errors/error-codes.ts';
import { testConnection } from '../support/test-service.ts';

describe('the transaction timeout', () => {
  it('stops a query that runs past it, with QUERY_TIMEOUT, so one expensive query cannot hold the database', async () => {
    const { uri, user, password } = testConnection();
    const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), { maxTransactionRetryTime: 1000 });
    // A gateway over a catalog of one deliberately slow query: the real catalog has none, by design.
    const gateway = new GraphGateway({
      driver,
      database: 'neo4j',
      catalog: Object.assign(new Map([['count-to-a-billion', 'UNWIND range(1, 1000000000) AS x RETURN count(x) AS n']]), { bundles: new Map() }),
      transactionTimeoutMs: 300,
      maxConcurrent: 2,
      maxQueued: 2,
      maxWaitMs: 1000,
    });
    try {
      // Counting to a billion takes Neo4j far longer than the test's timeout; QUERY_TIMEOUT is Neo4j's own
      // Neo.ClientError.Transaction.TransactionTimedOut, so it proves the 300 ms limit stopped it, whatever the clock.
      const error = await gateway.read('count-to-a-billion' as QueryName).catch((failure: unknown) => failure);
      expect(error).toBeInstanceOf(EcokgError);
      expect(error).toMatchObject({ code: 'QUERY_TIMEOUT', message: 'The graph database did not answer within the transaction timeout.' });
    } finally {
      await gateway.close();
    }
  });
});
