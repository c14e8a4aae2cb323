// holdout53-wdes-2021-22-wendle: a community trust's WDES plan with ONE header at the top and a metric row above each group that
// carries the metric's 2021 figures in the other columns; Lead(s) cells name two or three people on separate lines (names only);
// 'Measure of success' holds '•' bullets; status is a word in a coloured font.
import { Book, Plan, C } from './lib.js';
import { L, nz, H } from './h.js';
export async function build() {
  const book = new Book();
  const trust = 'Wendle Community Healthcare NHS Trust';
  const p = new Plan(book, { name: 'holdout53-wdes-2021-22-wendle', sheet: 'WDES 2021-22', standard: 'WDES', period: '2021-22', trust, widths: [58, 24, 16, 44, 14] });
  p.line([`${trust}`], { merge: ['A', 'E'], style: { bold: true, font: { size: 14 }, color: C.nhs } });
  p.line(['Workforce Disability Equality Standard – Action Plan 2021-22'], { merge: ['A', 'E'], style: { bold: true, font: { size: 12 } } });
  p.line(['Grey rows show each metric with our 2021 figures (disabled / non-disabled staff); the actions we will take sit beneath.'], { merge: ['A', 'E'], style: { italic: true } });
  p.header(['Action', 'Lead(s)', 'Due', 'Measure of success', 'Status'], { style: { fill: C.nhs, color: C.white } });
  const F = { Complete: C.blue, 'On track': C.green, 'At risk': C.darkred };
  const RAG = { Complete: 'blue', 'On track': 'green', 'At risk': 'red' };
  const groups = [
    ['2', 'Metric 2 – Relative likelihood of appointment from shortlisting', 'Non-disabled 1.21 times more likely', '', [
      [L('Guarantee an interview to every disabled applicant who meets the essential criteria, and check this is happening in TRAC each quarter.'), L('Jenna Whitcombe', 'Luke Sharrow'), 'September 2021', L('• Audit each quarter', '• Ratio at or below 1.10 in 2022'), 'Complete'],
      [L('Add the Access to Work scheme to every job advert and offer letter.'), L('Luke Sharrow'), 'July 2021', '• Wording on all adverts', 'Complete'],
    ]],
    ['4a', 'Metric 4a – Harassment, bullying or abuse from patients, managers or colleagues', 'Disabled 32.0%', 'Non-disabled 24.6%', [
      [L('Add disability to the conflict resolution training given to community nursing teams, with case studies written by the Ability Network.'), L('Dawn Osterley', 'Farid Qureshi', 'Bethan Moyle'), 'December 2021', L('• 6 sessions run', '• 85% of attendees say they feel more confident'), 'On track'],
    ]],
    ['4b', 'Metric 4b – Reporting the last incident of harassment, bullying or abuse', 'Disabled 45.5%', 'Non-disabled 47.1%', [
      [L('Make the incident reporting form quicker to use on a phone and add an "I need an adjustment" option.'), L('Farid Qureshi', 'Carys Penhale'), 'March 2022', L('• New form live', '• Reports from disabled staff up on last year'), 'At risk'],
    ]],
    ['6', 'Metric 6 – Feeling pressure to come to work when unwell', 'Disabled 30.9%', 'Non-disabled 21.7%', [
      [L('Separate disability-related absence from other sickness absence in the Attendance Policy, agreed with staff side.'), L('Jenna Whitcombe', 'Ruth Anstey', 'Ability Network chair'), 'February 2022', L('• Policy approved', '• Managers briefed in every locality'), 'On track'],
    ]],
    ['8', 'Metric 8 – Adequate adjustments', 'Disabled 72.4%', '', [
      [L('Bring in a Health and Adjustments Passport that moves with the member of staff when they change team.'), L('Ruth Anstey', 'Bethan Moyle'), 'November 2021', L('• Passport launched', '• 100 passports in use by March'), 'Complete'],
      [L('Set up a central budget for adjustments so that teams do not pay from their own budgets.'), L('Carys Penhale', 'Mike Hanbury'), 'April 2022', '• Budget agreed in the 2022-23 plan', 'At risk'],
    ]],
    ['9a', 'Metric 9a – Staff engagement score', 'Disabled 6.7', 'Non-disabled 7.0', [
      [L('Give the Ability Network chair two days a month of protected time and a seat on the People Committee.'), L('Dawn Osterley', 'Mike Hanbury'), 'June 2021', '• Time agreed in job plan', 'Complete'],
    ]],
  ];
  const secs = [];
  for (const [ind, metric, d, nd, acts] of groups) {
    secs.push(p.line([metric, d, nd], { merge: ['C', 'E'], style: { bold: true, fill: C.grey }, border: true }));
    for (const [act, lead, due, meas, st] of acts) {
      p.action([act, lead, due, meas, st], { indicators: [ind], theme: metric, action: nz(act), lead: nz(lead), due, status: st, rag: RAG[st], outcome: nz(meas) }, { height: H(act, lead, meas), styles: [{}, {}, {}, {}, { color: F[st], bold: true }] });
    }
  }
  p.blank();
  p.line(['Leads: Jenna Whitcombe (Head of Resourcing), Luke Sharrow (Recruitment Manager), Dawn Osterley (Director of People), Farid Qureshi (Health and Safety Lead), Bethan Moyle (Ability Network), Carys Penhale (Digital Lead), Ruth Anstey (Occupational Health Manager), Mike Hanbury (Director of Finance).'], { merge: ['A', 'E'], height: 44, style: { font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional community trust): name, title, an italic line explaining the grey metric rows, ONE header 'Action | Lead(s) | Due | Measure of success | Status' (row 4) at the top, then six GREY METRIC ROWS ('Metric 4a – Harassment, bullying or abuse …') that carry the metric's 2021 FIGURES in the Lead(s) and Due columns ('Disabled 32.0%' | 'Non-disabled 24.6%'), each followed by one or two actions – eight actions – and a small-print line naming each lead's role. The cells hold structure: LEAD(S) cells list one to three people by NAME on separate lines (one entry is 'Ability Network chair'); MEASURE OF SUCCESS cells hold '•' bullets. Status is a word in a coloured bold font (Complete blue, On track green, At risk dark red – the usual BRAG colours, no key on the sheet). Judgement calls: the metric rows are section rows, not actions – their figures sit under the Lead(s) and Due headers but are not leads or dues; theme = the metric row's first cell; indicators from its metric code (2021 WDES codes 4a, 4b, 9a); action = the Action cell collapsed; lead = the whole Lead(s) cell collapsed, the names as written (roles are NOT added from the small-print line below); due as written; outcome = the Measure cell collapsed, bullets kept; status = the word, rag from its font colour (Complete → blue, On track → green, At risk → red); no ref; the small-print roles line is not an action.", { actionCol: 'A', leadCol: 'B', outcomeCol: 'D', mode: 'font', ragCol: 5, sections: secs, forbidden: ['Disabled 32.0%', 'Non-disabled 24.6%', 'Disabled 45.5%', 'Non-disabled 47.1%', 'Disabled 30.9%', 'Disabled 72.4%', 'Disabled 6.7', 'Non-disabled 7.0', 'Non-disabled 1.21 times more likely'] });
}
