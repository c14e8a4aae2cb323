import { describe, expect, it } from 'vitest';
import { clearColours, colourPlan } from '../../addin/colour/colour-plan';
import { COLOURS_KEY } from '../../addin/colour/kept-colours';
import { ragCellOf } from '../../addin/colour/rag-cell-of';
import { createOfficeAdapter } from '../../addin/excel/office-adapter';
import { diffRows, rowsOfReport } from '../../addin/sync';
import { checkSheet } from '../../addin/taskpane/check-sheet';
import type { PlanFields } from '../../shared/sync';
import type { CellValue, PlanReport } from '../../shared/types';
import { FakeWorkbook, type FakeSheet } from '../support/fake-excel';

/**
 * The pattern: the add-in gives every action an id in a hidden column at its first check, and every later check reads
 * those ids back, whatever the plan's layout — an ordinary table, records of two rows per action, or a form of label rows
 * per action. A user checks again and again ('Validate & colour' after each edit): the sheet must not grow a column per
 * check, and sync must see the same actions, not new ones (a push after a re-check sends nothing).
 */
const AS_AT = new Date(Date.UTC(2024, 0 /* Jan */, 31));
let minted = 0;
const newId = () => `id${++minted}`;

function tablePlan(sheet: FakeSheet) {
  sheet.setValues([
    ['Ashcombe NHS Trust – WRES action plan 2023/24'],
    ['Indicator', 'Action', 'Lead', 'Timescale', 'Status'],
    ['1', 'Reverse mentoring for the board', 'Chief People Officer', 'Mar-24', 'In Progress'],
    ['2', 'Diverse interview panels for band 8a and above', 'Head of Resourcing', 'Q3 23/24', 'Completed'],
    ['3', 'Review disciplinary cases by ethnicity', 'Employee Relations lead', 'Dec-23', 'Not Started'],
  ] as CellValue[][]);
}

/** Each action over two rows under a header of two rows, tied by its number and its status merged down over both. */
function recordsPlan(sheet: FakeSheet) {
  sheet.setValues([
    ['Brookfield NHS Foundation Trust – WRES action plan 2020/21'],
    ['No.', 'What we will do', 'Responsible officer', 'Begins', 'Status'],
    [null, 'How we will know it worked', 'Working with', 'Deadline', null],
    ['1', 'Audit shortlisting outcomes by ethnicity in every directorate.', 'Head of Resourcing', 'April 2020', 'Green'],
    [null, 'Relative likelihood of appointment below 1.25.', 'BME Network chair', 'December 2020', null],
    ['2', 'Offer career coaching to every BME nurse at Band 5 and 6.', 'Deputy Chief Nurse', 'June 2020', 'Amber'],
    [null, 'Forty coaching pairs in place.', 'Practice educators', 'March 2021', null],
    ['3', 'Publish the board\'s ethnicity profile each quarter.', 'Company Secretary', 'May 2020', 'Red'],
    [null, 'Profile on the public board papers.', 'Head of Workforce Information', 'June 2020', null],
  ] as CellValue[][]);
  sheet.merges = [2, 4, 6, 8].flatMap((top) => [`A${top}:A${top + 1}`, `E${top}:E${top + 1}`]);
}

/** A plan kept as a form: a block of 'Label | value' rows per action, a blank row between blocks. */
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
}

/** A form with more labels than the sheet has columns: its id column (C) is where the reader sees the form's third label. */
function wideFormPlan(sheet: FakeSheet) {
  const block = (n: number, action: string, owner: string, due: string, rag: string): CellValue[][] => [
    [`Action ${n}`, action], ['Owner', owner], ['Supported by', 'EDI lead'], ['By when', due], ['Measure of success', 'Fewer cases'], ['RAG', rag], [],
  ];
  sheet.setValues([
    ['Fernhollow Community Health NHS Trust – WDES action plan 2021/22'],
    [],
    ...block(1, 'Run a disability declaration campaign in every locality', 'Head of Workforce Information', 'March 2022', 'Green'),
    ...block(2, 'Guarantee an interview to disabled applicants', 'Head of Recruitment', 'December 2021', 'Amber'),
    ...block(3, 'Publish the disability pay gap', 'Director of People', 'June 2021', 'Red'),
  ] as CellValue[][]);
}

/** A form from the sheet's first row, no title above it: its header is its first action's row. */
function untitledFormPlan(sheet: FakeSheet) {
  sheet.setValues([
    ['Action', 'Publish the WRES data on the intranet'], ['Lead', 'Head of Workforce Information'], ['Deadline', 'August 2024'], ['Status', 'Not started'],
    [],
    ['Action', 'Reciprocal mentoring for the board'], ['Lead', 'Chief People Officer'], ['Deadline', 'March 2025'], ['Status', 'On track'],
    [],
    ['Action', 'Debias the shortlisting for band 8a'], ['Lead', 'Head of Resourcing'], ['Deadline', 'June 2024'], ['Status', 'Complete'],
  ] as CellValue[][]);
}

const PLANS: [string, (sheet: FakeSheet) => void][] = [
  ['an ordinary table', tablePlan],
  ['records of two rows per action', recordsPlan],
  ['a form of label rows per action', formPlan],
  ['a form with more labels than the sheet has columns', wideFormPlan],
  ["a form from the sheet's first row", untitledFormPlan],
];

/** What a user reads of each action and its findings in the pane. */
const readingOf = (r: PlanReport) => ({
  actions: r.actions.map((a) => [a.row, a.ref, a.action, a.lead, a.due.text, a.status, a.rag]),
  issues: r.issues.map((i) => [i.rule, i.row, i.message]),
  headerRows: r.headerRows,
});
/** The sheet's columns in use, as a user sees its width grow (hidden ones too). */
const widthOf = (sheet: FakeSheet) => sheet.usedBounds().right + 1;
/** What the sync service holds of the plan after a push of this check: each action's fields by its id. */
const serverOf = (report: PlanReport): Record<string, PlanFields> => Object.fromEntries(rowsOfReport(report).map((r) => [r.id, r.fields]));

describe('checking a plan again keeps every action\'s id', () => {
  it.each(PLANS)('%s: the second check writes no new column, keeps each id, and gives sync nothing new to push', async (_, plan) => {
    const book = new FakeWorkbook(['Plan']);
    plan(book.activeSheet);
    const adapter = createOfficeAdapter(book.excel);
    const check = async () => (await checkSheet(adapter, { asAt: AS_AT, newId })).report;
    const first = await check();
    expect(first.actions.length).toBe(3);
    expect(first.actions.every((a) => a.id)).toBe(true);
    const width = widthOf(book.activeSheet);
    expect(book.activeSheet.hiddenColumns.size).toBe(1);
    const second = await check();
    expect(widthOf(book.activeSheet)).toBe(width);
    expect(book.activeSheet.hiddenColumns.size).toBe(1);
    expect(second.columns.id).toBe(first.columns.id);
    expect(second.actions.map((a) => [a.row, a.id])).toEqual(first.actions.map((a) => [a.row, a.id]));
    // The id column is the add-in's: the plan reads as it did, with the same findings.
    expect(readingOf(second)).toEqual(readingOf(first));
    // What the Push button would send after the second check, the first one's pushed: nothing.
    expect(diffRows(rowsOfReport(second), serverOf(first))).toEqual([]);
  });
});

/** Every cell's look in the plan's own columns (A–F: the id column after them is the add-in's). */
function looksOf(sheet: FakeSheet) {
  const { bottom } = sheet.usedBounds();
  return Array.from({ length: bottom + 1 }, (_, r) => Array.from({ length: 6 }, (_, c) => {
    const cell = sheet.peek(r, c);
    return `${cell?.fill ?? '-'}/${cell?.font && cell.font !== '#000000' ? cell.font : '-'}`;
  }));
}

describe("colouring a plan again keeps each cell's own look by the same ids", () => {
  it.each(PLANS)('%s: after two Validate & colour, the kept looks name only the sheet\'s ids and Clear colours gives every look back', async (_, plan) => {
    const book = new FakeWorkbook(['Plan']);
    plan(book.activeSheet);
    // The authors' own looks: a grey fill on each action's status (a form's 'RAG' row), a highlighted cell of the first action.
    const first = await checkSheet(createOfficeAdapter(book.excel), { asAt: AS_AT, newId });
    const plain = looksOf(book.activeSheet);
    for (const a of first.report.actions) {
      const rag = ragCellOf(a, first.report, 'status')!;
      book.activeSheet.cell(rag.row - 1, rag.column!.charCodeAt(0) - 65).fill = '#F2F2F2';
    }
    book.activeSheet.cell(first.report.actions[0].row - 1, 1).fill = '#FFFF00';
    const authors = looksOf(book.activeSheet);
    expect(authors).not.toEqual(plain);
    for (const mode of ['status', 'row', 'status'] as const) {
      const { report, grid } = await checkSheet(createOfficeAdapter(book.excel), { asAt: AS_AT, newId });
      expect(report.actions.map((a) => a.id)).toEqual(first.report.actions.map((a) => a.id));
      await colourPlan(createOfficeAdapter(book.excel), report, grid, mode);
    }
    expect(looksOf(book.activeSheet)).not.toEqual(authors); // the add-in coloured it
    const kept = JSON.stringify(book.settings.get(`equalityPlans.${COLOURS_KEY}`));
    for (const a of first.report.actions) expect(kept).toContain(a.id);
    const ids = new Set(first.report.actions.map((a) => a.id));
    expect([...kept.matchAll(/"(id\d+)"/g)].map((m) => m[1]).filter((id) => !ids.has(id))).toEqual([]);
    expect(await clearColours(createOfficeAdapter(book.excel))).toBeGreaterThan(0);
    expect(looksOf(book.activeSheet)).toEqual(authors);
  });
});
