/**
 * Fields held in cell notes: some trusts keep a field of an action not in a column but in the note on a cell of its
 * row (Excel's yellow note, a comment in older Excel): 'Lead: Head of Resourcing' in the note on the action cell, with no
 * lead column (holdout15 fordingley). A note is read for labelled values as a cell is, only for a field the plan has no
 * place of its own for and the row gave no other way; a remark ('Check with Jo before the board') gives nothing, and an
 * unlabelled note is never a lead. Each plan here is a real .xlsx written with exceljs and read at the .xlsx edge.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { readLabelledValues } from '../../../shared/grid';
import type { CellValue, PlanReport } from '../../../shared/types';
import { readWorkbook } from '../../../shared/xlsx/read-workbook';

type Note = string | { texts: { text: string; font?: { bold?: boolean } }[] };
const AS_AT = new Date(Date.UTC(2022, 0, 15));

/** A workbook of one sheet with `rows` from A1 and a note on each cell named in `notes` ('C4' → text), read back. */
async function workbookWith(rows: CellValue[][], notes: Record<string, Note>) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Plan');
  for (const r of rows) ws.addRow(r);
  for (const [address, note] of Object.entries(notes)) ws.getCell(address).note = note as ExcelJS.Comment;
  return readWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()));
}

async function planWith(rows: CellValue[][], notes: Record<string, Note>): Promise<PlanReport> {
  const { sheets } = await workbookWith(rows, notes);
  return checkPlan(sheets[0], { asAt: AS_AT });
}

/** A note as Excel writes one: the author's name in bold on its own line, then the text. */
const authored = (author: string, text: string): Note => ({ texts: [{ text: `${author}:`, font: { bold: true } }, { text: `\n${text}` }] });

const messages = (report: PlanReport, rule: string) => report.issues.filter((i) => i.rule === rule).map((i) => [i.row, i.message]);

describe('the .xlsx edge reads cell notes', () => {
  it("reads each note's text (a typed note, an authored one in pieces) at its cell, and no list where there is none", async () => {
    const { sheets } = await workbookWith(
      [['Action', 'Due', 'Status'], ['Run listening events.', 'June 2022', 'Draft']],
      { A2: authored('EDI Team', 'Lead: Head of Inclusion'), B2: 'Agreed at the May board', C2: 'Owner: Jo Okafor' },
    );
    expect(sheets[0].notes).toEqual([
      { row: 1, column: 0, text: 'EDI Team:\nLead: Head of Inclusion' },
      { row: 1, column: 1, text: 'Agreed at the May board' },
      { row: 1, column: 2, text: 'Owner: Jo Okafor' },
    ]);
    const plain = await workbookWith([['Action', 'Lead'], ['Run listening events.', 'Head of Inclusion']], {});
    expect(plain.sheets[0].notes).toBeUndefined();
  });
});

describe('a field held in a cell note', () => {
  // No lead or timescale column: each action's lead and timescale are in the note on its number.
  const REF_NOTES = [
    ['Oakhurst Community NHS Trust — WRES action plan 2021/22'],
    ['No.', 'Objective', 'What we will do', 'Progress to date', 'RAG'],
    ['1.1', 'Fair recruitment', 'Put a trained inclusion adviser on every Band 8a+ interview panel.', '14 advisers trained.', 'Green'],
    ['1.2', 'Fair recruitment', 'Publish shortlisting ratios by ethnicity for every division each quarter.', 'Q1 and Q2 published.', 'Amber'],
    ['2.1', 'Safe at work', 'Give every BME colleague reporting abuse a named contact within 48 hours.', 'Not started.', 'Red'],
  ];

  it('reads the lead and timescale from the note on the ref cell, and says where each came from', async () => {
    const report = await planWith(REF_NOTES, {
      A3: 'Lead: Director of Nursing\nDue: March 2022',
      A4: authored('Workforce Team', 'Lead - Head of Workforce Information\nTimeframe: Q4 2021/22'),
    });
    expect(report.actions.map((a) => [a.row, a.lead, a.due.text])).toEqual([
      [3, 'Director of Nursing', 'March 2022'],
      [4, 'Head of Workforce Information', 'Q4 2021/22'],
      [5, '', ''],
    ]);
    expect(report.actions[0].due).toMatchObject({ end: '2022-03-31', parsed: true });
    expect(report.actions[0].sources.lead).toEqual({ kind: 'note', cell: 'A3', why: "Lead: from the note on A3 ('Lead: Director of Nursing')" });
    expect(report.actions[0].sources.due).toEqual({ kind: 'note', cell: 'A3', why: "Timescale: from the note on A3 ('Due: March 2022')" });
    expect(report.actions[1].sources.lead?.why).toBe("Lead: from the note on A4 ('Lead - Head of Workforce Information')");
    expect(report.actions[2].sources.lead).toBeUndefined();
    // The user is told the board sees no lead column, and which action names none.
    expect(messages(report, 'lead-missing')).toEqual([
      [5, 'Row 5: no lead named for this action'],
      [null, `The plan has no Lead column: 2 of 3 leads were written in the notes on the actions' cells — add a "Lead" column`],
    ]);
    expect(report.columnEvidence.find((e) => e.field === 'lead')?.reason).toBe("Lead: from the notes on the actions' cells (the plan has no lead column) — 2 of 3 actions; A3 ('Lead: Director of Nursing')");
    expect(report.columnQuestions.map((q) => q.field)).not.toContain('lead');
  });

  it("reads the action cell's note before the others on the row, and a note on any cell of the row", async () => {
    const report = await planWith(REF_NOTES.slice(0, 4), {
      A3: 'Lead: Head of HR',
      C3: 'Lead: Chief People Officer',
      D4: 'Owner: Recruitment Manager',
    });
    expect(report.actions.map((a) => [a.lead, a.sources.lead?.cell])).toEqual([
      ['Chief People Officer', 'C3'],
      ['Recruitment Manager', 'D4'],
    ]);
  });

  it("keeps a column's value: a lead column wins over a note, an empty lead cell stays a missing lead, and a note still gives what has no column", async () => {
    const report = await planWith(
      [
        ['WDES action plan 2021/22'],
        ['Metric', 'Action', 'Lead', 'Status'],
        ['M1', 'Run a "Count me in" declaration campaign with the Disability Network.', 'Head of Workforce Information', 'On track'],
        ['M4a', 'Introduce a reporting route for abuse of disabled staff by patients.', null, 'At risk'],
        ['M8', 'Launch a reasonable adjustments passport.', 'Health and Wellbeing Lead', 'Complete'],
      ],
      {
        B3: 'Lead: Disability Network Chair\nDue: November 2021',
        B4: 'Lead: Head of Security',
        C5: 'Owner: Director of People',
      },
    );
    expect(report.actions.map((a) => a.lead)).toEqual(['Head of Workforce Information', '', 'Health and Wellbeing Lead']);
    expect(report.actions.map((a) => a.sources.lead?.kind)).toEqual(['column', 'column', 'column']);
    expect(messages(report, 'lead-missing')).toEqual([[4, 'Row 4: no lead named for this action']]);
    // No timescale column: the note's timescale is the action's.
    expect(report.actions[0].due).toMatchObject({ text: 'November 2021', end: '2021-11-30' });
    expect(report.actions[0].sources.due).toEqual({ kind: 'note', cell: 'B3', why: "Timescale: from the note on B3 ('Due: November 2021')" });
  });

  it('keeps a status the row gives in its cells, and a label in a cell over a note', async () => {
    const report = await planWith(
      [
        ['Action', 'Status', 'Update'],
        ['Review exit interviews by ethnicity\nLEAD: Head of OD', 'On track', 'Themes reported to committee.'],
      ],
      { A2: 'Lead: Deputy Director of People\nStatus: Off track', B2: 'RAG: Red' },
    );
    expect(report.actions.map((a) => [a.lead, a.sources.lead?.kind, a.status])).toEqual([['Head of OD', 'label', 'On track']]);
  });

  it('gives no field from a remark or an unlabelled name: an unlabelled note is never a lead', async () => {
    const report = await planWith(REF_NOTES, {
      A3: 'Check with Jo before the board',
      C3: authored('EDI Team', 'Rated amber at the January review – was green in Q2.'),
      A4: 'Updated by KM 03/05',
      C5: 'Head of Resourcing',
      E5: 'Revised date of 31/03/22 requested at People Committee – not yet agreed.',
    });
    expect(report.actions.map((a) => [a.lead, a.due.text, a.status])).toEqual([
      ['', '', 'Green'],
      ['', '', 'Amber'],
      ['', '', 'Red'],
    ]);
    expect(report.actions.every((a) => a.sources.lead === undefined && a.sources.due === undefined)).toBe(true);
    expect(messages(report, 'lead-missing')).toEqual([[null, 'The plan has no Lead column, so no action names who is accountable for it — add a "Lead" column']]);
  });
});

describe('a line that is only a label over a labelled line', () => {
  it("is empty — the author line Excel opens a note with, a 'Comments:' line — while a label over its value still reads", () => {
    expect(readLabelledValues('EDI Team:\nLead: Head of Resourcing\nSupported by: Recruitment team')).toEqual({ lead: 'Head of Resourcing' });
    expect(readLabelledValues('Comments:\nLead: Head of OD\nDue: March 2022')).toEqual({ lead: 'Head of OD', due: 'March 2022' });
    expect(readLabelledValues('LEAD:\nHead of OD')).toEqual({ lead: 'Head of OD' });
  });
});
