/**
 * A plan whose status key is kept only in the note on its 'Status' header (holdout17 moorwick's layout), checked in
 * Excel through the Office adapter: the pane reads the note with the cells, colours 'Complete' blue as the note says,
 * says where the key came from, and reads the same key again after colouring — as the CLI and the preview do from the
 * same plan saved as .xlsx.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { colourPlan } from '../../addin/colour/colour-plan';
import { RAG_PALETTE } from '../../addin/colour/palette';
import { createOfficeAdapter } from '../../addin/excel/office-adapter';
import { gridOfSheet } from '../../addin/preview/grid-of-sheet';
import { loadSheets } from '../../addin/preview/load-sheets';
import { checkSheet } from '../../addin/taskpane/check-sheet';
import { checkPlan } from '../../shared/check-plan';
import { describeKeySource } from '../../shared/rag';
import type { CellValue } from '../../shared/types';
import { readWorkbook } from '../../shared/xlsx';
import { FakeWorkbook } from '../support/fake-excel';

const AS_AT = new Date(Date.UTC(2024, 9, 15));

const PLAN: CellValue[][] = [
  ['Fellbrook Partnership NHS Foundation Trust — WDES action plan 2024/25'],
  ['Ref', 'Metric', 'Action', 'Due by', 'Status'],
  ['F1', 'M1', 'Add a disability question to the annual "check your details" form.', '31/07/2024', 'Complete'],
  ['F2', 'M2', 'Offer every disabled applicant the interview questions in advance.', '31/03/2025', 'On track'],
  ['F3', 'M4a', 'Record disability in every debrief after an assault by a service user.', '31/03/2025', 'Some slippage'],
  ['F4', 'M5', 'Run a career coaching offer for disabled staff at Bands 3–6.', '31/03/2025', 'Not due'],
];
/** The note on E2 as Excel gives its text: the author's line, a title line, then one status a line. */
const KEY_NOTE = 'EDI Team:\nStatus key\nComplete – blue\nOn track – green\nSome slippage – amber\nSignificant slippage – red\nNot due – no rating yet';
const GUIDANCE = 'EDI Team:\nAgreed completion date. Revised dates are given in the update.';

function book() {
  const b = new FakeWorkbook(['Plan']);
  b.activeSheet.setValues(PLAN);
  b.activeSheet.notes.set('1,4', KEY_NOTE);
  b.activeSheet.notes.set('1,3', GUIDANCE);
  return b;
}

const ragsOf = (report: ReturnType<typeof checkPlan>) => report.actions.map((a) => [a.status, a.rag]);
const EXPECTED = [['Complete', 'blue'], ['On track', 'green'], ['Some slippage', 'amber'], ['Not due', null]];

describe('a status key kept only in the note on the status header, in the pane', () => {
  it("colours 'Complete' blue as the note says, says the key came from the note on E2, and reads it again after colouring", async () => {
    const b = book();
    const adapter = createOfficeAdapter(b.excel, { supports: b.supports });
    const { report, grid } = await checkSheet(adapter, { asAt: AS_AT });
    expect(ragsOf(report)).toEqual(EXPECTED);
    // What the Settings tab shows after "Key read from".
    expect(describeKeySource(report.ragKey)).toBe("the note on E2 ('Complete – blue / On track – green / Some slippage – amber / …')");

    await colourPlan(adapter, report, grid, 'status');
    expect(b.activeSheet.peek(2, 4)?.fill).toBe(RAG_PALETTE.blue.fill);
    expect(b.activeSheet.peek(3, 4)?.fill).toBe(RAG_PALETTE.green.fill);
    const again = await checkSheet(adapter, { asAt: AS_AT });
    expect(ragsOf(again.report)).toEqual(EXPECTED);
    expect(again.report.ragKey.note?.cell).toBe('E2');
  });

  it('in an Excel that cannot give the add-in notes, reads the usual words and tells the user a key kept in a note is not read', async () => {
    const b = book();
    b.excelApi = 9;
    const report = checkPlan(await createOfficeAdapter(b.excel, { supports: b.supports }).readGrid(), { asAt: AS_AT });
    expect(report.ragKey.source).toBe('default');
    expect(report.issues.filter((i) => i.rule === 'notes-unread').map((i) => i.message)).toEqual([
      "This Excel cannot give the add-in the cells' notes (that needs ExcelApi 1.18): a lead or status key kept in a note is not read here — check the plan in Excel on the web or a current Excel",
    ]);
  });

  it('reads the same key in Excel, at the .xlsx edge and in the preview', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Plan');
    for (const row of PLAN) ws.addRow(row);
    ws.getCell('E2').note = KEY_NOTE;
    ws.getCell('D2').note = GUIDANCE;
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const cli = (await readWorkbook(bytes)).sheets[0];
    const preview = gridOfSheet((await loadSheets(bytes.buffer.slice(0) as ArrayBuffer, 'plan.xlsx'))[0]);
    const b = book();
    const excel = await createOfficeAdapter(b.excel, { supports: b.supports }).readGrid();
    for (const grid of [cli, preview, excel]) {
      const report = checkPlan(grid, { asAt: AS_AT });
      expect(ragsOf(report)).toEqual(EXPECTED);
      expect(report.ragKey.note?.cell).toBe('E2');
    }
  });
});
