// holdout80-wdes-2019-20-stonebeck: mental health trust, first WDES year; a 'Dashboard' sheet (trust, 2019 metric figures and COUNTIF
// status counts) before the 'Action Plan' sheet, and a 'Lists' sheet feeding the Status and Lead drop-downs; metrics 4 and 9 without letters;
// real dates dd/mm/yyyy; status words filled by hand (grey = not started).
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Stonebeck Mental Health Partnership NHS Trust';
  const db = book.wb.addWorksheet('Dashboard', { properties: { tabColor: { argb: C.nhs } } });
  [34, 14, 14, 4, 18, 10].forEach((w, i) => { db.getColumn(i + 1).width = w; });
  const f = { name: 'Calibri', size: 11 };
  const put = (addr, v, x = {}) => { const c = db.getCell(addr); c.value = v; c.font = { ...f, ...x }; };
  put('A1', `${trust} – WDES Dashboard 2019`, { bold: true, size: 14 });
  put('A3', 'Metric (2019 data)', { bold: true }); put('B3', 'Disabled', { bold: true }); put('C3', 'Non-disabled', { bold: true });
  [['1. Workforce declared disabled', '2.9%', ''], ['2. Likelihood appointed from shortlisting', '0.88', '1.00'], ['3. Entering capability process', '2.4', '1.00'], ['4. Harassment from patients / public', '38.6%', '27.4%'],
    ['5. Believe career progression is fair', '78.0%', '86.5%'], ['6. Pressure to work when unwell', '31.2%', '21.9%'], ['7. Satisfied work is valued', '38.4%', '49.0%'], ['8. Adequate adjustments', '71.0%', ''], ['9. Staff engagement score', '6.6', '7.1'], ['10. Board members declared', '0%', '']]
    .forEach(([a, b, c], i) => { put(`A${4 + i}`, a); put(`B${4 + i}`, b); put(`C${4 + i}`, c); });
  put('E3', 'Action status', { bold: true }); put('F3', 'Count', { bold: true });
  [['Complete', 2], ['On track', 3], ['Delayed', 2], ['Not started', 2]].forEach(([s, n], i) => { put(`E${4 + i}`, s); db.getCell(`F${4 + i}`).value = { formula: `COUNTIF('Action Plan'!E:E,"${s}")`, result: n }; db.getCell(`F${4 + i}`).font = f; });
  const pws = book.wb.addWorksheet('Action Plan');
  const ls = book.wb.addWorksheet('Lists');
  const p = new Plan(book, { ws: pws, name: 'holdout80-wdes-2019-20-stonebeck', sheet: 'Action Plan', standard: 'WDES', period: '2019-20', trust, widths: [9, 54, 30, 13, 13, 46], font: { name: 'Calibri', size: 10 } });
  p.line(['Workforce Disability Equality Standard – Action Plan 2019-20'], { merge: ['A', 'F'], style: { bold: true, font: { size: 13 }, color: C.nhs }, height: 22 });
  p.line(['Pick Status and Lead from the drop-downs (Lists tab). Counts feed the Dashboard.'], { merge: ['A', 'F'], style: { italic: true, color: 'FF595959' } });
  p.header(['Metric', 'Action', 'Accountable lead', 'Target date', 'Status', 'Update (Jan 2020)'], { style: { fill: C.nhs, color: C.white } });
  const FILL = { Complete: C.green, 'On track': C.lightgreen, Delayed: C.amber, 'Not started': C.grey };
  const RAG = { Complete: 'green', 'On track': 'green', Delayed: 'amber', 'Not started': null };
  const rows = [
    ['1', 'Add a "tell us once" disability question to the staff app so that declaration can be updated without ringing HR.', 'Head of Workforce Information', D(2019, 12, 31), 'Complete', 'Live from 2 December; 61 updates in the first month.'],
    ['2', 'Offer all disabled candidates who meet the essential criteria an interview under Disability Confident, and audit panels quarterly.', 'Recruitment Lead', D(2019, 10, 31), 'Complete', 'Audit of Q3 panels showed 100% compliance.'],
    ['3', 'Check every capability case at the informal stage for whether an adjustment or Occupational Health referral was tried first.', 'Employee Relations Manager', D(2020, 3, 31), 'On track', 'Checklist added to the capability pack.'],
    ['4', 'Give ward managers on acute inpatient wards a debrief protocol after assaults, including on disabled staff.', 'Associate Director of Nursing (Inpatients)', D(2020, 2, 28), 'Delayed', 'Waiting for the violence reduction group to sign off.'],
    ['5', 'Open the clinical leadership shadowing scheme to disabled band 5 and 6 staff with ring-fenced places.', 'Head of Leadership & OD', D(2020, 3, 31), 'On track', ''],
    ['6', 'Brief managers on the difference between disability leave and sickness absence in the attendance policy.', 'HR Business Partner (Community)', D(2020, 1, 31), 'Delayed', 'Policy change went to JNCC in January; briefing to follow.'],
    ['7', 'Set up a Disabled Staff Network with protected time of two hours a month for members.', 'Head of Equality & Inclusion', D(2019, 11, 30), 'On track', 'Network launched; 23 members; chair elected.'],
    ['8', 'Fund a central reasonable-adjustments budget so teams are not charged for equipment.', 'Director of Finance', D(2020, 3, 31), 'Not started', ''],
    ['10', 'Ask Board members to complete a confidential disability declaration at their annual appraisal.', 'Trust Secretary', D(2020, 3, 31), 'Not started', ''],
  ];
  const first = p.r + 1;
  for (const [met, act, lead, dt, st, up] of rows) p.action([met, act, lead, dt, st, up], { indicators: [met], action: act, lead, due: shown(dt, 'dd/mm/yyyy'), status: st, rag: RAG[st], progress: up }, { styles: [{ alignment: { horizontal: 'center' } }, {}, {}, { numFmt: 'dd/mm/yyyy' }, { fill: FILL[st] }, {}] });
  for (let r = first; r <= p.r; r++) { p.ws.getCell(`E${r}`).dataValidation = { type: 'list', allowBlank: true, formulae: ['Lists!$A$2:$A$5'] }; p.ws.getCell(`C${r}`).dataValidation = { type: 'list', allowBlank: true, formulae: ['Lists!$C$2:$C$14'] }; }
  p.ws.views = [{ state: 'frozen', ySplit: 3, xSplit: 1 }];
  ls.getColumn(1).width = 14; ls.getColumn(3).width = 42;
  ls.getCell('A1').value = 'Status'; ls.getCell('C1').value = 'Leads';
  ['Complete', 'On track', 'Delayed', 'Not started'].forEach((s, i) => { ls.getCell(`A${2 + i}`).value = s; });
  ['Associate Director of Nursing (Inpatients)', 'Director of Finance', 'Director of Workforce', 'Employee Relations Manager', 'Head of Equality & Inclusion', 'Head of Leadership & OD', 'Head of Workforce Information', 'HR Business Partner (Community)', 'HR Business Partner (Inpatients)', 'Occupational Health Manager', 'Recruitment Lead', 'Staff Side Chair', 'Trust Secretary'].forEach((s, i) => { ls.getCell(`C${2 + i}`).value = s; });
  ls.getRow(1).font = { bold: true };
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional mental health trust, first WDES year), three sheets in this order: 'Dashboard' (the ONLY place the trust is named: the 2019 figures for metrics 1–10, disabled v non-disabled, and a status-count table whose counts are COUNTIF formulas over the plan's Status column – no actions), 'Action Plan' (the gold sheet) and 'Lists' (the drop-down values: four statuses and thirteen job titles). 'Action Plan': title, an italic how-to line, the NHS-blue header 'Metric | Action | Accountable lead | Target date | Status | Update (Jan 2020)' (row 3, frozen with column A) and nine actions without refs. Target dates are real dates shown dd/mm/yyyy. Judgement calls: identity from the Dashboard title; the metric figures and status counts on the Dashboard are data, not actions; the Lists tab's job titles are drop-down values, not leads – lead = the Accountable lead on each row; metrics 4 and 9 have no letters in 2019-20 and are kept as '4' (there is no 9 action); status = the word, rag from its hand fill (green complete, light green on track, amber delayed, grey not started → null); the 'Jan 2020' in the header is no due; progress = the update cell; theme null.", { mode: 'fill', ragCol: 'E', otherSheets: { min: 3, sheets: ['Dashboard', 'Lists'] } });
}
