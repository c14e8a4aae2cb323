import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'shared/cli/check.ts', ...args], { encoding: 'utf8', timeout: 60_000 });

describe('npm run check: the columns it used, and the user\'s say', () => {
  it('prints the mapping it used, with a reason a person can read, and asks about what it could not place', () => {
    const r = run('samples/northants-wres-2016-17.xlsx', '--as-at', '2017-03-31');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Lead: header 'Responsibility for action'");
    expect(r.stdout).toMatch(/Timescale: header 'Expected date of completion' — \d+ of \d+ cells are dates or timescales/);
    expect(r.stdout).toContain('Plan: WRES, 2016-17, Northamptonshire Healthcare NHS Foundation Trust');
  });

  it('gives each column\'s field, confidence and reason in --json, and where each timescale came from', () => {
    const r = run('tests/corpus/dev/dev-wres-2021-22-westbury.xlsx', '--json', '--as-at', '2021-06-30');
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.columnEvidence.find((e: { field: string }) => e.field === 'lead')).toMatchObject({ column: 'G', source: 'header', reason: expect.stringContaining("RESPONSIBLE OFFICER") });
    for (const e of json.columnEvidence) expect(e.confidence).toBeGreaterThan(0);
    // No timescale column: dates come from the action's own text, and the JSON says so.
    const first = json.actions.find((a: { row: number }) => a.row === 6);
    expect(first.due).toMatchObject({ text: 'September 2021', end: '2021-09-30', from: { kind: 'action text', cell: 'F6' } });
    expect(json.columnQuestions.map((q: { field: string }) => q.field)).toContain('due');
    expect(json.identity).toMatchObject({ standard: { value: 'WRES' }, period: { value: '2021-22' }, trust: { value: 'Westbury Vale NHS Foundation Trust' } });
  });

  it('uses --columns over its own choice, and a field set to none has no column', () => {
    const plain = JSON.parse(run('samples/bsmhft-wdes-2020-21.xlsx', '--json', '--as-at', '2021-03-31').stdout);
    expect(plain.columns.lead).toBe('C');
    const chosen = JSON.parse(run('samples/bsmhft-wdes-2020-21.xlsx', '--json', '--as-at', '2021-03-31', '--columns', 'lead=F,status=none').stdout);
    expect(chosen.columns.lead).toBe('F');
    expect(chosen.columns.status).toBeUndefined();
    expect(chosen.columnEvidence.find((e: { field: string }) => e.field === 'lead')).toMatchObject({ column: 'F', source: 'user', reason: 'Lead: column F, as you chose' });
    expect(chosen.actions[0].lead).toContain('A data campaign was launched');
  });

  it('refuses a --columns it cannot read, naming the part', () => {
    const r = run('samples/bsmhft-wdes-2020-21.xlsx', '--columns', 'leader=F');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('"leader" is not a field');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
