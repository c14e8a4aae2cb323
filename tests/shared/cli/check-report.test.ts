import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'check-report-'));
const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'shared/cli/check.ts', ...args], { encoding: 'utf8', timeout: 60_000 });

describe('npm run check: help, whole messages, the pane\'s words, print-ready sheets', () => {
  it('explains itself with --help', () => {
    const r = run('--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Checks a WRES \/ WDES action plan/);
    for (const option of ['--sheet', '--as-at', '--json', '--out', '--help']) expect(r.stdout).toContain(option);
    expect(r.stdout).toContain('"Must fix"');
  });

  it('prints every finding whole, under the pane\'s headings "Must fix" and "Should check"', () => {
    const text = run('samples/kmpt-wres-2020-22.xlsx', '--as-at', '2021-03-31');
    const json = JSON.parse(run('samples/kmpt-wres-2020-22.xlsx', '--as-at', '2021-03-31', '--json').stdout) as { issues: { message: string; severity: string }[] };
    expect(text.stdout).toMatch(/^Must fix \(\d+\)$/m);
    expect(text.stdout).toMatch(/^Should check \(\d+\)$/m);
    expect(text.stdout).not.toMatch(/ERRORS|WARNINGS/);
    const longest = json.issues.map((i) => i.message.replace(/\s*\n\s*/g, ' ')).sort((a, b) => b.length - a.length)[0];
    expect(longest.length).toBeGreaterThan(200); // the old report cut messages at 110 characters
    expect(text.stdout).toContain(longest);
    expect(text.stdout).not.toContain('…\n');
  });

  it('--out writes an Issues sheet and a Board summary sheet that print on A4 landscape with wrapped text', async () => {
    const out = join(dir, 'board.xlsx');
    const r = run('samples/somerset-wres-2020-21.xlsx', '--as-at', '2021-03-31', '--out', out);
    expect(r.status).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const issues = wb.getWorksheet('Issues')!;
    expect(issues.getCell('A2').value).toBe('Must fix');
    expect(issues.getCell('C2').alignment?.wrapText).toBe(true);
    expect(issues.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    const board = wb.getWorksheet('Board summary')!;
    expect(board.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToWidth: 1 });
    const text = (board.getSheetValues() as unknown[][]).map((row) => (row ?? []).filter((v) => v !== undefined && v !== null).join(' | ')).join('\n');
    expect(text).toContain('Not ready for the board: 5 must-fix items.');
    expect(text).toMatch(/RAG by indicator\nIndicator \| Actions \| Red \| Amber \| Green \| Blue \| No status \| Overdue\nWRES 1 \| 7 \|/);
    expect(text).toContain('Overdue actions (4)');
    expect(text).toContain('Must fix before the board (5)');
    expect(text).toContain('None for: WRES 3.');
    expect(text).toContain('Changes since the last board approval');
    expect(board.getCell('A1').alignment?.wrapText).toBeUndefined(); // the title runs across the page, unwrapped
    expect(board.getCell('C7').alignment?.wrapText).toBe(true);
    expect(board.getColumn(3).width).toBeGreaterThan(30);
  });
});
