// holdout80-wres-2021-22-fernhollow: acute trust keeping its WRES AND WDES plans in ONE workbook on separate tabs ('WRES 2021-22',
// 'WDES 2021-22') in the same layout, plus a 'Lists' tab for the status drop-down; an 'Issue' column of findings (context); uncoloured status.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Fernhollow Teaching Hospitals NHS Foundation Trust';
  const W = [10, 38, 54, 28, 12, 13];
  const HDR = ['Indicator', 'Issue', 'Action', 'Lead', 'By when', 'Status'];
  const font = { name: 'Calibri', size: 10 };
  const pws = book.wb.addWorksheet('WRES 2021-22', { properties: { tabColor: { argb: C.purple } } });
  const dws = book.wb.addWorksheet('WDES 2021-22', { properties: { tabColor: { argb: C.teal } } });
  const ls = book.wb.addWorksheet('Lists');
  const p = new Plan(book, { ws: pws, name: 'holdout80-wres-2021-22-fernhollow', sheet: 'WRES 2021-22', standard: 'WRES', period: '2021-22', trust, widths: W, font });
  p.line([trust], { merge: ['A', 'F'], style: { bold: true, font: { size: 14 } } });
  p.line(['Workforce Race Equality Standard – action plan 2021-22 (WDES plan on the next tab)'], { merge: ['A', 'F'], style: { bold: true, color: C.purple } });
  p.header(HDR, { style: { fill: C.lilac } });
  const rows = [
    ['2', 'White shortlisted applicants 1.71 times more likely to be appointed.', 'Introduce diverse interview panels for every post at band 8a and above, with a trained inclusion ambassador on each.', 'Head of Resourcing', 'Oct 2021', 'Complete'],
    ['2', '', 'Publish a recruitment guarantee: every internal BME applicant not appointed at band 6+ gets written feedback within ten days.', 'Head of Resourcing', 'Dec 2021', 'In progress'],
    ['3', 'BME staff 1.9 times more likely to enter formal disciplinary.', 'Apply the "just and learning culture" triage panel to every case before formal action, and report outcomes by ethnicity.', 'Deputy Chief People Officer', 'Sep 2021', 'Complete'],
    ['5', '33.8% of BME staff report abuse from patients (white 26.1%).', 'Run a zero-tolerance campaign on racist abuse in ED and outpatients, with posters and scripts for reception staff.', 'Head of Security & Patient Safety', 'Jan 2022', 'In progress'],
    ['6', '', 'Launch a "Call it out" workshop for ward sisters and charge nurses on handling racism between colleagues.', 'Head of Organisational Development', 'Mar 2022', 'Not started'],
    ['7', 'Only 41% of BME staff believe progression is fair.', 'Run a second cohort of the "Ready Now" band 6 to 7 programme for 20 BME nurses and AHPs.', 'Associate Director of Nursing – Education', 'Mar 2022', 'In progress'],
    ['8', '', 'Train 40 Freedom to Speak Up champions from BME staff and put one in every clinical division.', 'Freedom to Speak Up Guardian', 'Feb 2022', 'In progress'],
    ['9', 'Board is 7% BME against 28% workforce.', 'Invite BME Staff Network members to shadow non-executive directors at Board and committees for a year.', 'Trust Secretary', 'Mar 2022', 'Not started'],
  ];
  const first = p.r + 1;
  for (const r of rows) { const [ind, iss, act, lead, by, st] = r; p.action(r, { indicators: [ind], action: act, lead, due: by, status: st, rag: null }, { styles: [{ alignment: { horizontal: 'center' } }, { italic: true, color: 'FF595959' }] }); }
  for (let r = first; r <= p.r; r++) p.ws.getCell(`F${r}`).dataValidation = { type: 'list', allowBlank: true, formulae: ['Lists!$A$2:$A$5'] };
  p.ws.views = [{ state: 'frozen', ySplit: 3 }];
  // WDES tab: same layout, own actions (not the gold)
  W.forEach((w, i) => { dws.getColumn(i + 1).width = w; });
  dws.mergeCells('A1:F1'); dws.getCell('A1').value = trust; dws.getCell('A1').font = { ...font, bold: true, size: 14 };
  dws.mergeCells('A2:F2'); dws.getCell('A2').value = 'Workforce Disability Equality Standard – action plan 2021-22'; dws.getCell('A2').font = { ...font, bold: true, color: { argb: C.teal } };
  dws.getRow(3).values = ['Metric', ...HDR.slice(1)]; dws.getRow(3).font = { ...font, bold: true };
  [['1', '18% of staff have not declared.', 'Run a declaration drive in estates and facilities with paper forms for staff without ESR access.', 'Workforce Information Manager', 'Nov 2021', 'Complete'],
    ['4a', '', 'Add disability hate incidents to the violence and aggression dashboard.', 'Head of Security & Patient Safety', 'Jan 2022', 'In progress'],
    ['7', 'Disabled staff feel less valued (32% v 45%).', 'Hold a disability history month event led by the Ability Network.', 'Head of Equality, Diversity & Inclusion', 'Dec 2021', 'Complete'],
    ['8', '', 'Introduce a reasonable-adjustments passport that follows staff between divisions.', 'Health & Wellbeing Lead', 'Mar 2022', 'In progress'],
    ['9b', '', 'Give the Ability Network a seat on the People Committee.', 'Chief People Officer', 'Oct 2021', 'Complete']]
    .forEach((r, i) => { const row = dws.getRow(4 + i); row.values = r; row.font = font; row.alignment = { wrapText: true, vertical: 'top' }; });
  ls.getCell('A1').value = 'Status'; ['Not started', 'In progress', 'Complete', 'Withdrawn'].forEach((s, i) => { ls.getCell(`A${2 + i}`).value = s; });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute teaching trust) whose WRES AND WDES plans share one workbook: tabs 'WRES 2021-22', 'WDES 2021-22' and 'Lists'. The gold covers the 'WRES 2021-22' tab only – the file, the standard and the identity are the WRES plan's; the WDES tab (same layout, header 'Metric | Issue | …', five disability actions) is a separate plan and is not read, and 'Lists' holds the drop-down values. WRES tab: trust name (row 1, merged), a purple subtitle naming the standard and year and pointing to the WDES tab (row 2), the lilac header 'Indicator | Issue | Action | Lead | By when | Status' (row 3, frozen) and eight actions without refs. Judgement calls: the Issue column is the finding from the 2021 data (context: never an action, outcome or progress); rows with an empty Issue belong to the indicator written on them, not the row above; status = the drop-down word; no colour anywhere → rag null; dues as typed ('Oct 2021'); theme null.", { notFrom: ['B'], otherSheets: { min: 3, sheets: ['WDES 2021-22', 'Lists'] } });
}
