// holdout93-wdes-2025-26-roxhythe: community and learning disability trust, the WDES plan as pasted out of the Board report's Word
// table: a block of 'what the data tells us' bullet lines above the table, 'Metric | Action | Lead | Date | RAG | Progress to date',
// metric codes 'M4a / M4b', dates typed as words, the RAG cell COLOURED WITH NO WORD, one action with two bullet lines in its cell,
// and a swatch key under the table.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Roxhythe Community Health and Learning Disability NHS Trust';
  const p = new Plan(book, { name: 'holdout93-wdes-2025-26-roxhythe', sheet: 'WDES plan', standard: 'WDES', period: '2025-26', trust, widths: [11, 58, 26, 15, 7, 46], font: { name: 'Calibri', size: 11 } });
  p.line([trust], { merge: ['A', 'F'], style: { bold: true, font: { size: 14 } } });
  p.line(['Workforce Disability Equality Standard: Action Plan 2025-26 (Appendix B to the WDES report)'], { merge: ['A', 'F'], style: { bold: true } });
  p.blank();
  p.line(['What our 2025 WDES data tells us'], { style: { bold: true, color: C.nhs } });
  p.line(['•  Only 3.8% of staff have told us on ESR that they are disabled, but 19% say so in the staff survey (M1).'], { merge: ['A', 'F'] });
  p.line(['•  Disabled applicants were less likely to be appointed after shortlisting (relative likelihood 1.27) (M2).'], { merge: ['A', 'F'] });
  p.line(['•  Disabled staff report more harassment from patients and from managers, and fewer report it (M4a, M4b).'], { merge: ['A', 'F'] });
  p.line(['•  The engagement gap has narrowed to 0.3 (M9a).'], { merge: ['A', 'F'] });
  p.blank();
  p.header(['Metric', 'Action', 'Lead', 'Date', 'RAG', 'Progress to date'], { style: { fill: C.nhs, color: C.white } });
  const F = { blue: C.blue, green: C.green, amber: C.amber, red: C.red };
  const rows = [
    ['M1', 'Run a declaration week in each locality with the Disabled Staff Forum, explaining how the data is used.', 'Workforce Systems Lead', 'Sept 2025', 'blue', 'Held in all four localities; ESR declaration now 5.1%.'],
    ['M2', 'Offer a guaranteed interview to disabled applicants who meet the essential criteria, and record adjustments requested at interview.', 'Recruitment Manager', 'by end of Q2', 'green', 'Guaranteed interview live on TRAC; adjustments recorded from October.'],
    ['M3', 'Audit the last two years of capability cases for disabled staff with the Disabled Staff Forum, and change the policy where the audit finds gaps.', 'Employee Relations Lead', 'December 2025', 'amber', 'Audit done; policy wording with staff side.'],
    ['M4a / M4b', '• Give support workers in our learning disability homes training on responding to abuse from people they support.\n• Add a “tell us how it went” follow-up for every incident report made by a disabled colleague.', 'Head of Learning Disability Services', 'March 2026', 'amber', 'Training for 140 of 300 support workers; follow-up template drafted.'],
    ['M5', 'Open the Rising Leaders programme to disabled staff at Bands 4 to 6 with an adjusted application process.', 'Leadership & OD Lead', 'January 2026', 'green', 'Five disabled staff on the January cohort.'],
    ['M6', 'Brief line managers on presenteeism and on using phased returns and adjusted duties.', 'Head of Health & Wellbeing', 'Quarterly', 'green', 'Two manager briefings held.'],
    ['M7', 'Bring in a reasonable adjustments passport and a named contact in HR for adjustments over £500.', 'Head of HR Operations', 'November 2025', 'red', 'Delayed by the HR restructure; new date to be agreed.'],
    ['M9a', 'Hold a joint Disabled Staff Forum and executive team meeting twice a year.', 'Director of People', 'Oct 2025 / Mar 2026', 'green', 'First meeting held 14 October.'],
  ];
  for (const [m, act, lead, dt, col, prog] of rows) {
    const inds = m.match(/\d+[ab]?/g);
    p.action([m, act, lead, dt, '', prog], { indicators: inds, action: act, lead, due: dt, status: '', rag: col, progress: prog }, { styles: [{ bold: true }, {}, {}, {}, { fill: F[col] }, {}] });
  }
  p.blank();
  p.line(['Key:', 'Complete', 'On track', 'Some delay', 'Off track'], { styles: [{ bold: true }, { fill: C.blue, color: C.white }, { fill: C.green }, { fill: C.amber }, { fill: C.red, color: C.white }] });
  p.ws.pageSetup = { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '10:10' };
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional community and learning disability trust), pasted from the Board report's Word table. Sheet 'WDES plan': trust name, title (Appendix B), a blank row, a bold 'What our 2025 WDES data tells us' line and four bullet lines of findings that name metrics (M1, M2, M4a, M4b, M9a – findings, not actions), a blank row, the blue header 'Metric | Action | Lead | Date | RAG | Progress to date' (row 10), eight actions, a blank row and a SWATCH KEY row ('Key:' then Complete on blue, On track on green, Some delay on amber, Off track on red – a key, not an action, and its words are no statuses). Judgement calls: indicators from the Metric codes ('M4a / M4b' → 4a and 4b; 'M9a' → 9a); the fourth action's cell holds TWO bullet lines – kept whole as one action (one row, one lead, one date, one RAG); lead = Lead; due = Date exactly as typed ('Sept 2025', 'by end of Q2', 'Quarterly', 'Oct 2025 / Mar 2026'); the RAG cell holds NO WORD, only a fill: status '' and rag from the fill (blue = complete); progress = Progress to date; no ref (the metric code is no ref); theme null. Period 2025-26 as the title states.", { mode: 'fill', ragCol: 5, colourOnly: { col: 'E' }, dataRows: [5, 6, 7, 8], forbidden: ['Complete', 'On track', 'Some delay', 'Off track'] });
}
