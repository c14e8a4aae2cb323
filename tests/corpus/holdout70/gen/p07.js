// holdout70-wdes-2024-25-hexworth: NHS commissioning support unit (own staff: BI analysts, medicines optimisation, IT service desk,
// contract managers), kept as an action log: a 'Depends on' column holding OTHER actions' IDs, closed rows greyed (not moved), a
// 'Last updated' date per row that is no due, and a 'Change log' tab.
import { Book, Plan, C, D } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Hexworth and Wolds Commissioning Support Unit';
  const p = new Plan(book, { name: 'holdout70-wdes-2024-25-hexworth', sheet: 'Action log', standard: 'WDES', period: '2024-25', trust, widths: [11, 10, 50, 11, 28, 11, 17, 13], font: { name: 'Segoe UI', size: 9 } });
  p.line([`${trust} – WDES action log 2024/25`], { merge: ['A', 'H'], style: { bold: true, font: { size: 12 }, color: C.darkblue } });
  p.line(['Covers CSU staff in all service lines (business intelligence, medicines optimisation, IT service desk, contracting, HR & OD). Customer ICBs are not in scope.'], { merge: ['A', 'H'], height: 26 });
  p.blank();
  p.header(['Action ID', 'Metric(s)', 'Action', 'Depends on', 'Owner', 'Target qtr', 'Status', 'Last updated'], { style: { fill: C.darkblue, color: C.white } });
  const rows = [
    ['WD-24-01', '1', 'Run an ESR declaration drive with the Enable Network, including the option to say “prefer not to say”.', '', 'Workforce Information Manager', 'Q1 24/25', 'Closed', D(2024, 7, 15)],
    ['WD-24-02', '2', 'Offer disabled applicants the choice of a video or in-person interview, with questions sent 24 hours ahead for analyst roles.', '', 'Talent Acquisition Lead', 'Q2 24/25', 'Open – on track', D(2024, 11, 4)],
    ['WD-24-03', '3', 'Check every capability case opened in 2023/24 for a disability link and whether adjustments were tried first.', '', 'Senior HR Business Partner', 'Q1 24/25', 'Closed', D(2024, 6, 28)],
    ['WD-24-04', '4a, 4b', 'Add a disability module to the hybrid working manager toolkit, covering camera-off meetings and screen-reader-friendly dashboards.', 'WD-24-01', 'Head of OD', 'Q3 24/25', 'Open – behind', D(2024, 10, 21)],
    ['WD-24-05', '6', 'Test whether disabled staff on the IT service desk are more often called in while unwell, using the 2024 survey free text.', 'WD-24-01', 'People Insight Analyst', 'Q3 24/25', 'Open – on track', D(2024, 11, 4)],
    ['WD-24-06', '5', 'Open the Aspiring Leaders programme to Band 5 staff, with places held for disabled applicants.', '', 'Head of OD', 'Q2 24/25', 'Closed', D(2024, 9, 30)],
    ['WD-24-07', '8', 'Buy adjustment software licences (dictation, screen magnifiers) centrally instead of from team budgets.', 'WD-24-03', 'IT Procurement Manager', 'Q4 24/25', 'Open – behind', D(2024, 9, 30)],
    ['WD-24-08', '9a, 9b', 'Agree terms of reference and a small budget for the CSU Enable Network.', 'WD-24-04', 'Director of Corporate Services', 'Q4 24/25', 'Open – on track', D(2024, 11, 4)],
  ];
  for (const r of rows) {
    const [id, met, act, dep, own, q, st, upd] = r;
    const grey = st === 'Closed' ? { color: 'FF808080' } : {};
    p.action(r, { ref: id, indicators: met.split(', '), action: act, lead: own, due: q, status: st }, { style: grey, styles: [{}, {}, {}, {}, {}, {}, {}, { numFmt: 'dd/mm/yyyy' }] });
  }
  p.blank();
  p.line(['Metric 10 (board) – the CSU has no board of its own; reported through the host organisation.'], { merge: ['A', 'H'], style: { italic: true } });
  const cl = book.wb.addWorksheet('Change log');
  [14, 70, 18].forEach((w, i) => { cl.getColumn(i + 1).width = w; });
  cl.getRow(1).values = ['Date', 'Change', 'By']; cl.getRow(1).font = { name: 'Segoe UI', size: 9, bold: true };
  [['15/07/2024', 'WD-24-01 closed after declaration drive (declaration rate 5.9% → 8.1%).', 'WIM'], ['30/09/2024', 'WD-24-06 closed; WD-24-07 slipped from Q3 to Q4.', 'HoOD'], ['04/11/2024', 'Quarterly review with the Enable Network.', 'HoOD']].forEach((v, i) => { cl.getRow(2 + i).values = v; cl.getRow(2 + i).font = { name: 'Segoe UI', size: 9 }; });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional NHS commissioning support unit, its own staff). Two tabs: 'Action log' (gold) and 'Change log' (dated change notes – not actions). 'Action log': title with the CSU's name, a scope line (service lines in scope; customer ICBs not), a blank row, the navy header 'Action ID | Metric(s) | Action | Depends on | Owner | Target qtr | Status | Last updated' (row 4), eight actions WD-24-01 to WD-24-08 in ID order (the three closed ones left in place, their whole row in grey font), and an italic line on metric 10. Judgement calls: ref = Action ID; the 'Depends on' cell names ANOTHER action's ID – it is never this action's ref or indicator; lead = Owner; due = Target qtr as typed ('Q2 24/25'); 'Last updated' is a real date (dd/mm/yyyy) recording the last edit – never the due or a completion date; status = the word as written ('Closed', 'Open – on track', 'Open – behind'), uncoloured → rag null (the grey font of closed rows is no RAG); indicators from Metric(s) ('4a, 4b', '9a, 9b' → both); theme null; the metric-10 line is not an action.", { notFrom: ['D', 'H'] });
}
