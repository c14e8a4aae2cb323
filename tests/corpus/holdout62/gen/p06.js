// holdout62-wres-2023-24-kelsall: specialist orthopaedic trust; the HIA column repeats the HIA's FULL WORDING on every row (not merged),
// 'Indicator 2' style indicator cells, real dates, status words on filled cells.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Kelsall Orthopaedic and Spinal NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout62-wres-2023-24-kelsall', sheet: 'Sheet1', standard: 'WRES', period: '2023-24', trust, widths: [40, 60, 13, 30, 13, 13], font: { name: 'Calibri', size: 11 } });
  p.line([trust], { merge: ['A', 'F'], style: { bold: true, font: { size: 14 } } });
  p.line(['WRES Action Plan 2023/24 – approved by Trust Board 26/10/2023'], { merge: ['A', 'F'], style: { bold: true } });
  p.blank();
  p.header(['High Impact Action', 'Action', 'Indicator', 'Lead', 'Target date', 'Status'], { style: { fill: C.lightgreen } });
  const H = {
    1: 'High Impact Action 1 – Measurable objectives on EDI for Chairs, Chief Executives and Board members',
    2: 'High Impact Action 2 – Overhaul recruitment processes and embed talent management processes',
    3: 'High Impact Action 3 – Eliminate total pay gaps with respect to race, disability and gender',
    4: 'High Impact Action 4 – Address health inequalities within their workforce',
    5: 'High Impact Action 5 – Comprehensive induction, onboarding and development programme for internationally recruited staff',
    6: 'High Impact Action 6 – Create an environment that eliminates the conditions in which bullying, discrimination, harassment and physical violence at work occur',
  };
  const S = { 'Completed': C.lightblue, 'On target': C.goodG, 'Some slippage': C.neutralA, 'Behind': C.badR };
  const R = { 'Completed': 'blue', 'On target': 'green', 'Some slippage': 'amber', 'Behind': 'red' };
  const acts = [
    [1, 'Add a race equality measure to the Board Assurance Framework and to each executive\'s objectives.', 'Indicator 9', 'Director of Corporate Governance', D(2023, 12, 31), 'Completed'],
    [2, 'Appoint and train a pool of 30 inclusion ambassadors to sit on interview panels for Band 7 and above.', 'Indicator 2', 'Head of Resourcing', D(2024, 3, 31), 'On target'],
    [2, 'Offer a funded secondment into theatre leadership roles for BME operating department practitioners and scrub nurses.', 'Indicator 1', 'Head of Theatres', D(2024, 6, 30), 'Some slippage'],
    [2, 'Publish who gets access to the trust-funded MSc and leadership programmes, by ethnicity, each quarter.', 'Indicator 4', 'Head of Learning and Development', D(2024, 1, 31), 'On target'],
    [3, 'Calculate the ethnicity pay gap for medical and non-medical staff and set out actions in the pay gap report.', 'n/a', 'Head of Reward', D(2024, 3, 31), 'Behind'],
    [5, 'Give internationally educated nurses a named pastoral lead for their first year and a check-in at 3, 6 and 12 months.', 'Indicator 7', 'Deputy Chief Nurse', D(2023, 11, 30), 'Completed'],
    [5, 'Add a session on racism, reporting and support to the induction week for overseas recruits.', 'Indicator 5', 'Practice Education Lead', D(2023, 12, 31), 'Completed'],
    [6, 'Create a reporting route for racist incidents on the incident system with a monthly report to the People Committee.', 'Indicator 5 & 6', 'Head of Risk', D(2024, 2, 29), 'Some slippage'],
    [6, 'Run civility and respect workshops for every ward and outpatient team, starting with the three areas with the highest survey scores for discrimination.', 'Indicator 8', 'Organisational Development Lead', D(2024, 3, 31), 'On target'],
  ];
  for (const [h, a, ind, lead, due, st] of acts) {
    const inds = ind === 'n/a' ? [] : ind.replace('Indicator ', '').split(/\s*&\s*/);
    p.action([H[h], a, ind, lead, due, st], { indicators: inds, action: a, lead, due: shown(due, 'dd/mm/yyyy'), status: st, rag: R[st] }, { styles: [{ font: { size: 9 }, color: 'FF595959' }, {}, {}, {}, { numFmt: 'dd/mm/yyyy' }, { fill: S[st] }] });
  }
  p.blank();
  p.line(['Key: Completed (blue), On target (green), Some slippage (amber), Behind (red)'], { merge: ['A', 'F'], style: { font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional specialist orthopaedic foundation trust), WRES plan 2023/24 on a sheet left named 'Sheet1': trust line, a title line carrying the Board approval date (26/10/2023), a blank row, one green header 'High Impact Action | Action | Indicator | Lead | Target date | Status' (row 4), nine actions and a key line after a blank row. The HIGH IMPACT ACTION column repeats the HIA's FULL NATIONAL WORDING on EVERY ROW ('High Impact Action 2 – Overhaul recruitment processes and embed talent management processes'), not merged and not a section row; HIA 4 has no action. Indicator cells are written 'Indicator 2', 'Indicator 5 & 6', 'n/a'. Target dates are real dates shown dd/mm/yyyy; status words on filled cells per the key. Judgement calls: the HIA column is a per-row mapping, NOT a theme (theme null) and gives no indicator – the HIA numbers (1, 2, 5, 6) are never indicators; indicators from the Indicator column ('Indicator 5 & 6' → ['5','6']; 'n/a' → []); no ref (the plan numbers nothing); lead as written; due as displayed ('31/03/2024'); status = the word, rag = its fill; the approval date in the title is not a due; the key line is not an action.", { indCol: 'C', statusCol: 'F', mode: 'fill', forbidden: ['26/10/2023'] });
}
