import { replicatePlan } from './tests/bench/entries/core-validate';
import { readSampleGrids } from './tests/bench/entries/sample-grids';
import { checkPlan } from './shared/check-plan';
const asAt = new Date(2023, 9, 31);
let cells = 0, us = 0;
for (const name of process.argv.slice(2)) {
  const grids = await readSampleGrids(`samples/${name}.xlsx`);
  let big; try { big = replicatePlan(grids[0], 10000); } catch { console.log(name, 'unreadable'); continue; }
  checkPlan(big, { asAt });
  const t = process.cpuUsage();
  for (let i = 0; i < 5; i++) checkPlan(big, { asAt });
  const d = process.cpuUsage(t); const per = (d.user + d.system) / 5;
  cells += big.values.length * big.values[0].length; us += per;
  console.log(name, (per / 1000).toFixed(0), 'ms cpu');
}
console.log('cells/s (cpu)', Math.round(cells / (us / 1e6)));
