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
 * The pattern: after 'Validate & colour' the user inserts, deletes or copies rows by hand. The coloured cells move with
 * their rows, so what the add-in keeps of each cell's own look must move too: it is kept by the row's id (the hidden id
 * column moves with its row). Whatever the user did to the rows, the next check must read the plan as a check of the
 * same sheet never coloured reads it, and Clear colours must leave the sheet as that never-coloured sheet looks.
 */
const GREEN = '#00B050';
const AMBER = '#FFC000';
const BLUE = '#0070C0';
const AS_AT = new Date(Date.UTC(2021, 9 /* Oct */, 31, 12));
/** The plans' own columns (A–E): the id column the add-in adds after them is its own, not compared. */
const WIDTH = 5;
let ids = 0;
const newId = () => `id${++ids}`;

/** A WRES plan whose 'RAG' column holds no words, only its authors' fills; one action is overdue; a lead highlighted yellow. */
function fillStatusPlan(sheet: FakeSheet) {
  sheet.setValues([
    ['Ashcombe NHS Trust – WRES action plan 2021/22'],
    ['Indicator', 'Action', 'Lead', 'Timescale', 'RAG'],
    ['1', 'Reverse mentoring for the executive team', 'Chief People Officer', 'March 2099', ''],
    ['2', 'Shortlisting audit of band 7 posts', 'EDI lead', 'March 2020', ''],
    ['3', 'Listening events with the race equality network', 'Head of OD', 'March 2099', ''],
    ['4', 'Career clinics for band 5 and 6 staff', 'Head of Learning', 'March 2099', ''],
  ] as CellValue[][]);
  for (let c = 0; c < WIDTH; c++) sheet.cell(1, c).fill = '#D9D9D9';
  [GREEN, AMBER, BLUE, GREEN].forEach((fill, i) => (sheet.cell(2 + i, 4).fill = fill));
  sheet.cell(3, 2).fill = '#FFFF00';
}

/** A WDES plan with no status column: each action is written in its status's colour, as its key line says. */
function textColourPlan(sheet: FakeSheet) {
  sheet.setValues([
    ['Fernhollow Community Health NHS Trust – WDES action plan 2021/22'],
    ['Text colour shows progress: Green = on track, Amber = some delay, Red = off track, Blue = done'],
    ['Action', 'Metric', 'Responsible officer', 'Target date', 'Notes'],
    ['Run a disability declaration campaign in every locality.', 'Metric 1', 'Head of Workforce Information', '31/03/2022', 'Posters printed.'],
    ['Guarantee an interview to disabled applicants who meet the essential criteria.', 'Metric 2', 'Head of Recruitment', '31/12/2021', 'Wording agreed.'],
    ['Publish the disability pay gap with the annual report.', 'Metric 9a', 'Director of People', '30/06/2021', 'Published in July.'],
    ['Set up a disabled staff network with protected time.', 'Metric 9b', 'Director of People', '31/03/2022', ''],
  ] as CellValue[][]);
  [GREEN, AMBER, BLUE, null].forEach((font, i) => font && (sheet.cell(3 + i, 0).font = font));
}

/** A plan kept as a form: each action a block of label rows, its RAG on a row of its own three below the action's, shaded grey. */
function formPlan(sheet: FakeSheet) {
  sheet.setValues([
    ['Ashcombe NHS Trust – WRES action plan 2021/22'],
    [],
    ['Action 1', 'Reverse mentoring for the executive team'], ['Owner', 'Chief People Officer'], ['By when', 'March 2020'], ['RAG', 'Red'],
    [],
    ['Action 2', 'Shortlisting audit of band 7 posts'], ['Owner', 'Head of Resourcing'], ['By when', 'March 2099'], ['RAG', 'Green'],
    [],
    ['Action 3', 'Listening events with the race equality network'], ['Owner', 'Head of OD'], ['By when', 'March 2099'], ['RAG', 'Amber'],
  ] as CellValue[][]);
  for (const r of [5, 10, 15]) sheet.cell(r, 1).fill = '#F2F2F2';
  sheet.cell(7, 1).font = BLUE;
}

/** Each plan, and a row of it between two actions (a form's between two blocks). */
const PLANS: [string, (sheet: FakeSheet) => void, number][] = [
  ["a plan whose statuses are its RAG column's fills", fillStatusPlan, 5],
  ["a plan whose statuses are its action text's colours", textColourPlan, 5],
  ['a plan kept as a form', formPlan, 8],
];

/** What a user reads of each action in the pane: where it is, its status and RAG, and why. */
const readingOf = (r: PlanReport) => r.actions.map((a) => [a.row, a.action, a.status, a.statusRag, a.rag, a.statusRagWhy ?? null]);

/** Every cell's look in the plan's columns (automatic and black text alike). */
function looksOf(sheet: FakeSheet) {
  const { bottom } = sheet.usedBounds();
  return Array.from({ length: bottom + 1 }, (_, r) => Array.from({ length: WIDTH }, (_, c) => {
    const cell = sheet.peek(r, c);
    const font = cell?.font && cell.font !== '#000000' ? cell.font : null;
    return `${cell?.fill ?? '-'}/${font ?? '-'}`;
  }));
}

async function check(book: FakeWorkbook) {
  return checkSheet(createOfficeAdapter(book.excel), { asAt: AS_AT, newId });
}

/** The pane's Validate & colour: check the active sheet, then colour it. */
async function validate(book: FakeWorkbook, mode: ColourMode) {
  const { report, grid } = await check(book);
  await colourPlan(createOfficeAdapter(book.excel), report, grid, mode);
  return report;
}

/** The same plan twice: one the add-in colours, one never coloured that gets the same edits by hand. */
function twins(plan: (sheet: FakeSheet) => void) {
  const coloured = new FakeWorkbook(['Plan']);
  const plain = new FakeWorkbook(['Plan']);
  plan(coloured.activeSheet);
  plan(plain.activeSheet);
  return { coloured, plain, both: async (edit: (book: FakeWorkbook) => Promise<void>) => { await edit(coloured); await edit(plain); } };
}

const insertTwoAbove = (row: number) => (book: FakeWorkbook) => createOfficeAdapter(book.excel).insertRows(row, 2);
const deleteRow = (row: number) => (book: FakeWorkbook) => createOfficeAdapter(book.excel).deleteRows([row]);

describe('kept colours follow rows inserted, deleted and copied by hand', () => {
  for (const [name, plan, between] of PLANS) {
    for (const mode of ['status', 'row'] as const) {
      for (const [edit, change] of [['two rows inserted above the plan', insertTwoAbove(2)], ['two rows inserted between actions', insertTwoAbove(between)], ['an action\'s row deleted', deleteRow(4)]] as const) {
        it(`${name}, ${mode} mode, ${edit}: the next check reads what the uncoloured plan reads, and Clear colours gives back its looks`, async () => {
          const { coloured, plain, both } = twins(plan);
          await check(plain);
          await validate(coloured, mode);
          expect(looksOf(coloured.activeSheet)).not.toEqual(looksOf(plain.activeSheet)); // the add-in did colour it
          await both(change);
          // The pane checks again after the edit (live re-validation): the same readings as the sheet never coloured.
          const again = await validate(coloured, mode);
          expect(readingOf(again)).toEqual(readingOf((await check(plain)).report));
          expect(await clearColours(createOfficeAdapter(coloured.excel))).toBeGreaterThan(0);
          expect(looksOf(coloured.activeSheet)).toEqual(looksOf(plain.activeSheet));
        });
      }
    }
  }

  it("a form's RAG rows after rows inserted above and a switch to whole rows: no RAG fill is left on them", async () => {
    const { coloured, plain, both } = twins(formPlan);
    await check(plain);
    await validate(coloured, 'status');
    await both(insertTwoAbove(1));
    await validate(coloured, 'row');
    expect(coloured.activeSheet.peek(7, 1)?.fill).toBe('#F2F2F2'); // action 1's RAG row, B6 two rows down: its own grey again
    await clearColours(createOfficeAdapter(coloured.excel));
    expect(looksOf(coloured.activeSheet)).toEqual(looksOf(plain.activeSheet));
  });

  it('Clear colours straight after rows are inserted, with no check in between, puts each look back at its new place', async () => {
    const { coloured, plain, both } = twins(fillStatusPlan);
    await check(plain);
    await validate(coloured, 'row');
    await both(insertTwoAbove(4));
    await clearColours(createOfficeAdapter(coloured.excel));
    expect(looksOf(coloured.activeSheet)).toEqual(looksOf(plain.activeSheet));
    expect(coloured.activeSheet.peek(5, 2)?.fill).toBe('#FFFF00'); // the yellow lead, two rows down from C4
  });

  it('a deleted row takes its kept look with it: nothing of it is kept or put back', async () => {
    const { coloured } = twins(fillStatusPlan);
    const first = await validate(coloured, 'status');
    const gone = first.actions[1].id!;
    await deleteRow(4)(coloured);
    await validate(coloured, 'status');
    expect(JSON.stringify(coloured.settings.get(`equalityPlans.${COLOURS_KEY}`))).not.toContain(gone);
    expect(await clearColours(createOfficeAdapter(coloured.excel))).toBe(3); // the three status cells left
  });

  it("a row copied with its id shows its original's own look: read as the original, and Clear colours gives the copy that look", async () => {
    const { coloured, plain, both } = twins(fillStatusPlan);
    await check(plain);
    await validate(coloured, 'status');
    // Ctrl-C on row 4 (the yellow lead, the amber RAG), Ctrl-V on row 8: values and looks as the sheet shows them, the hidden id too.
    await both(async (book) => {
      const sheet = book.activeSheet;
      for (let c = 0; c <= WIDTH; c++) {
        const from = sheet.peek(3, c);
        if (from) Object.assign(sheet.cell(7, c), { value: from.value, fill: from.fill, font: from.font });
      }
    });
    expect(coloured.activeSheet.peek(7, 4)?.fill).toBe(RAG_PALETTE.red.fill); // pasted as painted: the overdue red
    const again = await validate(coloured, 'status');
    expect(readingOf(again)).toEqual(readingOf((await check(plain)).report));
    expect(again.actions.at(-1)?.statusRag).toBe('amber');
    expect(new Set(again.actions.map((a) => a.id)).size).toBe(again.actions.length); // the copy has an id of its own
    await clearColours(createOfficeAdapter(coloured.excel));
    expect(looksOf(coloured.activeSheet)).toEqual(looksOf(plain.activeSheet));
  });

  it('colouring again after rows moved reads no look again, and stays one format operation and three round trips', async () => {
    const book = new FakeWorkbook(['Plan']);
    fillStatusPlan(book.activeSheet);
    await validate(book, 'status');
    await insertTwoAbove(2)(book);
    const { report, grid } = await check(book);
    book.resetStats();
    await colourPlan(createOfficeAdapter(book.excel), report, grid, 'status');
    // Read the kept colours, colour, write them back: no look read again (every moved cell's is kept by its row).
    expect(book.stats).toMatchObject({ syncs: 3, formatOps: 1 });
  });
});

describe('a workbook coloured by the add-in before it kept looks by row id', () => {
  /** What that version wrote: its fills on the RAG column, and each status cell's own look kept by its A1 address (automatic text read as black). */
  function colouredBefore() {
    const book = new FakeWorkbook(['Plan']);
    fillStatusPlan(book.activeSheet);
    const rags = ['green', 'red', 'blue', 'green'] as const;
    rags.forEach((rag, i) => Object.assign(book.activeSheet.cell(2 + i, 4), { fill: RAG_PALETTE[rag].fill, font: RAG_PALETTE[rag].font.toUpperCase() }));
    const kept = { captured: ['E3:E6'], originals: [['2,4', GREEN, '#000000'], ['3,4', AMBER, '#000000'], ['4,4', BLUE, '#000000'], ['5,4', GREEN, '#000000']], coloured: ['E3:E6'] };
    book.settings.set(`equalityPlans.${COLOURS_KEY}`, { sheets: [['Plan', kept]] });
    return book;
  }

  it('reads the plan through the kept looks, and a user upgrading loses none of them', async () => {
    const book = colouredBefore();
    const plain = new FakeWorkbook(['Plan']);
    fillStatusPlan(plain.activeSheet);
    const { report } = await check(book);
    expect(readingOf(report)).toEqual(readingOf((await check(plain)).report));
    // Colour with this version (the looks now go by row id), then move the rows: the authors' looks follow them.
    await validate(book, 'status');
    await insertTwoAbove(3)(book);
    await insertTwoAbove(3)(plain);
    expect(readingOf(await validate(book, 'status'))).toEqual(readingOf((await check(plain)).report));
    await clearColours(createOfficeAdapter(book.excel));
    expect(looksOf(book.activeSheet)).toEqual(looksOf(plain.activeSheet));
  });

  it('Clear colours with no check since puts the looks back at their addresses, as that version did', async () => {
    const book = colouredBefore();
    expect(await clearColours(createOfficeAdapter(book.excel))).toBe(4);
    expect([2, 3, 4, 5].map((r) => book.activeSheet.peek(r, 4)?.fill)).toEqual([GREEN, AMBER, BLUE, GREEN]);
  });
});
