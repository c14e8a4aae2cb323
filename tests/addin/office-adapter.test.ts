import { describe, expect, it } from 'vitest';
import { createOfficeAdapter } from '../../addin/excel/office-adapter';
import { planFills } from '../../addin/colour/plan-fills';
import { RAG_PALETTE } from '../../addin/colour/palette';
import type { PlanReport, Rag } from '../../shared/types';
import { FakeWorkbook } from '../support/fake-excel';
import { checkPlan } from '../../shared/check-plan';

const RAGS: Rag[] = ['red', 'amber', 'green', 'blue'];

/** A plan of `n` actions on rows 3… with the status in column F, as the core would report it. */
function bigReport(n: number): PlanReport {
  return {
    sheet: 'Plan', standard: 'WRES', columns: { action: 'B', lead: 'C', due: 'D', status: 'F' },
    ragKey: { entries: [], source: 'default' }, headerRows: [2], issues: [], columnEvidence: [], columnQuestions: [],
    identity: { standard: { value: 'WRES', source: null }, period: { value: null, source: null }, trust: { value: null, source: null } },
    coverage: { indicators: {}, hia: {} },
    actions: Array.from({ length: n }, (_, i) => ({
      row: i + 3, id: null, ref: null, indicator: String((i % 9) + 1), indicators: [String((i % 9) + 1)], sources: {}, hia: [], hiaText: '', theme: null, objective: '', action: `Action ${i}`, lead: 'Lead',
      due: { text: 'March 2024', start: '2024-03-01', end: '2024-03-31', ongoing: false, parsed: true },
      status: 'In Progress', statusRag: RAGS[i % 4], rag: RAGS[(i * 7) % 4], overdue: false, progress: '', outcome: '', completed: '',
    })),
    summary: { byRag: { red: 0, amber: 0, green: 0, blue: 0, none: 0 }, byIndicator: {}, overdue: 0, errors: 0, warnings: 0 },
  };
}

function bookWithRows(n: number) {
  const book = new FakeWorkbook(['Plan']);
  book.activeSheet.setValues([['WRES action plan'], ['Ref', 'Action', 'Lead', 'Date', '', 'Status']]);
  book.activeSheet.setValues(Array.from({ length: n }, (_, i) => [String(i + 1), `Action ${i}`, 'Lead', 'March 2024', '', 'In Progress']), 2, 0);
  return book;
}

describe('the Office adapter against the fake Excel', () => {
  it('reads values, fills and merged areas of a 10,000-row plan in one sync', async () => {
    const book = bookWithRows(10_000);
    book.activeSheet.cell(4, 5).fill = '#FFB81C';
    book.activeSheet.merges.push('A3:A7');
    const adapter = createOfficeAdapter(book.excel);
    const grid = await adapter.readGrid();
    expect(book.stats.syncs).toBe(1);
    expect(grid.values).toHaveLength(10_002);
    expect(grid.fills?.[4][5]).toBe('#FFB81C');
    expect(grid.fills?.[5][5]).toBeNull();
    expect(grid.merges).toEqual([{ top: 2, left: 0, bottom: 6, right: 0 }]);
  });

  it('reads each cell’s text colour in the same sync, so a status coloured by its text (not its fill) keeps its colour', async () => {
    const book = new FakeWorkbook(['Plan']);
    book.activeSheet.setValues([
      ['WDES action plan 2024/25'],
      ['Action', 'Lead', 'When', 'Status'],
      ['Run a declaration campaign in every station.', 'Head of Inclusion', 'Q2 24/25', 'Complete'],
      ['Provide adjustments at driving assessments.', 'Head of Resourcing', 'Q4 24/25', 'At risk'],
      ['Equip crews with body-worn cameras.', 'Director of Operations', 'Q4 24/25', 'Off track'],
    ]);
    book.activeSheet.cell(2, 3).font = '#0070C0';
    book.activeSheet.cell(3, 3).font = '#ED7D31';
    book.activeSheet.cell(4, 3).font = '#FF0000';
    const grid = await createOfficeAdapter(book.excel).readGrid();
    expect(book.stats.syncs).toBe(1);
    expect(grid.fonts?.[2][3]).toBe('#0070C0');
    // Automatic (black) text is no colour.
    expect(grid.fonts?.[2][0]).toBeNull();
    const report = checkPlan(grid, { asAt: new Date(Date.UTC(2024, 5, 30)) });
    expect(report.actions.map((a) => a.statusRag)).toEqual(['blue', 'amber', 'red']);
  });

  it('reads the action cells’ text colours too, so a plan whose key says its actions are coloured by progress gets its RAGs in the pane', async () => {
    const book = new FakeWorkbook(['Plan']);
    book.activeSheet.setValues([
      ['WRES action plan 2024/25'],
      ['Actions are coloured to show progress: blue – complete; green – on track; orange – at risk; red – off track; black – not yet started.'],
      ['Ref', 'Action', 'Lead', 'By'],
      ['1', 'Set representation goals for Bands 8a+ in each division.', 'Deputy Chief People Officer', 'Sep 2024'],
      ['2', 'Use structured, scored interviews for every Band 7+ post.', 'Head of Resourcing', 'Dec 2024'],
      ['3', 'Publish access to funded CPD by ethnicity.', 'Head of Education', 'Dec 2024'],
      ['4', 'Offer feedback to every internal candidate not appointed.', 'Head of Resourcing', 'Mar 2025'],
    ]);
    book.activeSheet.cell(3, 1).font = '#0070C0';
    book.activeSheet.cell(4, 1).font = '#00B050';
    book.activeSheet.cell(5, 1).font = '#ED7D31';
    const grid = await createOfficeAdapter(book.excel).readGrid();
    expect(book.stats.syncs).toBe(1);
    const report = checkPlan(grid, { asAt: new Date(Date.UTC(2024, 5, 30)) });
    expect(report.actions.map((a) => [a.status, a.statusRag])).toEqual([['', 'blue'], ['', 'green'], ['', 'amber'], ['', null]]);
    expect(report.actions[2].statusRagWhy).toBe('RAG: amber, the colour action B6 is written in (orange = at risk in the key on A2)');
  });

  it('colours a 10,000-row plan in at most 2 syncs and a handful of format operations', async () => {
    const book = bookWithRows(10_000);
    const adapter = createOfficeAdapter(book.excel);
    await adapter.readGrid();
    await adapter.formatCells(planFills(bigReport(10_000), 'status'));
    expect(book.stats.syncs).toBeLessThanOrEqual(2);
    expect(book.stats.formatOps).toBeLessThanOrEqual(6);
    expect(book.stats.maxPayloadBytes).toBeLessThan(5 * 1024 * 1024);
    const report = bigReport(10_000);
    for (const i of [0, 1, 2, 3, 9_999]) expect(book.activeSheet.peek(i + 2, 5)?.fill).toBe(RAG_PALETTE[report.actions[i].rag!].fill);
    expect(book.activeSheet.peek(2, 5)?.value).toBe('In Progress');
  });

  it('splits whole-row colouring of a wide 10,000-row plan under the 5 MB request cap', async () => {
    const book = bookWithRows(10_000);
    const adapter = createOfficeAdapter(book.excel);
    await adapter.formatCells(planFills(bigReport(10_000), 'row', 30));
    expect(book.stats.syncs).toBe(1);
    expect(book.stats.formatOps).toBeLessThanOrEqual(6);
    expect(book.stats.maxPayloadBytes).toBeLessThan(5 * 1024 * 1024);
    expect(book.activeSheet.peek(10_001, 30)?.fill).toBe(RAG_PALETTE[bigReport(10_000).actions[9_999].rag!].fill);
  });

  it('writes exported text as text, so formula-looking values are never evaluated', async () => {
    const book = new FakeWorkbook(['Plan']);
    const adapter = createOfficeAdapter(book.excel);
    await adapter.writeSheet('Issues', [['Row', 'Message'], ['12', '=HYPERLINK("http://x","click")'], ['13', '+44 121 301 0000'], ['14', '-5'], ['15', '@SUM(A1)']]);
    const sheet = book.sheets.find((s) => s.name === 'Issues')!;
    expect(sheet.peek(1, 1)?.value).toBe('=HYPERLINK("http://x","click")');
    expect(sheet.peek(2, 1)?.value).toBe('+44 121 301 0000');
    expect(sheet.peek(3, 1)?.value).toBe('-5');
    expect(sheet.peek(4, 1)?.value).toBe('@SUM(A1)');
    await adapter.writeSheet('Issues', [['Row', 'Message']]);
    expect(book.sheets.filter((s) => s.name === 'Issues')).toHaveLength(1);
  });

  it('keeps workbook state across a reopen (a new adapter over the same workbook)', async () => {
    const book = new FakeWorkbook(['Plan']);
    await createOfficeAdapter(book.excel).writeState('settings', { standard: 'WDES', period: '2023-24' });
    expect(await createOfficeAdapter(book.excel).readState('settings')).toEqual({ standard: 'WDES', period: '2023-24' });
    expect(await createOfficeAdapter(book.excel).readState('missing')).toBeNull();
  });

  it('selects the cell an issue points at', async () => {
    const book = bookWithRows(3);
    await createOfficeAdapter(book.excel).selectCell('C4');
    expect(book.activeSheet.selected).toBe('C4');
  });

  it('adds a status dropdown from the plan key', async () => {
    const book = bookWithRows(3);
    await createOfficeAdapter(book.excel).setListValidation('F3:F5', ['Not Started', 'In Progress', 'Completed']);
    expect(book.activeSheet.peek(3, 5)?.validation).toEqual({ list: { inCellDropDown: true, source: 'Not Started,In Progress,Completed' } });
  });

  it('reports user edits but not its own writes, and a user edit made just after its own write', async () => {
    const book = bookWithRows(3);
    const adapter = createOfficeAdapter(book.excel);
    const seen: string[] = [];
    const stop = await adapter.onChanged((address) => seen.push(address));
    await book.userEdit('C3', 'New lead');
    await book.userEdit('D3', 'Red', 'ThisLocalAddin'); // Excel names the add-in as the source of its own writes
    adapter.markOwnWrite();
    await book.userEdit('F3', 'Completed'); // the user, straight after: still the user's
    expect(seen).toEqual(['C3', 'F3']);
    await stop();
    expect(book.activeSheet.handlers).toHaveLength(0);
  });

  it('on Excel before 1.14, which does not say who changed the cells, ignores changes just after its own write', async () => {
    const book = bookWithRows(3);
    const adapter = createOfficeAdapter(book.excel);
    const seen: string[] = [];
    await adapter.onChanged((address) => seen.push(address));
    await book.userEdit('C3', 'New lead', null);
    adapter.markOwnWrite();
    await book.userEdit('F3', 'Completed', null);
    expect(seen).toEqual(['C3']);
  });

  it('behaves like Excel: reading an unloaded property throws', async () => {
    const book = bookWithRows(3);
    await expect(book.excel.run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getUsedRange();
      await context.sync();
      return range.values;
    })).rejects.toThrow(/PropertyNotLoaded/);
  });
});
