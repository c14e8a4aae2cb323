import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseDevUser } from '../../addin/auth/sign-in-card';
import { createOfficeAdapter } from '../../addin/excel/office-adapter';
import { loadSheets } from '../../addin/preview/load-sheets';
import { workbookBytes } from '../../addin/preview/workbook-bytes';
import { parsePaste } from '../../addin/preview/grid-view';
import { describePull } from '../../addin/sync/describe-pull';
import { applyFix, previewFix, undoLastFix } from '../../addin/taskpane/markup-fix';
import { checkPlan } from '../../shared/check-plan';
import { boardSummary, groupIssues } from '../../shared/report';
import { readWorkbook } from '../../shared/xlsx';
import { FakeWorkbook } from '../support/fake-excel';

const asAt = new Date('2021-03-31T12:00:00Z');
const bsmhft = async () => checkPlan((await readWorkbook(readFileSync('samples/bsmhft-wdes-2020-21.xlsx'))).sheets[0], { asAt });

describe('what the pane does for an HR lead', () => {
  it('folds many findings of one kind into one line with a count in words', async () => {
    const groups = groupIssues((await bsmhft()).issues);
    expect(groups[0]).toMatchObject({ severity: 'error', rule: 'overdue', title: '28 actions overdue' });
    expect(groups.find((g) => g.rule === 'markup-remnant')?.title).toBe('31 cells with web-page code');
    expect(groupIssues([{ rule: 'lead-missing', severity: 'error', row: 5, column: 'C', message: '' }])[0].title).toBe('1 action with no lead');
  });

  it('fixes markup in the cells and undoes it, leaving alone a cell edited since', async () => {
    const book = new FakeWorkbook(['Plan']);
    book.activeSheet.setValues([['WRES action plan 2023-24'], ['Indicator', 'Action', 'Lead', 'Timescale', 'Status'],
      ['1', '<p>Reverse&nbsp;mentoring</p>', 'EDI lead', 'March 2099', 'On track'], ['2', '<ul><li>Audit</li></ul>', 'HR', 'March 2099', 'On track']]);
    const adapter = createOfficeAdapter(book.excel);
    const report = checkPlan(await adapter.readGrid(), { asAt });
    const cells = await previewFix(adapter, report.issues.filter((i) => i.rule === 'markup-remnant'));
    expect(cells).toEqual([
      { address: 'B3', before: '<p>Reverse&nbsp;mentoring</p>', after: 'Reverse mentoring' },
      { address: 'B4', before: '<ul><li>Audit</li></ul>', after: 'Audit' },
    ]);
    await applyFix(adapter, cells, asAt);
    expect(book.activeSheet.peek(2, 1)?.value).toBe('Reverse mentoring');
    book.activeSheet.cell(3, 1).value = 'Audit of shortlisting'; // edited after the fix
    expect(await undoLastFix(adapter)).toEqual({ restored: 1, kept: 1 });
    expect(book.activeSheet.peek(2, 1)?.value).toBe('<p>Reverse&nbsp;mentoring</p>');
    expect(book.activeSheet.peek(3, 1)?.value).toBe('Audit of shortlisting');
    expect(await undoLastFix(adapter)).toBeNull();
  });

  it('says whose pulled edit replaced the user\'s value, cell by cell', async () => {
    const report = await bsmhft();
    const withIds = { ...report, actions: report.actions.map((a, i) => ({ ...a, id: `r${i}` })) };
    const lines = describePull(withIds, { updates: [
      { id: 'r1', field: 'lead', value: 'Director of People', by: 'Ann' },
      { id: 'r2', field: 'progress', value: '', by: 'Bob' },
      { id: 'r99', field: 'lead', value: 'Not in this sheet', by: 'Ann' },
    ], deletions: [] }, 'Cat');
    expect(lines[0]).toBe("C6 Lead: your 'Head of Human Resources' was replaced by Ann's 'Director of People'");
    expect(lines[1]).toMatch(/^F7 Progress: your '.*' was cleared by Bob$/);
    expect(lines).toHaveLength(2);
  });

  it('reads the one dev sign-in field', () => {
    expect(parseDevUser('ann editor RXT')).toEqual({ sub: 'ann', name: 'ann', role: 'editor', trust: 'RXT' });
    expect(parseDevUser('lee regional-lead y60')).toEqual({ sub: 'lee', name: 'lee', role: 'regional-lead', region: 'Y60' });
    expect(parseDevUser('bob rxt')).toEqual({ sub: 'bob', name: 'bob', role: 'editor', trust: 'RXT' });
    expect(parseDevUser('  ')).toBeNull();
  });

  it('lays out the board summary: verdict, RAG by indicator, overdue, must fix, coverage, changes since approval', async () => {
    const sheet = boardSummary(await bsmhft(), { asAt, title: 'WDES 2020-21 action plan', approval: { label: 'Board approved 2021-01-28', by: 'Ann', at: '2021-01-28T10:00:00Z', changes: [{ cell: 'C6', field: 'Lead', before: 'Head of HR', after: 'Director of People', by: 'Bob', at: '2021-02-02T09:00:00Z' }] } });
    const text = sheet.rows.map((r) => r.filter((v) => v !== null && v !== '').join(' | ')).join('\n');
    expect(text).toMatch(/^Board summary — WDES 2020-21 action plan\n/);
    expect(text).toContain('Not ready for the board: 28 must-fix items.');
    expect(text).toContain('WDES 1 | 3 |');
    expect(text).toContain('Overdue actions (28)');
    expect(text).toContain('Must fix before the board (28)');
    expect(text).toContain('Every one of the 10 indicators has at least one action.');
    expect(text).toContain('Last approved: "Board approved 2021-01-28" by Ann, 28 January 2021. 1 change since.');
    expect(text).toContain('C6 | Lead | Head of HR | Director of People | Bob | 2 February 2021');
    expect(sheet.print).toEqual({ orientation: 'landscape', paperSize: 'A4', fitToWidth: 1 });
    expect(sheet.wrap).toBe(true);
    expect(sheet.columnWidths.reduce((n, w) => n + w, 0)).toBeLessThan(160); // fits an A4 landscape page width at a readable scale
  });

  it('opens a .csv in the preview, refuses other files by name, and downloads an .xlsx with its colours and text kept as text', async () => {
    const csv = new TextEncoder().encode('Indicator,Action,Lead,Timescale,Status\n1,"Reverse ""mentoring""",EDI lead,March 2024,=SUM(A1)\n');
    const [sheet] = await loadSheets(csv.buffer as ArrayBuffer, 'plan.csv');
    expect(sheet.values[1]).toEqual(['1', 'Reverse "mentoring"', 'EDI lead', 'March 2024', '=SUM(A1)']);
    await expect(loadSheets(new ArrayBuffer(4), 'plan.pdf')).rejects.toThrow(/plan\.pdf is not a plan the preview can open: choose an Excel workbook \(\.xlsx\) or a CSV file \(\.csv\)/);
    sheet.fills[1] = [null, null, null, null, '#D5281B'];
    sheet.fonts[1] = [null, null, null, null, '#FFFFFF'];
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await workbookBytes([sheet])).buffer as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.name).toBe('plan');
    expect((ws.getCell('E2').fill as { fgColor?: { argb?: string } }).fgColor?.argb).toBe('FFD5281B');
    expect(ws.getCell('E2').value).toBe('=SUM(A1)'); // text, not a formula
  });

  it('splits a pasted block into rows and cells as Excel copies them', () => {
    expect(parsePaste('a\tb\r\nc\td\r\n')).toEqual([['a', 'b'], ['c', 'd']]);
    expect(parsePaste('one')).toEqual([['one']]);
  });
});
