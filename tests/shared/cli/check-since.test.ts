import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXPECTED, kmptNextYear, LAST_YEAR } from '../../support/kmpt-next-year';

const dir = mkdtempSync(join(tmpdir(), 'check-since-'));
const THIS_YEAR = join(dir, 'kmpt-wres-2022-23.xlsx');
const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'shared/cli/check.ts', ...args], { encoding: 'utf8', timeout: 60_000 });

beforeAll(async () => {
  writeFileSync(THIS_YEAR, await kmptNextYear());
});

describe('npm run check -- this.xlsx --since last.xlsx', () => {
  it('says what became of last year\'s actions after the check', () => {
    const r = run(THIS_YEAR, '--since', LAST_YEAR, '--as-at', '2023-03-31');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`This year against ${LAST_YEAR} (2020-22, 20 actions):`);
    expect(r.stdout).toContain('10 carried over (1 reworded), 6 completed, 1 closed with a reason, 3 dropped without a word, 1 new');
    expect(r.stdout).toMatch(/DROPPED WITHOUT A WORD .*\(3\)\n {2}Row 13 \[1\] "Propose and implement staff development workshops/);
    expect(r.stdout).toContain(`NEW THIS YEAR (1)\n  Row 14 [1] "${EXPECTED.newActions[0]}"`);
    // The check itself is still there, first.
    expect(r.stdout.indexOf('Standard: WRES')).toBeLessThan(r.stdout.indexOf('This year against'));
  });

  it('gives the comparison as sinceLastYear with --json', () => {
    const r = run(THIS_YEAR, '--since', LAST_YEAR, '--json', '--as-at', '2023-03-31');
    expect(r.status).toBe(0);
    const { sinceLastYear: s } = JSON.parse(r.stdout);
    expect(s).toMatchObject({ file: LAST_YEAR, period: '2020-22', actions: 20 });
    expect(s.dropped.map((a: { where: string }) => a.where)).toEqual(EXPECTED.dropped.map((n) => `Row ${n}`));
    expect(s.closed[0]).toMatchObject({ last: { where: 'Row 33' }, reason: 'Withdrawn – superseded by the Freedom to Speak Up strategy' });
    expect(s.new.map((a: { action: string }) => a.action)).toEqual(EXPECTED.newActions);
  });

  it('refuses last year\'s plan of another standard, and a missing file, in one clear line', () => {
    const wdes = run(THIS_YEAR, '--since', 'samples/bsmhft-wdes-2020-21.xlsx');
    expect(wdes.status).toBe(2);
    expect(wdes.stderr).toBe('check: samples/bsmhft-wdes-2020-21.xlsx (--since) is a WDES plan and this one is WRES: compare a plan with last year\'s plan of the same standard.\n');
    const missing = run(THIS_YEAR, '--since', join(dir, 'nope.xlsx'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^check: No such file: .*nope\.xlsx\n$/);
  });
});
