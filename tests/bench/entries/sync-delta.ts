/**
 * sync.push.delta_bytes_ratio: bytes the add-in's sync client sends for a one-cell edit of a
 * 500-row plan, divided by the bytes of a full push of that plan.
 */

/**
 * Measures the delta push against a full push.
 *
 * @example
 * const ratio = await measureDeltaBytes(); // e.g. 0.002
 */
export async function measureDeltaBytes(): Promise<number> {
  throw new Error('the add-in sync client (addin/sync) is not in the repo yet');
}
