/**
 * Every call to @azure/data-tables goes through here: bounded by a timeout (storage that accepts connections
 * and never answers must not hang a request), its failure classified (conflict, unavailable, or a real error),
 * and reads retried with jittered back-off. The SDK's own retries are off: this is the one retry loop.
 */
import { StorageConflict, StorageUnavailable } from './port';
import { withRetry } from './retry';

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'REQUEST_SEND_ERROR', 'ENETUNREACH', 'UND_ERR_SOCKET', 'ECONNABORTED']);

/**
 * Turns an SDK or network error into StorageConflict (412/409), StorageUnavailable (timeout, network, 5xx,
 * 429, 408) or leaves it as it is (anything else is a bug worth a 500 and a log line).
 *
 * @example
 * try { await table.submitTransaction(actions) } catch (e) { throw classifyStorageError(e) }
 */
export function classifyStorageError(error: unknown): unknown {
  if (error instanceof StorageConflict || error instanceof StorageUnavailable) return error;
  const e = error as { statusCode?: number; code?: string; name?: string; cause?: { code?: string } } | null;
  if (!e || typeof e !== 'object') return error;
  if (e.statusCode === 412 || e.statusCode === 409) return new StorageConflict(`storage answered ${e.statusCode}`);
  if (e.name === 'AbortError' || e.name === 'TimeoutError') return new StorageUnavailable('storage did not answer in time', error);
  if (typeof e.statusCode === 'number' && (e.statusCode >= 500 || e.statusCode === 429 || e.statusCode === 408)) return new StorageUnavailable(`storage answered ${e.statusCode}`, error);
  if (NETWORK_CODES.has(e.code ?? '') || NETWORK_CODES.has(e.cause?.code ?? '')) return new StorageUnavailable(`storage unreachable (${e.code ?? e.cause?.code})`, error);
  if (e.name === 'RestError' && e.statusCode === undefined) return new StorageUnavailable('storage unreachable', error);
  return error;
}

export interface CallLimits {
  /** One request's limit. */
  timeoutMs: number;
  /** Attempts for reads (writes are attempted once: the caller decides, knowing what a retry means). */
  readAttempts: number;
}

export const DEFAULT_LIMITS: CallLimits = { timeoutMs: 4_000, readAttempts: 3 };

/**
 * Runs one storage request with a timeout, classifying its failure.
 *
 * @example
 * await call((abortSignal) => table.submitTransaction(actions, { abortSignal }), limits);
 */
export async function call<T>(request: (abortSignal: AbortSignal) => Promise<T>, limits: CallLimits, timeoutMs = limits.timeoutMs): Promise<T> {
  try {
    return await request(AbortSignal.timeout(timeoutMs));
  } catch (error) {
    throw classifyStorageError(error);
  }
}

/**
 * A read: `call` retried on StorageUnavailable with jittered back-off, within about two timeouts in all.
 *
 * @example
 * const head = await read((abortSignal) => table.getEntity(pk, rk, { abortSignal }), limits);
 */
export function read<T>(request: (abortSignal: AbortSignal) => Promise<T>, limits: CallLimits): Promise<T> {
  const deadline = Date.now() + 2 * limits.timeoutMs;
  return withRetry(() => call(request, limits, Math.max(100, Math.min(limits.timeoutMs, deadline - Date.now()))), {
    attempts: limits.readAttempts,
    deadline,
    baseMs: 50,
    maxMs: 500,
    retryable: (e) => e instanceof StorageUnavailable,
  });
}
