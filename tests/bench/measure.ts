/**
 * Small timing helpers for the bench. Ratios are taken from interleaved, repeated runs and
 * their medians, so a burst of load from another process moves both sides, not the verdict.
 */
import { performance } from 'node:perf_hooks';

/** One line of the bench output. */
export interface BenchEntry {
  name: string;
  /** Null when the measurement could not be taken (the reason goes to stderr). */
  value: number | null;
  unit: string;
}

/**
 * The median of a list of numbers.
 *
 * @example
 * median([3, 1, 2]); // 2
 */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * The p-th percentile (0–100) by nearest rank.
 *
 * @example
 * percentile([10, 20, 30, 40], 50); // 20
 */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(sorted.length, rank) - 1];
}

/**
 * Times one async call in milliseconds.
 *
 * @example
 * const ms = await timeIt(() => client.push(changes));
 */
export async function timeIt(run: () => unknown): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/**
 * Runs two measurements alternately `rounds` times (A, B, B, A, … so neither always goes first)
 * and returns the median of A's times divided by the median of B's.
 *
 * @example
 * const ratio = await interleavedRatio(() => pushThroughService(), () => writeRaw(), 5);
 */
export async function interleavedRatio(
  a: () => Promise<unknown>,
  b: () => Promise<unknown>,
  rounds: number,
): Promise<{ ratio: number; aMs: number; bMs: number }> {
  const aTimes: number[] = [];
  const bTimes: number[] = [];
  for (let round = 0; round < rounds; round++) {
    if (round % 2 === 0) {
      aTimes.push(await timeIt(a));
      bTimes.push(await timeIt(b));
    } else {
      bTimes.push(await timeIt(b));
      aTimes.push(await timeIt(a));
    }
  }
  const aMs = median(aTimes);
  const bMs = median(bTimes);
  return { ratio: aMs / bMs, aMs, bMs };
}
