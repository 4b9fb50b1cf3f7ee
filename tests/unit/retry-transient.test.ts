import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { retryTransient } from '../../src/db/retry-transient.ts';

const transient = () => new Neo4jError('the leader changed', 'Neo.TransientError.Cluster.NotALeader', 'Neo.TransientError.Cluster.NotALeader', '');
const client = () => new Neo4jError('syntax', 'Neo.ClientError.Statement.SyntaxError', 'Neo.ClientError.Statement.SyntaxError', '');

/** Work that fails with the given errors in turn, then answers; it counts its tries. */
function failing(...errors: Error[]) {
  const work = async () => {
    work.tries += 1;
    const error = errors.shift();
    if (error) throw error;
    return 'answered';
  };
  work.tries = 0;
  return work;
}

describe('a compiled read after a transient error', () => {
  it('is run again while the budget lasts, and answers', async () => {
    const work = failing(transient(), transient());
    await expect(retryTransient(work, 60_000)).resolves.toBe('answered');
    expect(work.tries).toBe(3);
  });

  it('is not run again after an error a retry cannot mend, nor without a budget', async () => {
    const refused = failing(client());
    await expect(retryTransient(refused, 60_000)).rejects.toMatchObject({ code: 'Neo.ClientError.Statement.SyntaxError' });
    expect(refused.tries).toBe(1);
    const noBudget = failing(transient());
    await expect(retryTransient(noBudget, 0)).rejects.toMatchObject({ code: 'Neo.TransientError.Cluster.NotALeader' });
    expect(noBudget.tries).toBe(1);
  });

  it('is not run again once its request is cancelled', async () => {
    const cancelled = new AbortController();
    cancelled.abort();
    const work = failing(transient());
    await expect(retryTransient(work, 60_000, cancelled.signal)).rejects.toMatchObject({ code: 'Neo.TransientError.Cluster.NotALeader' });
    expect(work.tries).toBe(1);
  });
});
