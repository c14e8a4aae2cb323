// holdout59-wres-2023-24-brackmoor: an ICB's own WRES plan (as an employer) under three theme rows; QUARTERS written every way
// ('Q3', 'Q3 23/24', 'Qtr 4', 'Q1 2024/25', 'Q2-Q3', 'Q4 (Jan–Mar 24)'); several leads in one cell; a 'Reports to' committee column.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'NHS Brackmoor and Wyre Integrated Care Board';
  const p = new Plan(book, { name: 'holdout59-wres-2023-24-brackmoor', sheet: 'ICB WRES plan', standard: 'WRES', period: '2023-24', trust, widths: [8, 12, 54, 36, 16, 24, 16], font: { name: 'Arial', size: 10 } });
  p.line([trust], { merge: ['A', 'G'], style: { bold: true, font: { size: 14 } } });
  p.line(['WRES action plan 2023/24 – ICB as an employer (312 staff)'], { merge: ['A', 'G'], style: { bold: true } });
  p.line(['Quarters are financial-year quarters (Q1 = Apr–Jun).'], { merge: ['A', 'G'], style: { italic: true } });
  p.header(['No.', 'Indicator', 'Action', 'Lead(s)', 'Quarter', 'Reports to', 'Progress'], { style: { fill: C.darkblue, color: C.white } });
  const T = [
    ['Theme 1 – Fair recruitment and progression', [
      ['1.1', '1', 'Publish the ICB workforce ethnicity profile by pay band on the staff intranet.', 'Head of Workforce Planning', 'Q3', 'People Committee', 'Complete'],
      ['1.2', '2', 'Include at least one ethnic minority panel member on every Band 8a+ interview panel.', 'Chief People Officer / Associate Director of OD', 'Q3 23/24', 'People Committee', 'In progress'],
      ['1.3', '2, 7', 'Offer a guaranteed development conversation to ethnic minority staff who are unsuccessful at interview.', 'Associate Director of OD; line managers', 'Qtr 4', 'People Committee', 'Not yet started'],
    ]],
    ['Theme 2 – Culture and lived experience', [
      ['2.1', '5, 6', 'Run an anti-racism conversation in every directorate team meeting, using a shared facilitation pack.', 'Directors (all)', 'Q2-Q3', 'Executive Team', 'In progress'],
      ['2.2', '6', 'Set up a confidential route to the Freedom to Speak Up Guardian for reports of racism from colleagues.', 'FTSU Guardian', 'Q4 (Jan–Mar 24)', 'Audit Committee', 'Complete'],
      ['2.3', '3', 'Audit two years of formal HR cases by ethnicity and share the findings with the staff network.', 'Head of HR Operations / ER Lead', 'Q1 2024/25', 'People Committee', 'Not yet started'],
      ['2.4', '4', 'Report access to funded courses and apprenticeships by ethnicity every six months.', 'Learning & Development Manager', 'Q4', 'People Committee', 'In progress'],
    ]],
    ['Theme 3 – Leadership and accountability', [
      ['3.1', '9', 'Give each Board member a personal race equality objective and review it at appraisal.', 'Chair & Chief Executive', 'Q1 2024/25', 'Board', 'Not yet started'],
      ['3.2', '8', 'Review the system-wide reverse mentoring pilot with partner trusts and decide whether to extend it.', 'Chief People Officer', 'Qtr 4', 'ICS People Board', 'In progress'],
      ['3.3', '1, 9', 'Set and publish ICB representation goals for senior roles and the Board, aligned to the local population.', 'Chief People Officer / Chair', 'Q4 23/24', 'Board', 'In progress'],
    ]],
  ];
  for (const [theme, rows] of T) {
    p.line([theme], { merge: ['A', 'G'], style: { bold: true, fill: C.paleblue } });
    for (const [ref, ind, act, lead, q, rep, st] of rows) p.action([ref, ind, act, lead, q, rep, st], { ref, indicators: ind.split(', '), theme, action: act, lead, due: q, status: st }, { height: 32 });
  }
  p.blank();
  p.line(['Signed off by the Executive Team on 18 July 2023.'], { merge: ['A', 'G'] });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional body, an integrated care board reporting as an employer): a title with the ICB name, a plan line, an italic line saying quarters are financial-year quarters, a dark-blue header 'No. | Indicator | Action | Lead(s) | Quarter | Reports to | Progress', three pale-blue THEME rows merged across ('Theme 1 – Fair recruitment and progression' …) each followed by its numbered actions (1.1–3.3), and a sign-off line below. The QUARTER column writes quarters every way a person types them: 'Q3', 'Q3 23/24', 'Qtr 4', 'Q1 2024/25', 'Q2-Q3', 'Q4 (Jan–Mar 24)', 'Q4'. LEAD(S) often names two people joined by ' / ', ';' or '&', or a group ('Directors (all)'; 'line managers'). Judgement calls: due = the Quarter cell as written (no year added where none is written, never converted to a date; 'Q2-Q3' kept whole); lead = the Lead(s) cell whole, as written, with every named lead; 'Reports to' is the governance committee, not a lead; status = the Progress word (no colour anywhere → rag null); theme = the theme row above; indicators from the Indicator column in written order ('2, 7' → 2, 7); the sign-off date is not a due.", { due: { col: 'E' }, lead: { col: 'D', mode: 'whole' }, status: { col: 'G', mode: 'word' }, notFrom: ['F'] });
}
