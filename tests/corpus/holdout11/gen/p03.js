// holdout11-wres-2017-18-cragmoor: ordinary year-end tracker; 'Accountable exec' is the only person column; a HIDDEN column
// with the superseded Q2 update; quarters as timescales; status words filled; KEY AS A SMALL TABLE under the plan; frozen header.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout11-wres-2017-18-cragmoor', sheet: 'WRES 17-18', standard: 'WRES', period: '2017-18', trust: 'Cragmoor University Hospitals NHS Trust', widths: [6, 14, 56, 24, 40, 14, 14, 44] });
  p.line(['Cragmoor University Hospitals NHS Trust – Workforce Race Equality Standard Action Plan 2017/18'], { merge: ['A', 'H'], style: { bold: true, font: { size: 13 } } });
  p.line(['Year-end position, April 2018'], { merge: ['A', 'H'], style: { italic: true } });
  p.header(['Ref', 'Indicator', 'Action', 'Accountable exec', 'Q2 update (Oct 2017)', 'Target date', 'Status', 'Year-end update (Apr 2018)'], { style: { fill: C.grey } });
  p.ws.getColumn(5).hidden = true;
  p.ws.views = [{ state: 'frozen', ySplit: 3 }];
  const FILL = { Complete: C.green, 'On track': C.amber, Delayed: C.red };
  const RAGW = { Complete: 'green', 'On track': 'amber', Delayed: 'red' };
  const act = (ref, ind, inds, action, lead, q2, due, st, upd) => p.action([ref, ind, action, lead, q2, due, st, upd], { ref, indicators: inds, action, lead, due, status: st, rag: RAGW[st] ?? null, progress: upd },
    { styles: [{}, {}, {}, {}, {}, {}, FILL[st] ? { fill: FILL[st] } : {}] });
  act('R1', 'Ind 1', ['1'], 'Set each clinical division a target for BME representation at Band 8a and above, in line with its current Band 5–7 workforce.', 'Director of Workforce & OD', 'Targets drafted for 3 of 5 divisions.', 'Q2 2017/18', 'Complete', 'Targets agreed by all five divisions and in divisional performance reviews.');
  act('R2', 'Ind 1', ['1'], 'Publish BME representation by band on the workforce dashboard each month.', 'Director of Workforce & OD', 'Dashboard build started.', 'Q3 2017/18', 'Complete', 'Live on the intranet dashboard since December.');
  act('R3', 'Ind 2', ['2'], 'Train 40 BME staff as recruitment panel members and include one on every Band 8a+ panel.', 'Chief Nurse', '12 trained.', 'Q4 2017/18', 'On track', '31 trained; panel rota in place for 8a+ posts.');
  act('R4', 'Ind 2', ['2'], 'Remove names and dates of birth from application forms at shortlisting (NHS Jobs anonymised shortlisting).', 'Director of Workforce & OD', 'Not started.', 'Q3 2017/18', 'Delayed', 'NHS Jobs change request outstanding; now expected Q1 2018/19.');
  act('R5', 'Ind 3', ['3'], 'Ask a senior manager who is independent of the service to review every case before a BME employee is suspended or excluded.', 'Director of Workforce & OD', 'Process agreed.', 'Q1 2017/18', 'Complete', 'In place since June; 9 cases reviewed, 4 resolved informally.');
  act('R6', 'Ind 4', ['4'], 'Analyse study leave and CPD funding by ethnicity for nursing, AHP and medical staff.', 'Medical Director', 'Data requested.', 'Q3 2017/18', 'On track', 'Nursing and AHP done; medical data due May.');
  act('R7', 'Ind 5', ['5'], 'Support staff to report abuse from patients and relatives, and write to patients who racially abuse staff.', 'Chief Nurse', 'Letter template drafted.', 'Q2 2017/18', 'Complete', 'Letters in use since September; 14 sent.');
  act('R8', 'Ind 6 & 8', ['6', '8'], 'Recruit and train Freedom to Speak Up champions from BME staff groups.', 'Director of Corporate Affairs', '4 champions.', 'Q4 2017/18', 'On track', '9 BME champions trained out of 22.');
  act('R9', 'Ind 7', ['7'], 'Run the "Ready Now"-style Aspire programme for BME staff at Bands 6 and 7, with executive sponsors.', 'Chief Executive', 'Cohort 1 recruited.', 'Q4 2017/18', 'On track', 'Cohort 1 finishes June; 3 of 18 promoted so far.');
  act('R10', 'Ind 7', ['7'], 'Add questions on fairness of career progression to the quarterly staff Pulse survey.', 'Director of Workforce & OD', 'Not started.', 'Q2 2017/18', 'Delayed', 'Pulse survey replaced by the national quarterly survey; question not possible.');
  act('R11', 'Ind 9', ['9'], 'Offer board shadowing to BME senior managers for a year.', 'Chair', 'Two places offered.', 'Q4 2017/18', 'Complete', 'Two shadows attended every Board from October.');
  act('R12', 'All', ['1', '2', '3', '4', '5', '6', '7', '8', '9'], 'Report progress on this plan to the Workforce Committee each quarter and to the Board at year end.', 'Director of Workforce & OD', 'Q1 and Q2 reports done.', 'Quarterly', 'Complete', 'Year-end report to Board 26 April 2018.');
  p.blank();
  p.line(['', '', 'Status', 'Meaning'], { border: true, styles: [{}, {}, { bold: true }, { bold: true }] });
  p.line(['', '', 'Complete', 'Action delivered'], { border: true, styles: [{}, {}, { fill: C.green }] });
  p.line(['', '', 'On track', 'Started and expected to be delivered by the target date'], { border: true, styles: [{}, {}, { fill: C.amber }] });
  p.line(['', '', 'Delayed', 'Will not be delivered by the target date'], { border: true, styles: [{}, {}, { fill: C.red }] });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust), ordinary year-end WRES tracker. A merged title row holding trust + title, an italic 'Year-end position, April 2018' line, then one header on row 3 (frozen): 'Ref | Indicator | Action | Accountable exec | Q2 update (Oct 2017) | Target date | Status | Year-end update (Apr 2018)'. Column E ('Q2 update (Oct 2017)') is HIDDEN: it holds last round's superseded updates; gold progress = the visible year-end update in H. 'Accountable exec' is the only person column, so gold lead = its text (an executive role, 'Chair' on row 14). Refs 'R1'–'R12'; indicators 'Ind 1', 'Ind 6 & 8' → ['6','8'], 'All' → all nine; theme null. Target dates are quarters as text ('Q2 2017/18', 'Quarterly'). Status words filled: Complete green, On track amber, Delayed red, keyed by a small bordered KEY TABLE under the plan (C17:D20, its own 'Status | Meaning' header row) – its four rows are non-action rows (the key's 'Complete' row must not be read as an action).", { ragCol: 'G', mode: 'fill' });
}
