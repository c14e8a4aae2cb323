import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { groupIssues } from '../../../shared/report';
import type { PlanReport } from '../../../shared/types';
import { readWorkbook } from '../../../shared/xlsx';

// A workbook written by a program (a report export, a script) can hold formulas it never calculated: the file has
// the formula and no saved value, so the cell reads as empty. The check names each such cell instead of reading
// the plan as if the cell were blank; a formula whose saved result IS empty (=IF(…,"",…) saved by Excel) is fine.

const AS_AT = new Date(Date.UTC(2024, 0, 31));

/** A plan whose status (F) is worked out by formula from % complete (E); `result` is what the file saves, if anything. */
async function planWithStatusFormulas(result: (row: number) => string | undefined): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Plan');
  ws.addRow(['Oakmere NHS Foundation Trust — WRES action plan 2023/24']);
  ws.addRow(['Ref', 'Action', 'Lead', 'Due', '% complete', 'Status']);
  const actions = ['Publish shortlisting data by band', 'Reverse mentoring for executives', 'Audit disciplinary referrals', 'Diverse interview panels'];
  actions.forEach((action, i) => {
    const row = i + 3;
    ws.addRow([String(i + 1), action, 'Head of Resourcing', 'March 2024', i === 0 ? 1 : 0.5]);
    const formula = `IF(E${row}>=1,"Complete",IF(E${row}>0,"In progress",""))`;
    const saved = result(row);
    ws.getCell(`F${row}`).value = saved === undefined ? { formula } : ({ formula, result: saved } as ExcelJS.CellFormulaValue);
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function check(bytes: Buffer): Promise<PlanReport> {
  const { sheets } = await readWorkbook(bytes);
  return checkPlan(sheets[0], { asAt: AS_AT });
}

describe('formulas with no saved result', () => {
  it('warns about each one, by row and column, saying how to fix it, and still reads the plan', async () => {
    // Rows 3 and 5 were calculated; 4 and 6 never were.
    const report = await check(await planWithStatusFormulas((row) => (row === 3 ? 'Complete' : row === 5 ? 'In progress' : undefined)));
    expect(report.actions.map((a) => a.action)).toHaveLength(4);
    expect(report.actions.map((a) => a.status)).toEqual(['Complete', '', 'In progress', '']);
    const found = report.issues.filter((i) => i.rule === 'formula-no-result');
    expect(found.map((i) => `${i.column}${i.row}`)).toEqual(['F4', 'F6']);
    expect(found[0]).toMatchObject({ severity: 'warning' });
    expect(found[0].message).toMatch(/^Row 4, column F: a formula with no saved value \("=IF\(E4>=1,"Complete".*read as empty — open and save the workbook in Excel so its result is stored$/);
  });

  it('groups many of them under one line the pane can fold', async () => {
    const report = await check(await planWithStatusFormulas(() => undefined));
    const group = groupIssues(report.issues).find((g) => g.rule === 'formula-no-result');
    expect(group?.title).toBe('4 formulas with no saved value');
  });

  it('says nothing of formulas whose saved result is empty, as Excel saves them', async () => {
    // Excel writes an empty text result as <v></v>: exceljs reads that like no result, the file says otherwise.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(await planWithStatusFormulas((row) => (row === 3 ? 'Complete' : 'In progress'))).buffer);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const withEmptyResult = await replaceInSheet(bytes, /(<c r="F6"[^>]*><f>[^<]*<\/f>)<v>[^<]*<\/v>/, '$1<v></v>');
    const report = await check(withEmptyResult);
    expect(report.actions[3].status).toBe('');
    expect(report.issues.filter((i) => i.rule === 'formula-no-result')).toEqual([]);
  });
});

/** The workbook with its first sheet's XML edited (to write what Excel writes and exceljs does not). */
async function replaceInSheet(bytes: Buffer, pattern: RegExp, replacement: string): Promise<Buffer> {
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(bytes);
  const path = 'xl/worksheets/sheet1.xml';
  const xml = await zip.file(path)!.async('string');
  expect(xml).toMatch(pattern);
  zip.file(path, xml.replace(pattern, replacement));
  return Buffer.from(await zip.generateAsync({ type: 'uint8array' }));
}
