import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'shared/cli/check.ts', ...args], { encoding: 'utf8', timeout: 60_000 });

describe('npm run check: high impact actions', () => {
  it('gives hia on each action and coverage by indicator and HIA with --json', () => {
    const r = run('samples/bsmhft-wdes-2020-21.xlsx', '--json', '--as-at', '2021-03-31');
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.coverage.hia).toEqual({ 1: 0, 2: 11, 3: 0, 4: 9, 5: 0, 6: 14 });
    expect(Object.keys(json.coverage.indicators)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    const passport = json.actions.find((a: { row: number }) => a.row === 28);
    expect(passport).toMatchObject({ indicator: '8', hia: ['4'] });
    // A 2020-21 plan predates the HIAs (June 2023): its gaps are one note, not three warnings.
    const hia = json.issues.filter((i: { rule: string }) => i.rule === 'hia-not-covered');
    expect(hia.map((i: { severity: string; message: string }) => [i.severity, i.message])).toEqual([
      ['info', "This plan is for 2020-21, before NHS England's EDI Improvement Plan (June 2023): its actions are mapped to the high impact actions for comparison, and those with no action (1, 3, 5) are not flagged"],
    ]);
  });

  it('prints the HIA coverage in the readable report', () => {
    const r = run('samples/kmpt-wres-2020-22.xlsx', '--as-at', '2021-03-31');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('By high impact action (EDI Improvement Plan): HIA 1:0  HIA 2:11  HIA 3:0  HIA 4:0  HIA 5:0  HIA 6:9');
    expect(r.stdout).toContain("This plan is for 2020-22, before NHS England's EDI Improvement Plan (June 2023)");
    expect(r.stdout).not.toContain('No action in this plan works toward high impact action');
  });
});
