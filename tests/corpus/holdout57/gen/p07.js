// holdout57-wres-2018-19-oxleybridge: a clinical commissioning group's WRES report for its own small workforce, as THREE columns –
// 'Area' (with the indicators in brackets), 'Where we are now' (findings in prose) and 'What we will do in 2018-19', whose cells hold
// SEVERAL NUMBERED STEPS with the deadline in the closing sentence. No lead anywhere. ASSUMED layout.
import { Book, Plan, C } from './lib.js';
import { fitRows } from './h.js';
export async function build() {
  const book = new Book();
  const trust = 'NHS Oxleybridge Clinical Commissioning Group';
  const p = new Plan(book, { name: 'holdout57-wres-2018-19-oxleybridge', sheet: 'WRES 2018', standard: 'WRES', period: '2018-19', trust, widths: [22, 58, 84], font: { name: 'Arial', size: 10 } });
  p.line([trust], { merge: ['A', 'C'], style: { bold: true, font: { size: 12 } } });
  p.line(['Workforce Race Equality Standard report and plan 2018-19'], { merge: ['A', 'C'], style: { bold: true } });
  p.line(['The CCG employs 164 staff, of whom 21 (12.8%) are from a BME background. Because the numbers are small, a change of one or two people can move an indicator a long way; we look at three years together where we can.'], { merge: ['A', 'C'], height: 40 });
  p.blank();
  p.header(['Area', 'Where we are now', 'What we will do in 2018-19'], { style: { fill: C.grey } });
  const rows = [
    ['Workforce profile\n(indicator 1)', ['1'], 'BME staff are 12.8% of the workforce but only one of our 19 staff at Band 8b and above is from a BME background.', '1) Publish the band-by-band profile to all staff with the staff briefing. 2) Ask each director to talk through the profile with their team and collect ideas. 3) Bring the ideas to the Remuneration and Workforce Committee with a proposal. We aim to complete this by December 2018.', 'December 2018', 'action text'],
    ['Recruitment\n(indicator 2)', ['2'], 'White applicants were 1.9 times more likely to be appointed from shortlisting (2015–2018 combined).', '1) Use a standard set of questions and a scoring sheet for every interview. 2) Make sure every panel has at least one member who has done the CCG\'s unconscious bias e-learning. 3) Ask unsuccessful BME candidates whether they would like feedback and a follow-up conversation. The scoring sheet will be in use by the end of September 2018.', 'the end of September 2018', 'action text'],
    ['Disciplinary\n(indicator 3)', [], 'No formal disciplinary cases in the last three years.', 'No new action this year. We will keep reporting the figure to the committee each year.', null],
    ['Training and development\n(indicator 4)', ['4'], 'BME staff were as likely as white staff to access non-mandatory training.', '1) Keep recording who is given study leave and funding. 2) Add a question about career conversations to the appraisal form so that managers discuss development with everyone. The appraisal form change will go live in April 2018 for this year\'s appraisal round.', 'April 2018', 'action text'],
    ['Staff survey\n(indicators 5 to 8)', ['5', '6', '7', '8'], 'Scores for BME staff are based on 17 responses. More BME staff than white staff reported harassment from colleagues (24% against 15%) and fewer believed the CCG offers equal opportunities for progression (71% against 88%).', '1) Hold two facilitated staff conversations about bullying and harassment, open to all staff, with an outside facilitator. 2) Refresh the Dignity at Work policy with staff side. 3) Set up a confidential contact scheme so that staff can talk to a trained colleague outside their own team.', '', null],
    ['Staff survey\n(indicators 5 to 8)', ['5', '6', '7', '8'], '', '1) Give the Staff Forum a standing item on equality. 2) Ask the Forum to help write the questions for the CCG\'s own pulse survey so that BME staff can see the issues they raise are asked about. The first pulse survey will run in the first quarter of 2019.', 'the first quarter of 2019', 'action text'],
    ['Governing Body\n(indicator 9)', ['9'], 'No voting member of the Governing Body is from a BME background.', '1) Work with the Patient and Public Involvement lead to reach community groups when the two lay member posts are advertised. 2) Offer an informal conversation with the Chair to anyone thinking of applying. Both lay posts are due to be filled by March 2019.', 'March 2019', 'action text'],
  ];
  const none = [];
  for (const [area, inds, now, what, due, ds] of rows) {
    if (due === null) { none.push(p.line([area, now, what], { border: true })); continue; }
    p.action([area, now, what], { indicators: inds, action: what, due, dueSource: ds });
  }
  p.blank();
  p.line(['Data: ESR at 1 April 2018; NHS Staff Survey 2017 (CCG results). Approved by the Governing Body, 26 July 2018.'], { merge: ['A', 'C'], style: { italic: true, font: { size: 9 } } });
  fitRows(p);
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional body, a clinical commissioning group reporting on its own 164 staff) in THREE COLUMNS: CCG name, title, an intro paragraph on small numbers, a blank row, one grey header 'Area | Where we are now | What we will do in 2018-19' (row 5), seven area rows and a data / approval line. 'Area' names the area with its WRES indicator(s) in brackets on a second line ('Staff survey\\n(indicators 5 to 8)'); 'Where we are now' is the finding in prose; 'What we will do in 2018-19' holds SEVERAL NUMBERED STEPS IN ONE CELL ('1) … 2) … 3) …'), usually followed by a closing sentence with the deadline ('We aim to complete this by December 2018.'). The staff-survey area has two rows (the second with an empty finding). There is NO LEAD anywhere. Judgement calls: one row = one action, the whole cell (the numbered steps are steps, not actions, and '1)' is not a ref – ref ''); the disciplinary row says 'No new action this year' – a non-action row (row 8); due = the deadline phrase of the closing sentence as written ('the end of September 2018', 'the first quarter of 2019', 'April 2018' from 'will go live in April 2018'), dueSource 'action text'; the first staff-survey row gives no date (due '', dueSource null – not borrowed from the row below); lead '' everywhere (the CCG, the directors, the Patient and Public Involvement lead and the Chair are named as people the step involves, not as owners); indicators from the Area bracket ('indicators 5 to 8' → ['5','6','7','8']); the findings are context (no field from them; their percentages and '1.9 times' are not outcomes); theme null (Area is a per-row label); no status.", { indFrom: { from: 'col', col: 'A', bracket: true }, notFrom: ['B'], nonActions: none, areaInd: 'A' });
}
