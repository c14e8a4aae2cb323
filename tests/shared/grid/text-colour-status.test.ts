import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { readWorkbook } from '../../../shared/xlsx/read-workbook';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * The pattern: a plan with no status column that colours a row's text — the action cell, or the whole row — by its
 * status, as its key says ('Actions are coloured to show progress: blue – complete; …', 'Text colour shows progress:
 * Green = on track …', or a key written in the very colours of the rows). Each action's RAG is the colour it is written
 * in (orange is amber); black, the automatic colour, has none. Its status stays '' — no cell writes one — and its RAG
 * says why. A plan that writes a few words in red for emphasis, or new actions in red, gets no RAGs from their colour.
 */
const AS_AT = new Date(Date.UTC(2021, 9 /* Oct */, 31));
const BLUE = '#0070C0';
const GREEN = '#00B050';
const ORANGE = '#ED7D31';
const AMBER = '#FFC000';
const RED = '#FF0000';
const ARGB = (hex: string) => `FF${hex.slice(1)}`;
const across = (row: number, width: number) => ({ top: row, left: 0, bottom: row, right: width - 1 });

/** A grid as the add-in's Office adapter gives it: one text colour per cell (`fonts`), no coloured pieces of text. */
function withFonts(values: CellValue[][], colourOf: (r: number, c: number) => string | null, merges = [across(0, values[2].length)]): Grid {
  return { values, merges, fonts: values.map((row, r) => row.map((_, c) => colourOf(r, c))) };
}

/**
 * A WDES plan, action first: a plain key line (no colours of its own) says the text colour shows progress; each action
 * cell is written in its colour, one in black. The shape the pane reads, since Office.js gives each cell one colour.
 */
function keyLinePlan(): Grid {
  const colours = [GREEN, AMBER, RED, BLUE, null];
  const values: CellValue[][] = [
    ['Fernhollow Community Health NHS Trust – WDES action plan 2021/22'],
    ['Text colour shows progress: Green = on track, Amber = some delay, Red = off track, Blue = done'],
    ['Action', 'Metric', 'Responsible officer', 'Target date', 'Notes'],
    ['Run a disability declaration campaign in every locality.', 'Metric 1', 'Head of Workforce Information', '31/03/2022', 'Posters printed.'],
    ['Guarantee an interview to disabled applicants who meet the essential criteria.', 'Metric 2', 'Head of Recruitment', '31/12/2021', 'Wording agreed.'],
    ['Train every manager in making reasonable adjustments.', 'Metric 4a', 'Head of Learning', '30/11/2021', 'Trainer left in August.'],
    ['Publish the disability pay gap with the annual report.', 'Metric 9a', 'Director of People', '30/06/2021', 'Published in July.'],
    ['Set up a disabled staff network with protected time.', 'Metric 9b', 'Director of People', '31/03/2022', ''],
  ];
  return withFonts(values, (r, c) => (r >= 3 && c === 0 ? colours[r - 3] : null), [across(0, 5), across(1, 5)]);
}

/** A workbook built with exceljs and read by the .xlsx reader, as the CLI and the preview read it. */
async function readXlsx(build: (ws: ExcelJS.Worksheet) => void): Promise<Grid> {
  const wb = new ExcelJS.Workbook();
  build(wb.addWorksheet('Plan'));
  return (await readWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()))).sheets[0];
}

/**
 * A WRES plan that colours each action's whole row, keyed under the plan by a line of labels each written in its
 * colour ('Key: Completed · On track · Slipping · Off track'), no word saying what the colours are for: the key is
 * written in the rows' very colours, and its labels are statuses. A row left black is one the key gives no meaning.
 */
const wholeRowPlan = () => readXlsx((ws) => {
  const rows: [string, string, string, string, string, string | null][] = [
    ['W1', 'Indicator 1', 'Set a Band 8a+ representation target for every directorate.', 'Deputy Director of HR', 'Mar 2022', GREEN],
    ['W2', 'Indicator 2', 'Add an inclusion panel member to every Band 8a+ interview.', 'Head of Recruitment', 'Sep 2021', BLUE],
    ['W3', 'Indicator 3', 'Review every disciplinary case against the just culture checklist.', 'Head of Employee Relations', 'Dec 2021', ORANGE],
    ['W4', 'Indicators 5 & 6', 'Give every ward manager civility training.', 'Head of OD', 'Jan 2022', RED],
    ['W5', 'Indicator 7', 'Launch reciprocal mentoring with the Board.', 'Chief Executive', 'Mar 2022', null],
  ];
  ws.addRow(['Harrowgate Royal Hospitals NHS Trust – WRES action plan 2021/22']);
  ws.addRow(['Ref', 'Indicator', 'Action', 'Lead', 'Deadline']);
  for (const [i, row] of rows.entries()) {
    ws.addRow(row.slice(0, 5));
    const colour = row[5];
    if (colour) for (let c = 1; c <= 5; c++) ws.getCell(i + 3, c).font = { color: { argb: ARGB(colour) } };
  }
  ws.addRow([]);
  const run = (text: string, colour?: string) => ({ text, font: colour ? { bold: true, color: { argb: ARGB(colour) } } : {} });
  ws.addRow([{ richText: [run('Key: '), run('Completed', BLUE), run(' · '), run('On track', GREEN), run(' · '), run('Slipping', ORANGE), run(' · '), run('Off track', RED)] }]);
});

describe("a plan whose action text is coloured by its status, as its key says", () => {
  it('reads each action cell\'s text colour as its RAG under a plain key line, as the pane reads it (one colour per cell)', () => {
    const report = checkPlan(keyLinePlan(), { asAt: AS_AT });
    expect(report.actions.map((a) => [a.status, a.statusRag])).toEqual([['', 'green'], ['', 'amber'], ['', 'red'], ['', 'blue'], ['', null]]);
    expect(report.actions[1].statusRagWhy).toBe('RAG: amber, the colour action A5 is written in (amber = some delay in the key on A2)');
    expect(report.actions[4].statusRagWhy).toMatch(/^No RAG: action A8 is written in black, the automatic text colour/);
    // The key gives blue to 'done': that action is complete, not overdue, though its date has passed.
    expect(report.actions[3].overdue).toBe(false);
    // The status's evidence says what was used; the pane does not ask which column holds the status.
    expect(report.columnEvidence.find((e) => e.field === 'status')?.reason).toMatch(/^Status: no column states it — each action's text colour is its status, as the key on A2 says \('Text colour shows progress/);
    expect(report.columnQuestions.map((q) => q.field)).not.toContain('status');
  });

  it('reads a whole row written in its colour, keyed by labels written in the same colours (the .xlsx reader)', async () => {
    const report = checkPlan(await wholeRowPlan(), { asAt: AS_AT });
    expect(report.actions.map((a) => a.statusRag)).toEqual(['green', 'blue', 'amber', 'red', null]);
    expect(report.actions.every((a) => a.status === '')).toBe(true);
    expect(report.actions[2].statusRagWhy).toBe('RAG: amber, the colour action C5 is written in (orange = Slipping in the key on A9)');
    expect(report.actions[4].statusRagWhy).toBe('No RAG: action C7 is written in black, the automatic text colour (the key on A9 gives black no meaning), which is no RAG colour');
    expect(report.columnEvidence.find((e) => e.field === 'status')?.reason).toMatch(/as the key on A9, written in 4 of the same colours, shows: 4 of 5 actions/);
    // The key under the plan is no action.
    expect(report.actions).toHaveLength(5);
  });
});

describe('text colours that are not statuses', () => {
  it("gives no RAG to a plan that writes its new actions in red for emphasis ('new for this year')", () => {
    const values: CellValue[][] = [
      ['Kestonbury NHS Foundation Trust – WRES action plan 2021/22'],
      ['Actions in red are new for this year.'],
      ['Ref', 'Indicator', 'Action', 'Lead', 'By'],
      ['1', 'Indicator 1', 'Refresh the Band 8a+ talent pool.', 'Head of Talent', 'Mar 2022'],
      ['2', 'Indicator 2', 'New: add an inclusion panel member to every Band 7+ interview.', 'Head of Recruitment', 'Dec 2021'],
      ['3', 'Indicator 5', 'Keep the zero-tolerance campaign running.', 'Chief Nurse', 'Mar 2022'],
      ['4', 'Indicator 7', 'New: start reciprocal mentoring with the Board.', 'Chief Executive', 'Mar 2022'],
    ];
    const report = checkPlan(withFonts(values, (r, c) => (c === 2 && (r === 4 || r === 6) ? RED : null), [across(0, 5), across(1, 5)]), { asAt: AS_AT });
    expect(report.actions.map((a) => a.statusRag)).toEqual([null, null, null, null]);
    expect(report.columnEvidence.find((e) => e.field === 'status')).toBeUndefined();
    expect(report.columnQuestions.map((q) => q.field)).toContain('status');
  });

  it('gives no RAG where a key in the rows\' colours says when an action joined, not how far it has got', () => {
    const values: CellValue[][] = [
      ['Kestonbury NHS Foundation Trust – WRES action plan 2021/22'],
      ['Blue = carried forward from 2020/21; Red = new for this year'],
      ['Ref', 'Indicator', 'Action', 'Lead', 'By'],
      ['1', 'Indicator 1', 'Refresh the Band 8a+ talent pool.', 'Head of Talent', 'Mar 2022'],
      ['2', 'Indicator 2', 'Add an inclusion panel member to every Band 7+ interview.', 'Head of Recruitment', 'Dec 2021'],
      ['3', 'Indicator 5', 'Keep the zero-tolerance campaign running.', 'Chief Nurse', 'Mar 2022'],
      ['4', 'Indicator 7', 'Start reciprocal mentoring with the Board.', 'Chief Executive', 'Mar 2022'],
    ];
    const grid = withFonts(values, (r, c) => (c === 2 && r >= 3 ? (r % 2 ? BLUE : RED) : null), [across(0, 5), across(1, 5)]);
    grid.textRuns = [{ row: 1, column: 0, runs: [{ text: 'Blue = carried forward from 2020/21', colour: BLUE }, { text: '; ', colour: null }, { text: 'Red = new for this year', colour: RED }] }];
    const report = checkPlan(grid, { asAt: AS_AT });
    expect(report.actions.map((a) => a.statusRag)).toEqual([null, null, null, null]);
    expect(report.columnEvidence.find((e) => e.field === 'status')).toBeUndefined();
  });

  it('reads a status column as before, whatever colour the action text is written in', () => {
    const plan = keyLinePlan();
    plan.values[2].push('Status');
    ['In progress', 'In progress', 'Not started', 'Complete', 'Not started'].forEach((s, i) => plan.values[3 + i].push(s));
    plan.fonts!.forEach((row) => row.push(null));
    const report = checkPlan(plan, { asAt: AS_AT });
    expect(report.actions.map((a) => a.status)).toEqual(['In progress', 'In progress', 'Not started', 'Complete', 'Not started']);
    expect(report.actions.every((a) => !/written in/.test(a.statusRagWhy ?? ''))).toBe(true);
  });
});

describe('the keys such plans write', () => {
  it("reads 'blue – complete; … orange – at risk; … black – not yet started': orange is amber, black no colour", async () => {
    const { readColourPairs } = await import('../../../shared/rag/read-colour-pairs');
    const { entries } = readColourPairs('Actions are coloured to show progress: blue – complete; green – on track; orange – at risk; red – off track; black – not yet started.');
    expect(entries.map((e) => [e.label, e.rag])).toEqual([['complete', 'blue'], ['on track', 'green'], ['at risk', 'amber'], ['off track', 'red'], ['not yet started', null]]);
    // One colour beside a word naming none is no key ('black' in a sentence).
    expect(readColourPairs('Red – the black cab is not ours').entries.map((e) => e.rag)).toEqual(['red']);
  });
});
