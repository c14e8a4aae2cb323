/**
 * Some trusts name the plan only in the sheet's print header or footer (Page Layout > Header & Footer): the trust at the
 * left, the title and year in the centre, a page number at the right, and the grid's header on row 1 with no title row
 * (holdout16 quorndale). A person sees them on every printed page; the reader reads them as one more place the plan
 * names itself, after the cells the sheet shows and before the file's name.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { PlanReport } from '../../../shared/types';
import { readWorkbook } from '../../../shared/xlsx';

const AS_AT = new Date(Date.UTC(2024, 0, 31));

/** A small plan with its header on row 1 (or under `title`), and the print header and footer given as Excel keeps them. */
async function planPrinted(opts: { title?: string; header?: string; footer?: string; sheet?: string }): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(opts.sheet ?? 'Action plan');
  if (opts.title) ws.addRow([opts.title]);
  ws.addRow(['Metric', 'Action', 'Lead', 'Due', 'Status']);
  ws.addRow(['M4a', 'Run a disability declaration campaign across every site.', 'Head of Inclusion', 'Sep 2024', 'On track']);
  ws.addRow(['M9a', 'Set up a staff disability network with protected time.', 'Director of People', 'Dec 2024', 'Complete']);
  ws.addRow(['M5', 'Give every manager training in reasonable adjustments.', 'Head of OD', 'Mar 2025', 'Not started']);
  if (opts.header) ws.headerFooter.oddHeader = opts.header;
  if (opts.footer) ws.headerFooter.oddFooter = opts.footer;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function check(bytes: Buffer, fileName?: string): Promise<PlanReport> {
  const { sheets, properties } = await readWorkbook(bytes);
  return checkPlan(sheets[0], { asAt: AS_AT, workbook: { fileName, sheetNames: sheets.map((s) => s.sheetName), properties } });
}

describe('who the plan is, from its print header and footer', () => {
  it('reads the trust from the left of the print header and the period from its centre, the page number left out', async () => {
    const report = await check(await planPrinted({ header: '&L&"Arial,Bold"&11Brackwell Mental Health NHS Trust&C&"Arial,Bold"&14WDES action plan 2023/24&R&9Page &P of &N' }));
    expect(report.identity.trust).toEqual({ value: 'Brackwell Mental Health NHS Trust', source: 'the print header' });
    expect(report.identity.period).toEqual({ value: '2023-24', source: 'the print header' });
    // The plan itself is read as ever: its three actions, none of the header's words among them.
    expect(report.actions.map((a) => a.lead)).toEqual(['Head of Inclusion', 'Director of People', 'Head of OD']);
  });

  it('reads the trust from a print footer beside its page number', async () => {
    const report = await check(await planPrinted({ sheet: 'WDES 2022-23', footer: '&L&8Holmbury Hospitals NHS Foundation Trust – page &P of &N&R&8Printed &D &T' }));
    expect(report.identity.trust).toEqual({ value: 'Holmbury Hospitals NHS Foundation Trust', source: 'the print footer' });
    expect(report.identity.period).toEqual({ value: '2022-23', source: `the sheet's name "WDES 2022-23"` });
  });

  it('gives way to a title row the sheet shows when the two disagree', async () => {
    const report = await check(await planPrinted({ title: 'Ashcombe Healthcare NHS Trust – WDES action plan 2024/25', header: '&CFernley Community NHS Trust WDES action plan 2022/23' }));
    expect(report.identity.trust).toEqual({ value: 'Ashcombe Healthcare NHS Trust', source: 'the title rows' });
    expect(report.identity.period).toEqual({ value: '2024-25', source: 'the title rows' });
  });

  it("goes before the file's name", async () => {
    const report = await check(await planPrinted({ header: '&LBrackwell Mental Health NHS Trust&CWDES action plan 2023/24' }), 'Otterbrook NHS Trust WDES 2021-22 copy.xlsx');
    expect(report.identity.trust).toEqual({ value: 'Brackwell Mental Health NHS Trust', source: 'the print header' });
    expect(report.identity.period.value).toBe('2023-24');
  });
});
