import { describe, expect, it } from 'vitest';
import { clearColours, colourPlan } from '../../addin/colour/colour-plan';
import { RAG_PALETTE } from '../../addin/colour/palette';
import { createOfficeAdapter } from '../../addin/excel/office-adapter';
import { checkPlan } from '../../shared/check-plan';
import { FakeWorkbook } from '../support/fake-excel';

/** A small plan whose author filled some cells herself: a yellow note on a lead, a grey header row. */
function planBook() {
  const book = new FakeWorkbook(['Plan']);
  const sheet = book.activeSheet;
  sheet.setValues([
    ['WRES action plan 2023-24'],
    ['Indicator', 'Action', 'Lead', 'Timescale', 'Status'],
    ['1', 'Reverse mentoring', 'Chief People Officer', 'March 2099', 'On track'],
    ['2', 'Shortlisting audit', 'EDI lead', 'March 2020', 'Not started'],
    ['3', 'Listening events', 'Head of OD', 'March 2099', 'Completed'],
  ]);
  for (let c = 0; c < 5; c++) sheet.cell(1, c).fill = '#D9D9D9';
  sheet.cell(2, 2).fill = '#FFFF00'; // C3: the author's own highlight
  sheet.cell(3, 1).font = '#1F4E79'; // B4: the author's own blue text
  return book;
}
const look = (book: FakeWorkbook, address: string) => {
  const m = /^([A-Z])(\d+)$/.exec(address)!;
  const cell = book.activeSheet.peek(Number(m[2]) - 1, m[1].charCodeAt(0) - 65);
  return { fill: cell?.fill ?? null, font: cell?.font ?? null };
};

describe('colouring a plan and taking the colours off again', () => {
  it('switching from whole rows back to status cells leaves no row fill behind, and keeps the plan\'s own fills', async () => {
    const book = planBook();
    const adapter = createOfficeAdapter(book.excel);
    const grid = await adapter.readGrid();
    const report = checkPlan(grid, { asAt: new Date('2023-10-31T12:00:00Z') });
    await colourPlan(adapter, report, grid, 'row');
    expect(look(book, 'B4').fill).toBe(RAG_PALETTE.red.fill);
    expect(look(book, 'C3').fill).toBe(RAG_PALETTE.green.fill);

    await colourPlan(adapter, report, grid, 'status');
    expect(look(book, 'E4').fill).toBe(RAG_PALETTE.red.fill); // the status cell stays coloured
    expect(look(book, 'B4')).toEqual({ fill: null, font: '#1F4E79' }); // the row's colour is gone, its own text colour is back
    expect(look(book, 'A3').fill).toBeNull();
    expect(look(book, 'C3').fill).toBe('#FFFF00'); // the author's highlight is back
    expect(look(book, 'A2').fill).toBe('#D9D9D9'); // the header was never touched
  });

  it('Clear colours restores the fills the plan had before it was first coloured', async () => {
    const book = planBook();
    const adapter = createOfficeAdapter(book.excel);
    const grid = await adapter.readGrid();
    const report = checkPlan(grid, { asAt: new Date('2023-10-31T12:00:00Z') });
    await colourPlan(adapter, report, grid, 'row');
    await colourPlan(adapter, report, grid, 'row'); // a re-check must not take the RAG fills for the plan's own
    const restored = await clearColours(adapter);
    expect(restored).toBeGreaterThan(0);
    expect(look(book, 'C3').fill).toBe('#FFFF00');
    expect(look(book, 'E3').fill).toBeNull();
    expect(look(book, 'E4')).toEqual({ fill: null, font: '#000000' });
    expect(look(book, 'B4').font).toBe('#1F4E79');
    expect(await clearColours(adapter)).toBe(0); // nothing left to clear
  });
});

describe('colouring a plan kept as a form (one block of label rows per action)', () => {
  /** Field names down column A, each action a block: its status on a row of its own, under the action's. */
  function formBook() {
    const book = new FakeWorkbook(['Plan']);
    book.activeSheet.setValues([
      ['Ashcombe NHS Trust – WRES action plan 2023/24'],
      [],
      ['Action 1', 'Reverse mentoring for the executive team'],
      ['Owner', 'Chief People Officer'],
      ['By when', 'March 2020'],
      ['RAG', 'Red'],
      [],
      ['Action 2', 'Shortlisting audit of band 7 posts'],
      ['Owner', 'Head of Resourcing'],
      ['By when', 'March 2099'],
      ['RAG', 'Green'],
      [],
      ['Action 3', 'Listening events with the race equality network'],
      ['Owner', 'Head of OD'],
      ['By when', 'March 2099'],
      ['RAG', 'Amber'],
    ]);
    return book;
  }

  it('colours each status where it is written, and leaves the action text as it was', async () => {
    const book = formBook();
    const adapter = createOfficeAdapter(book.excel);
    const grid = await adapter.readGrid();
    const report = checkPlan(grid, { asAt: new Date('2023-10-31T12:00:00Z') });
    expect(report.actions.map((a) => a.row)).toEqual([3, 8, 13]);
    await colourPlan(adapter, report, grid, 'status');
    expect(look(book, 'B6').fill).toBe(RAG_PALETTE.red.fill);
    expect(look(book, 'B11').fill).toBe(RAG_PALETTE.green.fill);
    expect(look(book, 'B16').fill).toBe(RAG_PALETTE.amber.fill);
    for (const text of ['B3', 'B8', 'B13', 'B4', 'B5']) expect(look(book, text).fill).toBeNull();
  });
});

describe('colouring a plan grouped under status headings (no status column)', () => {
  /** 'Completed' filled blue and 'In progress' filled amber over their actions: the heading gives each its status. */
  function sectionBook() {
    const book = new FakeWorkbook(['Plan']);
    const sheet = book.activeSheet;
    sheet.setValues([
      ['Ashcombe NHS Trust – WDES year-end review 2022/23'],
      ['Ref', 'Action', 'Lead', 'Timescale', 'Year-end comment'],
      ['Completed (2 actions)'],
      ['D1', 'Run a self-declaration campaign with the Disability Network.', 'Workforce Information Manager', 'Sept 2022', 'Declaration at 6.4%.'],
      ['D3', 'Launch a Reasonable Adjustments Passport.', 'Head of Wellbeing', 'Oct 2022', 'Launched in October.'],
      ['In progress (2 actions)'],
      ['D2', 'Reach Disability Confident Leader status.', 'Head of Recruitment', 'March 2099', 'Validation booked.'],
      ['D4', 'Add disability to the harassment reporting form.', 'Head of OD', 'Jan 2023', 'Form updated.'],
    ]);
    sheet.cell(2, 0).fill = '#0070C0';
    sheet.cell(5, 0).fill = '#FFC000';
    return book;
  }

  it("colours each action on its own row, and leaves the headings' own fills as they were", async () => {
    const book = sectionBook();
    const adapter = createOfficeAdapter(book.excel);
    const grid = await adapter.readGrid();
    const report = checkPlan(grid, { asAt: new Date('2023-04-30T12:00:00Z') });
    expect(report.actions.map((a) => [a.row, a.status, a.rag])).toEqual([
      [4, 'Completed', 'blue'],
      [5, 'Completed', 'blue'],
      [7, 'In progress', 'amber'],
      [8, 'In progress', 'red'], // overdue: its own row shows it, the heading stays amber
    ]);
    await colourPlan(adapter, report, grid, 'status');
    expect(look(book, 'B4').fill).toBe(RAG_PALETTE.blue.fill);
    expect(look(book, 'B7').fill).toBe(RAG_PALETTE.amber.fill);
    expect(look(book, 'B8').fill).toBe(RAG_PALETTE.red.fill);
    expect(look(book, 'A3').fill).toBe('#0070C0');
    expect(look(book, 'A6').fill).toBe('#FFC000');
  });
});
