/**
 * `npx tsx tests/bench/core-rounds.ts` — the core bench's plans (each sample replicated to 10,000 actions) read ROUNDS
 * times (default 5) in one process, printing cells per second: the loop to profile (`node --import tsx --cpu-prof
 * tests/bench/core-rounds.ts`) and to run alternately with a checkout of another commit, where `npm run bench` would
 * also time its set-up.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { checkPlan } from '../../shared/check-plan';
import type { Grid } from '../../shared/types';
import { replicatePlan } from './entries/core-validate';
import { readSampleGrids } from './entries/sample-grids';

const AS_AT = new Date(2023, 9, 31);
const bigs: Grid[] = [];
for (const f of readdirSync('samples').filter((x) => x.endsWith('.xlsx'))) {
  for (const grid of await readSampleGrids(join('samples', f))) {
    try {
      bigs.push(replicatePlan(grid, 10_000));
    } catch {
      // a sheet with no plan on it
    }
  }
}
const rounds = Number(process.env.ROUNDS ?? 5);
let cells = 0;
const started = performance.now();
for (let r = 0; r < rounds; r++) {
  for (const big of bigs) {
    checkPlan(big, { asAt: AS_AT });
    cells += big.values.length * (big.values[0]?.length ?? 0);
  }
}
console.log(`${Math.round(cells / ((performance.now() - started) / 1000))} cells/s over ${rounds} rounds`);
