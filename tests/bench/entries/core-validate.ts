/**
 * core.validate.cells_per_s: recognise + validate a synthetic 10,000-action plan in each of the
 * sample plans' shapes (their own title, header and action rows, replicated), on one core.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { checkPlan } from '../../../shared/check-plan';
import type { Grid } from '../../../shared/types';
import { median, type BenchEntry } from '../measure';
import { readSampleGrids } from './sample-grids';

const ACTIONS = 10_000;
const AS_AT = new Date(2023, 9 /* Oct */, 31);

/**
 * Builds a plan of `actions` action rows from a real plan's grid: the rows above its first action
 * (title, legend, header) are kept, then its action rows are repeated with their fills.
 *
 * @example
 * const big = replicatePlan(sampleGrid, 10_000);
 */
export function replicatePlan(grid: Grid, actions: number): Grid {
  const report = checkPlan(grid, { asAt: AS_AT });
  const originRow = grid.origin?.row ?? 0;
  const actionIndexes = report.actions.map((a) => a.row - originRow - 1);
  if (actionIndexes.length === 0) throw new Error(`no actions found in sheet ${grid.sheetName ?? ''}`);
  const firstAction = Math.min(...actionIndexes);
  const width = Math.max(...grid.values.map((row) => row.length));
  const pad = <T>(row: T[], fill: T) => [...row, ...Array(Math.max(0, width - row.length)).fill(fill)];
  const values = grid.values.slice(0, firstAction).map((row) => pad(row, null));
  const fills = grid.fills ? grid.fills.slice(0, firstAction).map((row) => pad(row, null)) : undefined;
  for (let i = 0; i < actions; i++) {
    const source = actionIndexes[i % actionIndexes.length];
    values.push(pad(grid.values[source], null));
    fills?.push(pad(grid.fills![source] ?? [], null));
  }
  return {
    values,
    fills,
    merges: (grid.merges ?? []).filter((m) => m.bottom < firstAction),
    origin: grid.origin,
    sheetName: grid.sheetName,
  };
}

/**
 * Measures the core's throughput in cells per second.
 *
 * @example
 * const [entry] = await measureCoreValidate(); // { name: 'core.validate.cells_per_s', value: 2.1e6, unit: 'cells/s' }
 */
export async function measureCoreValidate(): Promise<BenchEntry[]> {
  const samplesDir = join(process.cwd(), 'samples');
  const files = readdirSync(samplesDir).filter((f) => f.endsWith('.xlsx'));
  let cells = 0;
  let seconds = 0;
  for (const file of files) {
    for (const grid of await readSampleGrids(join(samplesDir, file))) {
      let big: Grid;
      try {
        big = replicatePlan(grid, ACTIONS);
      } catch {
        continue; // a sheet with no plan on it (notes, a legend sheet)
      }
      const gridCells = big.values.length * (big.values[0]?.length ?? 0);
      checkPlan(big, { asAt: AS_AT }); // warm-up: JIT and caches
      const times: number[] = [];
      for (let run = 0; run < 5; run++) {
        const started = performance.now();
        const report = checkPlan(big, { asAt: AS_AT });
        times.push(performance.now() - started);
        if (report.actions.length < ACTIONS * 0.9) throw new Error(`${file}: only ${report.actions.length} of ${ACTIONS} actions read`);
      }
      const ms = median(times);
      process.stderr.write(`bench: ${file} [${grid.sheetName}] ${big.values.length} rows × ${big.values[0].length} columns in ${ms.toFixed(0)} ms\n`);
      cells += gridCells;
      seconds += ms / 1000;
    }
  }
  if (cells === 0) throw new Error('no sample plan could be read');
  return [{ name: 'core.validate.cells_per_s', value: cells / seconds, unit: 'cells/s' }];
}
