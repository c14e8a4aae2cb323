// holdout80-wdes-2024-25-drayholme: acute trust whose WDES workbook has the 'Trust plan' first and then ONE SHEET PER DIVISION
// ('Medicine', 'Surgery', 'Women & Children', 'Clinical Support') where each division records its local response to the trust actions
// by trust ref; the gold reads the trust plan. Status words on hand fills; dues as 'Q1'…'Q4' with the year in the title.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Drayholme and Kilnsea Hospitals NHS Trust';
  const font = { name: 'Arial', size: 10 };
  const p = new Plan(book, { name: 'holdout80-wdes-2024-25-drayholme', sheet: 'Trust plan', standard: 'WDES', period: '2024-25', trust, widths: [8, 8, 54, 30, 9, 14, 40], font });
  p.line([trust], { merge: ['A', 'G'], style: { bold: true, font: { size: 14 } } });
  p.line(['WDES 2024-25: trust-wide actions. Each division records its local response on its own tab, quoting the trust ref.'], { merge: ['A', 'G'], style: { italic: true } });
  p.line(['Due = quarter of 2024-25'], { merge: ['A', 'G'], style: { italic: true, color: 'FF7F7F7F' } });
  p.header(['Ref', 'Metric', 'Trust action', 'Corporate lead', 'Due', 'Status', 'Assurance update'], { style: { fill: C.tan } });
  const FILL = { Achieved: C.green, 'On plan': C.lightgreen, Slipping: C.amber, 'Not achieved': C.red };
  const RAG = { Achieved: 'green', 'On plan': 'green', Slipping: 'amber', 'Not achieved': 'red' };
  const rows = [
    ['T1', '1', 'Refresh the disability declaration campaign with divisional targets and a monthly league table.', 'Head of Workforce Systems', 'Q2', 'Achieved', 'Declared rate 7.9% (from 5.6%).'],
    ['T2', '2', 'Make the "Disability Confident" interview guarantee visible on every advert and audit shortlisting monthly.', 'Head of Recruitment', 'Q1', 'Achieved', 'Audits show full compliance since May.'],
    ['T3', '3', 'Add an adjustments checkpoint to the capability policy before stage 1.', 'Head of Employee Relations', 'Q3', 'Slipping', 'Policy at JLNC in February.'],
    ['T4', '4a', 'Extend the violence-prevention training for ward staff to include disability hate crime.', 'Head of Security', 'Q3', 'On plan', ''],
    ['T5', '4b', 'Put a reasonable-adjustments conversation into every probation and appraisal review form.', 'Head of OD', 'Q2', 'On plan', 'Forms changed; uptake being checked.'],
    ['T6', '6', 'Issue guidance to managers on phased returns and disability-related absence triggers.', 'HR Business Partner Lead', 'Q4', 'Not achieved', 'Guidance held up by policy review.'],
    ['T7', '8', 'Create a central adjustments fund and an Access to Work liaison role.', 'Deputy Director of People', 'Q2', 'Achieved', 'Fund of £40k in place; liaison started July.'],
    ['T8', '10', 'Include lived experience of disability in the next two non-executive recruitment briefs.', 'Company Secretary', 'Q4', 'On plan', ''],
  ];
  for (const r of rows) { const [ref, met, act, lead, due, st, up] = r; p.action(r, { ref, indicators: [met], action: act, lead, due, status: st, rag: RAG[st], progress: up }, { styles: [{}, { alignment: { horizontal: 'center' } }, {}, {}, { alignment: { horizontal: 'center' } }, { fill: FILL[st] }, {}] }); }
  p.ws.views = [{ state: 'frozen', ySplit: 4 }];
  const DIV = {
    Medicine: [['T1', 'Ward managers to remind staff at huddles in November and March.', 'Divisional HR Business Partner', 'Nov-24'], ['T4', 'Add disability hate crime scenarios to the elderly care conflict-resolution day.', 'Matron, Elderly Care', 'Dec-24'], ['T6', 'Review all open attendance cases for disability-related absence.', 'Divisional HR Business Partner', 'Jan-25']],
    Surgery: [['T1', 'Theatre leads to hold declaration drop-ins on each shift.', 'Theatre Manager', 'Oct-24'], ['T5', 'Audit 20 appraisals for an adjustments conversation.', 'Divisional Director of Nursing', 'Feb-25']],
    'Women & Children': [['T4', 'Brief midwifery and paediatric teams on reporting disability abuse.', 'Head of Midwifery', 'Sep-24'], ['T7', 'Pilot a quiet room on the maternity unit for neurodivergent staff.', 'Deputy Head of Midwifery', 'Mar-25']],
    'Clinical Support': [['T2', 'Pharmacy and imaging managers to attend Disability Confident shortlisting briefing.', 'Divisional Manager', 'Jul-24'], ['T5', 'Use the adjustments passport in pathology onboarding.', 'Pathology Services Manager', 'Nov-24']],
  };
  for (const [d, rs] of Object.entries(DIV)) {
    const s = book.wb.addWorksheet(d); [10, 56, 32, 10, 30].forEach((w, i) => { s.getColumn(i + 1).width = w; });
    s.getCell('A1').value = `${d} division – local response to the WDES trust plan 2024-25`; s.getCell('A1').font = { ...font, bold: true };
    s.getRow(3).values = ['Trust ref', 'Local response', 'Local lead', 'By', 'Comment']; s.getRow(3).font = { ...font, bold: true };
    rs.forEach((r, i) => { const row = s.getRow(4 + i); row.values = r; row.font = font; row.alignment = { wrapText: true, vertical: 'top' }; });
  }
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional two-site acute trust). Five tabs: 'Trust plan' (the gold sheet) and one tab per division – 'Medicine', 'Surgery', 'Women & Children', 'Clinical Support' – each a short table 'Trust ref | Local response | Local lead | By | Comment' recording how the division will deliver trust actions T1–T8 locally. The workbook presents the trust plan as THE plan (its subtitle says divisions record their responses on their own tabs), so the gold covers 'Trust plan' only; the divisional responses are local delivery notes keyed to trust refs and are not read. 'Trust plan': trust name (row 1), the explanatory subtitle (row 2), 'Due = quarter of 2024-25' (row 3), the tan header 'Ref | Metric | Trust action | Corporate lead | Due | Status | Assurance update' (row 4, frozen) and eight actions T1–T8. Judgement calls: due = the bare quarter as written ('Q2'; the year comes from the line above and is not added); lead = Corporate lead (the divisional local leads lead nothing in this gold); status = the word, rag from its fill (green achieved, light green on plan, amber slipping, red not achieved); progress = Assurance update; metrics 4a / 4b as written; theme null.", { mode: 'fill', ragCol: 'F', otherSheets: { min: 5, sheets: ['Medicine', 'Surgery', 'Women & Children', 'Clinical Support'] } });
}
