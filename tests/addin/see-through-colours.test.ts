import { describe, expect, it } from 'vitest';
import { clearColours, colourPlan } from '../../addin/colour/colour-plan';
import { COLOURS_KEY } from '../../addin/colour/kept-colours';
import { RAG_PALETTE } from '../../addin/colour/palette';
import type { ColourMode } from '../../addin/colour/plan-fills';
import { createOfficeAdapter } from '../../addin/excel/office-adapter';
import { checkSheet } from '../../addin/taskpane/check-sheet';
import type { CellValue, PlanReport } from '../../shared/types';
import { FakeWorkbook, type FakeSheet } from '../support/fake-excel';

/**
 * The pattern: the add-in colours a checked plan (its status cells, or with no status column its action cells, or whole
 * rows) and the next check reads the sheet again. That check must read the plan as its authors made it, not through the
 * add-in's own paint: a plan whose statuses are its action text's colours, or its status cells' own fills, would
 * otherwise be read from the fills the add-in put there (the effective RAG, red where overdue), lose the reasons and ask
 * again which column holds the status. And what the add-in keeps of one sheet's looks is that sheet's alone.
 */
const GREEN = '#00B050';
const AMBER = '#FFC000';
const RED = '#FF0000';
const BLUE = '#0070C0';
let ids = 0;
const newId = () => `id${++ids}`;

/** A WDES plan with no status column: each action cell is written in its status's colour, as its key line says. */
function textColourPlan(sheet: FakeSheet) {
  const colours = [GREEN, AMBER, RED, BLUE, null];
  sheet.setValues([
    ['Fernhollow Community Health NHS Trust – WDES action plan 2021/22'],
    ['Text colour shows progress: Green = on track, Amber = some delay, Red = off track, Blue = done'],
    ['Action', 'Metric', 'Responsible officer', 'Target date', 'Notes'],
    ['Run a disability declaration campaign in every locality.', 'Metric 1', 'Head of Workforce Information', '31/03/2022', 'Posters printed.'],
    ['Guarantee an interview to disabled applicants who meet the essential criteria.', 'Metric 2', 'Head of Recruitment', '31/12/2021', 'Wording agreed.'],
    ['Train every manager in making reasonable adjustments.', 'Metric 4a', 'Head of Learning', '30/11/2021', 'Trainer left in August.'],
    ['Publish the disability pay gap with the annual report.', 'Metric 9a', 'Director of People', '30/06/2021', 'Published in July.'],
    ['Set up a disabled staff network with protected time.', 'Metric 9b', 'Director of People', '31/03/2022', ''],
  ] as CellValue[][]);
  colours.forEach((colour, i) => colour && (sheet.cell(3 + i, 0).font = colour));
}

/** A WRES plan whose 'RAG' column holds no words, only its authors' fills; one action is overdue, so its effective RAG is red. */
function fillStatusPlan(sheet: FakeSheet) {
  sheet.setValues([
    ['Ashcombe NHS Trust – WRES action plan 2021/22'],
    ['Indicator', 'Action', 'Lead', 'Timescale', 'RAG'],
    ['1', 'Reverse mentoring for the executive team', 'Chief People Officer', 'March 2099', ''],
    ['2', 'Shortlisting audit of band 7 posts', 'EDI lead', 'March 2020', ''],
    ['3', 'Listening events with the race equality network', 'Head of OD', 'March 2099', ''],
  ] as CellValue[][]);
  sheet.cell(2, 4).fill = GREEN;
  sheet.cell(3, 4).fill = AMBER;
  sheet.cell(4, 4).fill = BLUE;
}

const AS_AT = new Date(Date.UTC(2021, 9 /* Oct */, 31, 12));
/** What a user reads of each action in the pane: its RAG and status, and why; and whether the pane asks for the status column. */
const readingOf = (r: PlanReport) => ({
  actions: r.actions.map((a) => [a.row, a.status, a.statusRag, a.rag, a.statusRagWhy ?? null]),
  statusColumn: r.columns.status ?? null,
  asksForStatus: r.columnQuestions.some((q) => q.field === 'status'),
});

/** The pane's Validate & colour: check the active sheet, then colour it. */
async function validate(book: FakeWorkbook, mode: ColourMode) {
  const adapter = createOfficeAdapter(book.excel);
  const { report, grid } = await checkSheet(adapter, { asAt: AS_AT, newId });
  await colourPlan(adapter, report, grid, mode);
  return report;
}

describe('a check after the add-in coloured the plan reads the plan as its authors made it', () => {
  for (const mode of ['status', 'row'] as const) {
    it(`a plan whose action text's colour is its status reads the same after 'Colour the plan' (${mode} mode)`, async () => {
      const book = new FakeWorkbook(['Plan']);
      textColourPlan(book.activeSheet);
      const first = await validate(book, mode);
      expect(first.actions.map((a) => a.statusRag)).toEqual(['green', 'amber', 'red', 'blue', null]);
      // The add-in did paint the action cells (there is no status column to paint).
      expect(book.activeSheet.peek(3, 0)?.fill).toBe(RAG_PALETTE.green.fill);
      expect(book.activeSheet.peek(5, 0)?.fill).toBe(RAG_PALETTE.red.fill);
      const again = await validate(book, mode);
      expect(readingOf(again)).toEqual(readingOf(first));
      expect(readingOf(again).asksForStatus).toBe(false);
    });
  }

  it("a status column filled by its authors keeps their RAGs, not the add-in's red for an overdue action", async () => {
    const book = new FakeWorkbook(['Plan']);
    fillStatusPlan(book.activeSheet);
    const first = await validate(book, 'status');
    expect(first.actions.map((a) => [a.statusRag, a.rag])).toEqual([['green', 'green'], ['amber', 'red'], ['blue', 'blue']]);
    expect(book.activeSheet.peek(3, 4)?.fill).toBe(RAG_PALETTE.red.fill);
    expect(readingOf(await validate(book, 'status'))).toEqual(readingOf(first));
    expect(readingOf(await validate(book, 'row'))).toEqual(readingOf(first));
  });

  it('a status the user fills in themselves after the colouring is theirs, and read', async () => {
    const book = new FakeWorkbook(['Plan']);
    fillStatusPlan(book.activeSheet);
    await validate(book, 'status');
    book.activeSheet.cell(2, 4).fill = '#FFFF00'; // E3 refilled by hand: not one of the add-in's colours
    const again = await validate(book, 'status');
    expect(again.actions[0].statusRag).not.toBe('green');
  });

  it('reading the kept colours adds no round trip to the check', async () => {
    const book = new FakeWorkbook(['Plan']);
    book.excelApi = 9; // no notes: the grid is one round trip
    textColourPlan(book.activeSheet);
    const adapter = createOfficeAdapter(book.excel, { supports: book.supports });
    book.resetStats();
    await adapter.readGrid();
    const plain = book.stats.syncs;
    book.resetStats();
    const grid = await adapter.readGrid({ state: [COLOURS_KEY, 'missing'] });
    expect(book.stats.syncs).toBe(plain);
    expect(plain).toBe(1);
    expect(grid.state?.size).toBe(0);
    await validate(book, 'status');
    const kept = await adapter.readGrid({ state: [COLOURS_KEY] });
    expect(kept.state?.get(COLOURS_KEY)).toEqual(book.settings.get(`equalityPlans.${COLOURS_KEY}`));
  });
});

describe("the add-in's memory of a sheet's looks is that sheet's", () => {
  /** Two sheets of one layout: A's E3 highlighted yellow by its authors, B's plain. */
  function twoSheets() {
    const book = new FakeWorkbook(['Plan A', 'Plan B']);
    for (const sheet of book.sheets) {
      fillStatusPlan(sheet);
      for (let r = 2; r < 5; r++) sheet.cell(r, 4).fill = null;
      sheet.setValues([['On track'], ['Not started'], ['Completed']], 2, 4);
    }
    book.sheets[0].cell(2, 4).fill = '#FFFF00';
    return book;
  }

  it("colouring sheet B after sheet A never puts A's looks on B, and A's are still there to put back", async () => {
    const book = twoSheets();
    await validate(book, 'status');
    expect(book.sheets[0].peek(2, 4)?.fill).toBe(RAG_PALETTE.green.fill);
    book.active = 1;
    await validate(book, 'status');
    await validate(book, 'row'); // B's status cells stay coloured, its rows too
    await validate(book, 'status'); // the rows lose their colour: each cell gets B's own look back
    expect(book.sheets[1].peek(2, 0)?.fill ?? null).toBeNull();
    expect(await clearColours(createOfficeAdapter(book.excel))).toBeGreaterThan(0);
    expect(book.sheets[1].peek(2, 4)?.fill ?? null).toBeNull(); // not A's yellow
    book.active = 0;
    expect(await clearColours(createOfficeAdapter(book.excel))).toBeGreaterThan(0);
    expect(book.sheets[0].peek(2, 4)?.fill).toBe('#FFFF00');
  });

  it('a check of sheet B reads its own fills, not through what the add-in kept of sheet A', async () => {
    const book = twoSheets();
    await validate(book, 'status');
    book.active = 1;
    book.sheets[1].cell(2, 4).fill = RAG_PALETTE.red.fill; // B's authors filled E3 red themselves, in the palette's red
    const b = await checkSheet(createOfficeAdapter(book.excel), { asAt: AS_AT, newId });
    expect(b.grid.fills?.[2]?.[4]).toBe(RAG_PALETTE.red.fill);
  });
});
