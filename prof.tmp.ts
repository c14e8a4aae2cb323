import { replicatePlan } from './tests/bench/entries/core-validate';
import { readSampleGrids } from './tests/bench/entries/sample-grids';
import { checkPlan } from './shared/check-plan';
const asAt = new Date(2023, 9, 31);
const bigs = [];
for (const name of ['bsmhft-wdes-2020-21', 'kmpt-wres-2020-22', 'somerset-wres-2020-21', 'northants-wres-2016-17', 'wres-2023-key-action-areas']) bigs.push(replicatePlan((await readSampleGrids(`samples/${name}.xlsx`))[0], 10000));
for (const b of bigs) checkPlan(b, { asAt });
for (let i = 0; i < 3; i++) for (const b of bigs) checkPlan(b, { asAt });
