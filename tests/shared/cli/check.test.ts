import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'check-cli-'));
const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'shared/cli/check.ts', ...args], { encoding: 'utf8', timeout: 60_000 });

describe('npm run check', () => {
  it('prints a readable report of a real plan', () => {
    const r = run('samples/somerset-wres-2020-21.xlsx', '--as-at', '2021-03-31');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Standard: WRES');
    expect(r.stdout).toMatch(/Actions: 29/);
    expect(r.stdout).toMatch(/Not ready for the board|Ready for the board/);
  });

  it('prints exactly one JSON object with --json', () => {
    const r = run('samples/bsmhft-wdes-2020-21.xlsx', '--json', '--as-at', '2021-03-31');
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({ sheet: 'WDES Action Plan', standard: 'WDES' });
    expect(json.columns).toMatchObject({ action: 'B', lead: 'C', due: 'D', status: 'E' });
    expect(json.actions[0]).toMatchObject({ row: 5, ref: '1a', indicator: '1', due: { text: 'Jan-20', start: '2020-01-01', end: '2020-01-31', ongoing: false }, statusRag: 'amber' });
    expect(json.issues.every((i: { rule: string; severity: string; message: string }) => i.rule && i.severity && i.message)).toBe(true);
  });

  it('writes a coloured copy with an Issues sheet with --out', async () => {
    const out = join(dir, 'coloured.xlsx');
    const r = run('samples/bsmhft-wdes-2020-21.xlsx', '--as-at', '2020-06-01', '--out', out);
    expect(r.status).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const plan = wb.getWorksheet('WDES Action Plan')!;
    expect((plan.getCell('E8').fill as { fgColor?: { argb?: string } }).fgColor?.argb).toBe('FF006747'); // Completed → green
    expect(plan.getCell('E8').value).toBe('Completed');
    const issues = wb.getWorksheet('Issues')!;
    expect(issues.getRow(1).values).toEqual([undefined, 'Severity', 'Cell', 'Finding', 'What is checked']);
    expect(issues.rowCount).toBeGreaterThan(1);
  });

  it.each([
    ['a text file named .xlsx', 'not.xlsx', Buffer.from('hello, this is not a workbook'), /not an Excel workbook/],
    ['an encrypted workbook', 'locked.xlsx', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]), /password-protected/],
    ['a damaged zip', 'broken.xlsx', Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(64, 7)]), /damaged/],
    ['an empty file', 'empty.xlsx', Buffer.alloc(0), /empty/],
  ])('refuses %s with one clear line and no stack trace', (_label, name, bytes, message) => {
    writeFileSync(join(dir, name), bytes);
    const r = run(join(dir, name));
    expect(r.status).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses a workbook with no plan in it', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Budget').addRows([['Cost centre', 'Amount'], ['A', 1]]);
    const file = join(dir, 'budget.xlsx');
    await wb.xlsx.writeFile(file);
    const r = run(file);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/No action plan found/);
  });

  it('refuses a bad --as-at and a missing file by name', () => {
    expect(run('samples/kmpt-wres-2020-22.xlsx', '--as-at', '31/10/2023').stderr).toMatch(/--as-at must be a date like 2023-10-31/);
    expect(run(join(dir, 'nope.xlsx')).stderr).toMatch(/No such file/);
  });

  it('reads a CSV plan', () => {
    const file = join(dir, 'plan.csv');
    writeFileSync(file, 'WRES action plan 2023/24\nIndicator,Action,Lead,Timescale,Status\n1,"Publish ""pay gap"" data",HR,Mar-24,Completed\n');
    const json = JSON.parse(run(file, '--json', '--as-at', '2024-06-01').stdout);
    expect(json.actions[0]).toMatchObject({ row: 3, action: 'Publish "pay gap" data', statusRag: 'green' });
  });
});
