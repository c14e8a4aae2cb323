/**
 * A workbook that keeps two plans on two sheets (a joint EDI workbook: its WRES plan and its WDES plan): `check` shows the
 * workbook's plan and names the other, with how to check it; a guidance or data sheet is never named as a plan.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';

const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'shared/cli/check.ts', ...args], { encoding: 'utf8', timeout: 60_000 });

async function workbook(sheets: [string, (string | null)[][]][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of sheets) wb.addWorksheet(name).addRows(rows);
  const path = join(mkdtempSync(join(tmpdir(), 'other-sheets-')), 'edi-plans-2023-24.xlsx');
  writeFileSync(path, Buffer.from(await wb.xlsx.writeBuffer()));
  return path;
}

const WRES: (string | null)[][] = [
  ['WRES action plan 2023/24'],
  ['Indicator', 'Action', 'Lead', 'Timescale', 'Status'],
  ['1', 'Set targets for BME representation at Band 8a and above.', 'Director of Workforce', 'March 2024', 'On track'],
  ['2', 'De-bias shortlisting with name-blind applications.', 'Head of Resourcing', 'Dec 2023', 'Complete'],
  ['5', 'Launch a zero-tolerance campaign with the staff networks.', 'Head of OD', 'March 2024', 'On track'],
];
const WDES: (string | null)[][] = [
  ['WDES action plan 2023/24'],
  ['Metric', 'Action', 'Lead', 'Timescale', 'Status'],
  ['4a', 'Bring in a violence reduction lead for community teams.', 'Head of Security', 'March 2024', 'On track'],
  ['8', 'Launch a reasonable adjustments passport.', 'Head of HR', 'Jan 2024', 'Not started'],
];

describe('npm run check: a workbook with plans on two sheets', () => {
  it('checks the plan with the most actions and names the other, with the --sheet that checks it', async () => {
    const path = await workbook([['Guidance', [['How to use this workbook'], ['Fill in one row per action.']]], ['WRES', WRES], ['WDES', WDES]]);
    const r = run(path, '--as-at', '2023-10-31');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('— sheet "WRES"');
    expect(r.stdout).toContain('Other sheets hold a plan too: "WDES" (WDES, 2 actions) — check one with --sheet "WDES"');
    const json = JSON.parse(run(path, '--as-at', '2023-10-31', '--json').stdout);
    expect(json.otherSheets).toEqual([{ sheet: 'WDES', standard: 'WDES', actions: 2 }]);
    // Checking the other sheet names no other: the user chose.
    expect(JSON.parse(run(path, '--sheet', 'WDES', '--json').stdout).otherSheets).toEqual([]);
  });

  it('names no other sheet when the others hold no plan (a guidance sheet, a data sheet)', async () => {
    const path = await workbook([['Guidance', [['How to use this workbook'], ['Fill in one row per action.']]], ['Data', [['Indicator', 'BME', 'White'], ['1', '19%', '81%']]], ['WRES', WRES]]);
    const r = run(path, '--as-at', '2023-10-31');
    expect(r.status).toBe(0);
    expect(r.stdout).not.toContain('Other sheets hold a plan');
  });
});
