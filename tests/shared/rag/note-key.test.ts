/**
 * A status key kept only in a cell's note (Excel's yellow note, shown on hover): the status words are typed unfilled
 * and the only place that says what they mean is the note on the 'Status' header, the title or a 'Key' cell (holdout17
 * moorwick: 'Status key / Complete – blue / … / Not due – no rating yet' on F5). The note is read as a key line in any
 * wording the reader knows; the note on the status header comes first, then any note off the action rows; a key in
 * the cells (a legend, the header's own text) wins over one on hover; guidance in a note is no key. Each plan here is
 * a real .xlsx written with exceljs and read at the .xlsx edge.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { describeKeySource } from '../../../shared/rag';
import type { CellValue, PlanReport } from '../../../shared/types';
import { readWorkbook } from '../../../shared/xlsx/read-workbook';

type Note = string | { texts: { text: string; font?: { bold?: boolean } }[] };
const AS_AT = new Date(Date.UTC(2023, 0, 15));

async function planWith(rows: CellValue[][], notes: Record<string, Note>): Promise<PlanReport> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Plan');
  for (const r of rows) ws.addRow(r);
  for (const [address, note] of Object.entries(notes)) ws.getCell(address).note = note as ExcelJS.Comment;
  const { sheets } = await readWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()));
  return checkPlan(sheets[0], { asAt: AS_AT });
}

/** A note as Excel writes one: the author's name in bold on its own line, then the text. */
const authored = (author: string, text: string): Note => ({ texts: [{ text: `${author}:`, font: { bold: true } }, { text: `\n${text}` }] });

const ragsOf = (report: PlanReport) => report.actions.map((a) => [a.status, a.rag]);

/** An ordinary WDES plan: statuses typed unfilled under 'RAG' (E2), no key in any cell. */
const RAG_PLAN: CellValue[][] = [
  ['Brackenfield Community NHS Trust — WDES action plan 2022/23'],
  ['No.', 'Metric', 'Action', 'Owner', 'RAG', 'Update'],
  ['1', 'Metric 1', 'Run a "Count me in" declaration campaign with the Disability Network.', 'Head of Workforce Information', 'Done', 'Declaration up from 3% to 6%.'],
  ['2', 'Metric 2', 'Check every advert offers the guaranteed interview scheme.', 'Head of Resourcing', 'On track', 'Half of adverts checked.'],
  ['3', 'Metric 4a', 'Give community teams a way to report abuse from patients on Datix.', 'Head of Security', 'At risk', 'Datix form delayed.'],
  ['4', 'Metric 9a', 'Give the Disability Network chair protected time.', 'Chief People Officer', 'Off track', 'Not yet agreed.'],
];

describe('a status key kept only in a note', () => {
  it("reads the key in the note on the RAG header, colours first ('Blue = done; Green = on track …'), and names the note", async () => {
    const report = await planWith(RAG_PLAN, { E2: authored('People Team', 'Blue = done; Green = on track; Amber = at risk; Red = off track') });
    // 'Done' is blue as the note says, not the usual green.
    expect(ragsOf(report)).toEqual([['Done', 'blue'], ['On track', 'green'], ['At risk', 'amber'], ['Off track', 'red']]);
    expect(report.ragKey).toMatchObject({ source: 'note', note: { cell: 'E2', text: 'Blue = done; Green = on track; Amber = at risk; Red = off track' } });
    expect(describeKeySource(report.ragKey)).toBe("the note on E2 ('Blue = done; Green = on track; Amber = at risk; Red = off track')");
    expect(report.issues.filter((i) => i.rule === 'status-not-in-key')).toEqual([]);
  });

  it("reads a key in the note on the title, each status with its colour in brackets under a title line, and says where a status's blank colour came from", async () => {
    const report = await planWith(
      [
        ['Harlowmead Hospitals NHS Trust — WRES action plan 2022/23'],
        ['Ref', 'Indicator', 'What we will do', 'Lead', 'By when', 'Progress'],
        ['H1', '2', 'Put a trained inclusion adviser on every Band 8a+ interview panel.', 'Head of Recruitment', 'Sep 2022', 'Completed'],
        ['H2', '5', 'Publish bullying reports by ethnicity each quarter.', 'FTSU Guardian', 'Mar 2023', 'In progress'],
        ['H3', '7', 'Run reverse mentoring for the executive team.', 'Director of People', 'Jun 2023', 'Delayed'],
        ['H4', '9', 'Set a race equality objective for every executive.', 'Chief Executive', 'Apr 2023', 'Not started'],
      ],
      { A1: 'Key to the Progress column\nCompleted (blue)\nIn progress (green)\nDelayed (amber)\nNot started (grey)' },
    );
    expect(ragsOf(report)).toEqual([['Completed', 'blue'], ['In progress', 'green'], ['Delayed', 'amber'], ['Not started', null]]);
    expect(describeKeySource(report.ragKey)).toBe("the note on A1 ('Completed (blue) / In progress (green) / Delayed (amber) / Not started (grey)')");
    // The blank is the plan's own choice, and the user is told which note made it.
    expect(report.actions[3].statusRagWhy).toBe("Status 'Not started' has no colour: the note on A1 ('Completed (blue) / In progress (green) / Delayed (amber) / Not started (grey)') names it with no colour");
  });

  it("reads moorwick's layout: an author line, a title line, dashes and 'no rating yet', beside a guidance note on another header", async () => {
    const report = await planWith(
      [
        ['Moorland Partnership NHS Foundation Trust'],
        ['WDES action plan 2023/24. Hover over a column heading for guidance.'],
        ['Ref', 'Metric', 'Action', 'Lead', 'Due by', 'Status'],
        ['M1', 'M1', 'Add a disability question to the new starter form.', 'Workforce Systems Lead', '31/07/2023', 'Complete'],
        ['M2', 'M3', 'Require an occupational health report before any capability hearing.', 'Head of Employee Relations', '31/12/2023', 'On track'],
        ['M3', 'M4b', 'Publish disability-related bullying concerns each quarter.', 'FTSU Guardian', '31/10/2023', 'Significant slippage'],
        ['M4', 'M5', 'Run a career coaching offer for disabled staff at Bands 3–6.', 'Head of OD', '31/03/2024', 'Not due'],
      ],
      {
        E3: authored('EDI Team', 'Agreed completion date. Revised dates are given in the update.'),
        F3: authored('EDI Team', 'Status key\nComplete – blue\nOn track – green\nSome slippage – amber\nSignificant slippage – red\nNot due – no rating yet'),
      },
    );
    expect(ragsOf(report)).toEqual([['Complete', 'blue'], ['On track', 'green'], ['Significant slippage', 'red'], ['Not due', null]]);
    expect(report.ragKey.note).toEqual({ cell: 'F3', text: 'Complete – blue / On track – green / Some slippage – amber / …' });
  });

  it('takes the note on the status header over a key in another note', async () => {
    const report = await planWith(RAG_PLAN, {
      A1: 'Key: Done = green, On track = green, At risk = amber, Off track = red',
      E2: 'Done (blue) · On track (green) · At risk (amber) · Off track (red)',
    });
    expect(report.ragKey.note?.cell).toBe('E2');
    expect(ragsOf(report)[0]).toEqual(['Done', 'blue']);
  });
});

describe('what is no key kept in a note', () => {
  it('guidance in a note on the status header gives no key: the usual words colour the plan, and the user is told so', async () => {
    const report = await planWith(RAG_PLAN, {
      E2: authored('People Team', 'Use the rating agreed at the monthly review. Red means the action is off track.'),
      F2: 'Write what has changed since the last update.',
    });
    expect(report.ragKey.source).toBe('default');
    expect(describeKeySource(report.ragKey)).toBe('assumed: the plan has no key of its own');
  });

  it("a note on an action's own row is about that action, never the plan's key", async () => {
    const report = await planWith(RAG_PLAN, { E3: 'Was Done = blue, On track = green until the audit; now reopened', E4: 'Blue = done; Green = on track; Red = off track' });
    expect(report.ragKey.source).toBe('default');
  });

  it("a key in the sheet's cells wins over one on hover: a key line under the plan, the status header's own text", async () => {
    const note = { E2: 'Blue = done; Green = on track; Amber = at risk; Red = off track' };
    const underPlan = await planWith([...RAG_PLAN, [], ['Key: Done = green; On track = green; At risk = amber; Off track = red']], note);
    expect(underPlan.ragKey.source).toBe('legend');
    expect(ragsOf(underPlan)[0]).toEqual(['Done', 'green']);

    const headed = RAG_PLAN.map((row, i) => (i === 1 ? row.map((h) => (h === 'RAG' ? 'RAG (Green = done, Amber = at risk, Red = off track)' : h)) : row));
    const inHeader = await planWith(headed, note);
    expect(inHeader.ragKey.source).toBe('header');
    expect(ragsOf(inHeader)[0]).toEqual(['Done', 'green']);
  });
});
