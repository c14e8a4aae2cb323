// holdout9-wres-2018-19-wrenfield: ordinary plan with the LEAD column first; indicators in loose words; status words filled,
// keyed by a row of filled words under the table ('Not due' has no colour).
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout9-wres-2018-19-wrenfield', sheet: 'Action plan', standard: 'WRES', period: '2018-19', trust: 'Wrenfield University Hospitals NHS Foundation Trust', widths: [30, 56, 16, 18, 14, 44] });
  p.line(['WRES ACTION PLAN 2018/19'], { merge: ['A', 'F'], style: { bold: true, font: { size: 14 } } });
  p.line(['Wrenfield University Hospitals NHS Foundation Trust – monitored by the Equality and Diversity Committee'], { merge: ['A', 'F'] });
  p.blank();
  p.header(['Lead', 'Action', 'Indicator(s)', 'By', 'Status', 'Evidence of progress'], { style: { fill: C.lightblue } });
  const F = { Completed: C.green, Ongoing: C.amber, Overdue: C.red }; const R = { Completed: 'green', Ongoing: 'amber', Overdue: 'red' };
  const act = (lead, action, ind, inds, due, status, ev) => p.action([lead, action, ind, due, status, ev], { indicators: inds, action, lead, due, status, rag: R[status] ?? null, progress: ev },
    { styles: [{}, {}, {}, {}, F[status] ? { fill: F[status] } : {}] });
  act('Head of Workforce Planning', 'Set out BME representation by band for each clinical division in the quarterly workforce report.', 'Ind. 1', ['1'], 'Q1 2018/19', 'Completed', 'Included in the workforce report from June 2018.');
  act('Recruitment Manager', 'Make sure every interview panel for Band 7 and above includes a member from a BME background, drawing on the trained panel pool.', 'Indicator 2 and 3', ['2', '3'], 'Jun 2018', 'Ongoing', 'Pool of 31 trained panel members; 64% of Band 7+ panels diverse.');
  act('Head of Employee Relations', 'Introduce a decision-making checklist that managers complete, with HR, before starting a formal disciplinary investigation.', 'Indicator 3', ['3'], '30th September 2018', 'Completed', 'Checklist in use since September.');
  act('Education Lead', 'Report access to non-mandatory training and CPD funding by ethnicity to the Education Committee.', 'Ind. 4', ['4'], 'Bi-monthly', 'Ongoing', 'First two reports presented.');
  act('Head of Security', 'Support staff to report abuse from patients and the public and follow up every reported racist incident with the staff member affected.', '5, 6', ['5', '6'], 'End Dec 18', 'Overdue', 'Follow-up process agreed but not yet in place in ED.');
  act('Freedom to Speak Up Guardian', 'Recruit Speak Up champions from BME staff in every division.', 'Indicator 6', ['6'], 'Apr – Jun 2018', 'Completed', '14 champions, 6 from BME backgrounds.');
  act('Head of Leadership and OD', 'Run a positive action development programme ("Stepping Up") for BME staff at Bands 5 to 7.', 'Indicators 7 & 8', ['7', '8'], 'March 2019', 'Ongoing', 'Cohort 1 started November with 20 participants.');
  act('Head of Leadership and OD', 'Evaluate the first cohort of "Stepping Up" and report outcomes (promotions, secondments) to the Committee.', 'Indicator 7', ['7'], 'March 2019', 'Not due', '');
  act('Divisional Directors', 'Every divisional board to discuss its WRES data and agree one local action.', 'Indicators 1–9', ['1', '2', '3', '4', '5', '6', '7', '8', '9'], 'Q2 2018/19', 'Overdue', 'Two of five divisions have agreed local actions.');
  act('Chief Executive', 'Hold a Board development session on race equality led by an external facilitator.', 'Board (9)', ['9'], 'January 2019', 'Not due', '');
  act('Equality and Diversity Lead', 'Set up a BME staff network steering group and agree its terms of reference with the Trust.', 'Indicator 8', ['8'], 'Q1 2018/19', 'Completed', 'Terms of reference agreed; chair elected.');
  act('Equality and Diversity Lead', 'Publish this plan and the WRES data on the Trust website.', 'All', ['1', '2', '3', '4', '5', '6', '7', '8', '9'], 'August 2018', 'Completed', 'Published 1 August 2018.');
  p.blank();
  p.line(['Key:', 'Completed', 'Ongoing', 'Overdue', 'Not due'], { border: true, styles: [{ bold: true }, { fill: C.green }, { fill: C.amber }, { fill: C.red }, {}] });
  p.line(['', '', '', '', '(not rated)'], { style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust), ordinary apart from its column order: the LEAD column comes FIRST. Title 'WRES ACTION PLAN 2018/19' (merged A1:F1), a line naming the trust and the monitoring committee (merged), a blank row, then one header on row 4: 'Lead | Action | Indicator(s) | By | Status | Evidence of progress'. Indicators in loose words: 'Ind. 1', 'Indicator 2 and 3' → ['2','3'], '5, 6', 'Indicators 7 & 8', 'Indicators 1–9' → all nine, 'Board (9)' → ['9'], 'All' → all nine. 'By' is text: 'Q1 2018/19', 'Jun 2018', '30th September 2018', 'Bi-monthly', 'End Dec 18', 'Apr – Jun 2018', 'March 2019', 'January 2019', 'August 2018'. Status WORDS filled in colour (Completed green, Ongoing amber, Overdue red); 'Not due' is unfilled. The key is a row of filled word cells UNDER the table (row 18: 'Key: | Completed | Ongoing | Overdue | Not due') with '(not rated)' under 'Not due' on row 19; rag by that key (Completed → green here, not blue), and 'Not due' → rag null. Progress = 'Evidence of progress' (empty for the two not-due actions). Theme null. Key rows are non-action rows.", { ragCol: 'E', mode: 'fill' });
}
