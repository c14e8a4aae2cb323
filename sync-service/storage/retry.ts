/**
 * The one retry loop of the service: jittered exponential back-off ("full jitter"), bounded by a number of
 * attempts and a deadline, for errors a retry can fix (the caller says which).
 */
export interface RetryOptions {
  /** Attempts in all, the first included. */
  attempts: number;
  /** Give up rather than sleep past this time (ms since the epoch). */
  deadline?: number;
  /** First back-off ceiling in ms; doubles each attempt up to `maxMs`. */
  baseMs?: number;
  maxMs?: number;
  retryable: (error: unknown) => boolean;
  /** For tests. */
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

/**
 * Runs `work` until it succeeds, the error is not retryable, the attempts run out or the deadline would pass;
 * then rethrows the last error. Sleeps a random time in [0, min(maxMs, baseMs·2^n)] between attempts, so
 * many writers racing for one plan spread out instead of colliding again in step.
 *
 * @example
 * await withRetry(() => table.getEntity(pk, rk), { attempts: 3, retryable: isTransient, deadline: Date.now() + 5_000 });
 */
export async function withRetry<T>(work: (attempt: number) => Promise<T>, options: RetryOptions): Promise<T> {
  const random = options.random ?? Math.random;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const now = options.now ?? Date.now;
  const base = options.baseMs ?? 20;
  const max = options.maxMs ?? 1_000;
  for (let attempt = 0; ; attempt++) {
    try {
      return await work(attempt);
    } catch (error) {
      if (attempt + 1 >= options.attempts || !options.retryable(error)) throw error;
      const delay = random() * Math.min(max, base * 2 ** attempt);
      if (options.deadline !== undefined && now() + delay >= options.deadline) throw error;
      await sleep(delay);
    }
  }
}
