import neo4j from 'neo4j-driver';

// As the driver schedules retries of managed transactions: a first wait of a fifth of a second, doubling, with jitter.
const FIRST_RETRY_DELAY_MS = 200;

/**
 * Runs `work`, and again after a transient error (Neo4jError.isRetryable: a leader switch, a reader going away) while
 * `budgetMs` from the first try lasts, waiting longer each time; any other error, one past the budget, or one after
 * `signal` aborted is thrown. For work that changes nothing, such as an auto-commit read.
 */
export async function retryTransient<T>(work: () => Promise<T>, budgetMs: number, signal?: AbortSignal): Promise<T> {
  const deadline = performance.now() + budgetMs;
  for (let delay = FIRST_RETRY_DELAY_MS; ; delay *= 2) {
    try {
      return await work();
    } catch (error) {
      const wait = delay * (0.8 + Math.random() * 0.4);
      if (!neo4j.isRetryableError(error) || signal?.aborted || performance.now() + wait > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}
