// holdout84-wres-2026-27-merriton: acute trust's WRES plan where each numbered action takes two or three rows: the No., Action,
// Success measure and Status cells are MERGED DOWN over the 'How' rows (one delivery step per row); the Lead cell is merged down over
// two whole actions where one person owns both; When as text per action, merged with the action.
import { Book, Plan, C, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Merriton and Dunford Hospitals NHS Trust';
  const p = new Plan(book, { name: 'holdout84-wres-2026-27-merriton', sheet: 'WRES action plan', standard: 'WRES', period: '2026-27', trust, widths: [5, 8, 42, 42, 24, 12, 32, 13], font: { name: 'Arial', size: 10 } });
  p.line([`${trust}`], { merge: ['A', 'H'], style: { bold: true, font: { size: 12 } } });
  p.line(['WRES Action Plan 2026-27 (year two of the Race Equality Strategy 2025-2028)'], { merge: ['A', 'H'], style: { bold: true } });
  p.blank();
  p.header(['No.', 'WRES', 'Action', 'How', 'Lead', 'When', 'Success measure', 'Status'], { style: { fill: C.darkblue, color: C.white } });
  const F = { Delivered: C.goodG, 'On plan': C.goodG, 'Risk to delivery': C.neutralA, 'Not delivered': C.badR, 'Not yet due': C.white };
  const RG = { Delivered: 'green', 'On plan': 'green', 'Risk to delivery': 'amber', 'Not delivered': 'red', 'Not yet due': null };
  // [no, ind, action, [how steps], lead|null (merged from the action above), when, measure, status]
  const acts = [
    ['1', '1', 'Set divisional targets for ethnic minority representation at Band 7 and above and review them at every performance review.', ['Targets agreed with each division’s triumvirate', 'Added to the performance review pack'], 'Deputy Chief People Officer', 'Jun 2026', 'Band 7+ representation 24% by March 2027.', 'Delivered'],
    ['2', '2', 'Keep every Band 8a+ shortlist diverse and explain to the Chief People Officer any shortlist that is not.', ['Diverse shortlist rule in the recruitment policy', 'Exception report monthly', 'Audit of the first six months'], null, 'Sep 2026', 'Relative likelihood of appointment below 1.20.', 'On plan'],
    ['3', '3', 'Stop formal processes starting without a fair-treatment check.', ['Independent check by a trained senior manager', 'Cases by ethnicity reported to the People Committee'], 'Head of Employee Relations', 'Oct 2026', 'Likelihood of entering formal process at 1.0.', 'Risk to delivery'],
    ['4', '4', 'Track access to funded CPD and leadership programmes by ethnicity and act on any gap.', ['Add ethnicity to the CPD bid form'], 'Head of Education', 'Nov 2026', 'Access ratio between 0.9 and 1.1.', 'Not delivered'],
    ['5', '5, 6', 'Act on racism from patients and colleagues in the emergency department and acute medicine.', ['Zero-tolerance posters and scripts for reception staff', 'Security response for racist abuse agreed', 'Monthly incident review with the REACH network'], 'Clinical Director, Emergency Care', 'Jan 2027', 'Indicators 5 and 6 both below 25% in the 2026 survey.', 'On plan'],
    ['6', '7, 8', 'Give staff a safe place to raise concerns about discrimination.', ['Recruit ethnic minority Speak Up champions', 'Publish themes from concerns twice a year'], null, 'Mar 2027', 'Indicator 7 up by 5 points.', 'Not yet due'],
    ['7', '9', 'Develop a pipeline of ethnic minority non-executive directors with the ICB.', ['Two board shadowing placements'], 'Trust Chair', 'Mar 2027', 'Two placements completed.', 'Not yet due'],
  ];
  const spans = {}; let leadTop = null; let lead = '';
  for (const [no, ind, act, how, ld, when, meas, st] of acts) {
    const top = p.r + 1;
    if (ld) { if (leadTop && top - 1 > leadTop) mergeDown(p.ws, 'E', leadTop, top - 1); leadTop = top; lead = ld; }
    how.forEach((h, i) => {
      const vals = [i ? '' : no, i ? '' : ind, i ? '' : act, `• ${h}`, i || !ld ? '' : ld, i ? '' : when, i ? '' : meas, i ? '' : st];
      const styles = [{ alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }, {}, {}, { alignment: { vertical: 'middle' } }, {}, {}, { fill: F[st], alignment: { vertical: 'middle', horizontal: 'center' } }];
      if (i === 0) p.action(vals, { ref: no, indicators: ind.split(', '), action: act, lead, due: when, status: st, rag: RG[st], outcome: meas }, { styles });
      else p.line(vals, { border: true, styles });
    });
    if (p.r > top) { for (const c of ['A', 'B', 'C', 'F', 'G', 'H']) mergeDown(p.ws, c, top, p.r); spans[top] = { col: 'C', to: p.r }; }
  }
  if (p.r > leadTop) mergeDown(p.ws, 'E', leadTop, p.r);
  p.blank();
  p.line(['Status: Delivered / On plan (green), Risk to delivery (amber), Not delivered (red), Not yet due (no colour).'], { merge: ['A', 'H'], style: { italic: true, font: { size: 9 } } });
  p.line(['Owned by the Race Equality Steering Group; reported to the People Committee quarterly.'], { merge: ['A', 'H'], style: { italic: true, font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional two-hospital acute trust, year two of a three-year strategy). Sheet 'WRES action plan': trust title, plan title, then the dark-blue header 'No. | WRES | Action | How | Lead | When | Success measure | Status' (row 4) and seven numbered actions. Each action's No., WRES, Action, When, Success measure and Status cells are MERGED DOWN over its 'How' rows, one bulleted delivery step per row (two or three rows; actions 4 and 7 have one step and no merge). The Lead cell is merged down over WHOLE ACTIONS where one person owns two: actions 1–2 (Deputy Chief People Officer) and 5–6 (Clinical Director, Emergency Care). Judgement calls: one action per number, on its top row – the How bullets share the action's number, date, measure and status and have no owner of their own, so they are steps of the action, not actions (the rows under the top are non-action rows); actions 2 and 6 take the lead of the merged Lead cell that covers them; ref = No.; due = When as typed; outcome = Success measure; status = the word, rag from its fill ('Delivered' and 'On plan' green, amber, pink → red; 'Not yet due' on white → null); theme null; indicators from WRES ('5, 6', '7, 8' → both); the steering group and the People Committee are no leads.", { mode: 'fill', ragCol: 8, spans, spanCol: 'C', mergedFields: { lead: 'E', due: 'F', outcome: 'G' }, notFrom: ['D'] });
}
