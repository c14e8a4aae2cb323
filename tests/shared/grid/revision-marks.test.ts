/**
 * Revision marks: a trust revises its plan in place, striking through the old value and writing the new one beside it
 * in the same cell ('~~30/09/2018~~ 31/12/2018', '~~Head of HR~~ Deputy Director of Workforce', '~~Green~~ Amber').
 * The plan says what the unstruck text says (holdout15 brinscombe); a cell struck through whole is still read (a trust
 * strikes a whole action through to show it done), and the pane's user sees the same value the board paper shows.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { readWorkbook } from '../../../shared/xlsx/read-workbook';

const struck = (text: string) => ({ text, font: { strike: true, color: { argb: 'FF808080' } } });
const added = (text: string) => ({ text, font: { color: { argb: 'FFFF0000' } } });

async function planWith(rows: ExcelJS.CellValue[][]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Plan');
  ws.addRow(['Action', 'Lead', 'Due date', 'Status']);
  for (const r of rows) ws.addRow(r);
  const { sheets } = await readWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()));
  return checkPlan(sheets[0], { asAt: new Date(Date.UTC(2019, 0, 15)) });
}

describe('a value revised in place, the old one struck through', () => {
  it('reads the new lead, date and status, not both', async () => {
    const report = await planWith([
      ['Include a diverse panel member on every interview panel for Band 8a and above.', { richText: [struck('Head of HR'), { text: ' ' }, added('Deputy Director of Workforce')] }, { richText: [struck('30/09/2018'), { text: ' ' }, added('31/12/2018')] }, { richText: [struck('Green'), { text: ' ' }, added('Amber')] }],
      ['Pilot name-blind shortlisting in two divisions.', 'Recruitment Manager', { richText: [added('31/01/2019'), { text: ' ' }, struck('31/10/2018')] }, { richText: [struck('Amber'), added(' Red')] }],
      ['Publish ethnicity by band for each division.', 'Head of Workforce Information', '30/06/2018', 'Green'],
    ]);
    expect(report.actions.map((a) => [a.lead, a.due.text, a.statusRag])).toEqual([
      ['Deputy Director of Workforce', '31/12/2018', 'amber'],
      ['Recruitment Manager', '31/01/2019', 'red'],
      ['Head of Workforce Information', '30/06/2018', 'green'],
    ]);
  });

  it('reads an action reworded in place as its new words, one space where a word was struck', async () => {
    const report = await planWith([
      [{ richText: [{ text: 'Introduce ' }, struck('six-monthly'), { text: ' ' }, added('quarterly'), { text: ' reporting of BME representation at Band 8a+.' }] }, 'Head of Workforce Information', '30/09/2018', 'Green'],
      ['Review the disciplinary policy with the staff networks.', 'Employee Relations Lead', '31/12/2018', 'Amber'],
    ]);
    expect(report.actions[0].action).toBe('Introduce quarterly reporting of BME representation at Band 8a+.');
  });

  it('keeps an action struck through whole: the row is still the plan’s', async () => {
    const report = await planWith([
      [{ richText: [struck('Run a listening event for BME staff in every division.')] }, 'Head of OD', '30/06/2018', 'Complete'],
      ['Review the disciplinary policy with the staff networks.', 'Employee Relations Lead', '31/12/2018', 'Amber'],
    ]);
    expect(report.actions.map((a) => a.action)).toEqual(['Run a listening event for BME staff in every division.', 'Review the disciplinary policy with the staff networks.']);
  });
});
