// holdout39-wdes-2019-20-wickenby: follows Wrightington, Wigan and Leigh NHS FT's 'Workforce Disability Equality Standard' web page
// (https://www.wwl.nhs.uk/workforce-disability-equality-standard): what the WDES is (ten metrics, from 1 April 2019 on 2018/19 data,
// mandated through the NHS Standard Contract, trusts only for the first two years), 'Why is the Workforce Disability Equality Standard
// needed?' with '•' bullets that put the trust's own declaration figures in brackets ('WWL Trust figures:- Staff Survey 19.7% (NHS Trust
// Average 17.1%) ESR 2.2% (17.5% difference)') and a '-' sub-list under 'Disabled staff consistently report:', then 'Positive Outcomes
// for the NHS:' with the sub-heads 'Improved Data' and 'Cultural Change' and their bullets. The page's first action plan table (below
// the text, copied into the same sheet) is ASSUMED: `Metric | Action | Responsible | Timescale | Progress (October 2019)`.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Wickenby, Haxey and Lound Hospitals NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout39-wdes-2019-20-wickenby', sheet: 'WDES', standard: 'WDES', period: '2019-20', trust, widths: [12, 58, 30, 16, 44] });
  const para = (t, h = 30, opts = {}) => p.line([t], { merge: ['A', 'E'], height: h, ...opts });
  p.line([trust], { merge: ['A', 'E'], style: { bold: true, color: C.nhs, font: { size: 12 } } });
  p.line(['Workforce Disability Equality Standard'], { merge: ['A', 'E'], style: { bold: true, font: { size: 14 } } });
  para('The Workforce Disability Equality Standard (WDES) is a set of ten measures (metrics) that let NHS organisations compare the experiences of Disabled and non-disabled staff. The Trust uses this information to write a local action plan and to show progress on disability equality.');
  para('The ten metrics cover the Board, recruitment, capability, bullying and harassment, engagement and the voices of Disabled staff. They take effect from 1 April 2019, using data for the 2018/19 financial year.');
  para('The WDES is mandated through the NHS Standard Contract and applies only to NHS Trusts and Foundation Trusts for its first two years.', 18);
  p.line(['Why is the Workforce Disability Equality Standard needed?'], { merge: ['A', 'E'], style: { bold: true } });
  p.line([undefined, '• Many staff who are Disabled do not record it, so NHS figures under-report disability.'], { merge: ['B', 'E'] });
  p.line([undefined, '• Nationally there is a 15% gap between declaration rates in ESR and in the Staff Survey (Wickenby figures: Staff Survey 18.4% (NHS Trust average 17.1%), ESR 2.6% (15.8% difference))'], { merge: ['B', 'E'], height: 30 });
  p.line([undefined, '• Disabled staff are under-represented at senior levels across the NHS'], { merge: ['B', 'E'] });
  p.line([undefined, '• Disabled staff consistently report:'], { merge: ['B', 'E'] });
  p.line([undefined, '   - more bullying and harassment'], { merge: ['B', 'E'] });
  p.line([undefined, '   - less satisfaction with appraisal and career development'], { merge: ['B', 'E'] });
  p.line(['Positive Outcomes for the NHS:'], { merge: ['A', 'E'], style: { bold: true } });
  p.line([undefined, 'Improved Data'], { merge: ['B', 'E'], styles: [{}, { bold: true, italic: true }] });
  p.line([undefined, '• Clearer, more accurate reporting and analysis'], { merge: ['B', 'E'] });
  p.line([undefined, '• Higher declaration rates among Disabled staff'], { merge: ['B', 'E'] });
  p.line([undefined, 'Cultural Change'], { merge: ['B', 'E'], styles: [{}, { bold: true, italic: true }] });
  p.line([undefined, '• The data will prompt organisations to act and improve the experience of Disabled staff'], { merge: ['B', 'E'] });
  p.line([undefined, '• More Disabled people recruited, and a more inclusive place to work for those already here'], { merge: ['B', 'E'] });
  p.blank();
  p.line(['WDES Action Plan 2019/20'], { merge: ['A', 'E'], style: { bold: true, font: { size: 12 }, color: C.nhs } });
  p.header(['Metric', 'Action', 'Responsible', 'Timescale', 'Progress (October 2019)'], { style: { fill: C.nhs, color: C.white } });
  const acts = [
    ['1', 'Run a "Count Me In" campaign asking staff to update their disability status in ESR self-service, with a guide for staff without computer access.', 'Head of Workforce Information', 'December 2019', 'Campaign planned for Disability History Month.', ['1']],
    ['2', 'Join the Disability Confident scheme at Employer level and offer a guaranteed interview to Disabled applicants who meet the essential criteria.', 'Recruitment Manager', 'January 2020', 'Application submitted in September.', ['2']],
    ['3', 'Audit every capability case opened in 2018/19 to check whether reasonable adjustments were offered first.', 'Head of Employee Relations', 'March 2020', '', ['3']],
    ['4', 'Include disability in the Freedom to Speak Up awareness sessions and report concerns raised by Disabled staff separately.', 'Freedom to Speak Up Guardian', 'February 2020', 'Session content drafted with the network.', ['4']],
    ['5 & 7', 'Set up a Disabled staff talent conversation pilot in two divisions, focused on career plans and feeling valued.', 'Head of Organisational Development', 'March 2020', '', ['5', '7']],
    ['6', 'Brief managers on the attendance policy so that Disabled staff do not feel pressed to work when unwell.', 'HR Business Partners', 'November 2019', 'Briefings given in Surgery and Medicine.', ['6']],
    ['8', 'Introduce a reasonable adjustments passport that moves with the member of staff when they change role.', 'Occupational Health Manager', 'March 2020', 'Draft passport with staff side for comment.', ['8']],
    ['9', 'Launch an Enable staff network with an executive sponsor and protected time for its chair.', 'Director of People', 'October 2019', 'Launched 3 October; 41 members.', ['9']],
  ];
  for (const [m, a, lead, due, prog, inds] of acts) p.action([m, a, lead, due, prog], { indicators: inds, action: a, lead, due, progress: prog });
  p.line(['Metric 10 (Board membership) has no action this year: the Board will consider it when its membership is reviewed in 2020.'], { merge: ['A', 'E'], style: { italic: true }, height: 18 });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, an acute foundation trust) following a real acute trust's 'Workforce Disability Equality Standard' web page (Wrightington, Wigan and Leigh's), copied into one sheet: the trust name and title, three paragraphs on what the WDES is (ten metrics, in force from 1 April 2019 on 2018/19 data, trusts only for two years), 'Why is the Workforce Disability Equality Standard needed?' with four '•' bullets in column B – one carrying the trust's own declaration figures in brackets (Staff Survey 18.4%, NHS Trust average 17.1%, ESR 2.6%, 15.8% difference) – and a '-' sub-list under 'Disabled staff consistently report:', then 'Positive Outcomes for the NHS:' with the italic sub-heads 'Improved Data' and 'Cultural Change' and their bullets; after a blank row, 'WDES Action Plan 2019/20' and the action table `Metric | Action | Responsible | Timescale | Progress (October 2019)` (row 22), and an italic closing note that metric 10 has no action. Judgement calls: the bullets and sub-lists above the table are the page's case for the WDES and its expected benefits, not actions (some read like aims – 'Higher declaration rates among Disabled staff'); the actions are the eight table rows; indicators from the bare Metric column ('5 & 7' → ['5', '7']; the 2019 set, so whole metrics 4 and 9); no ref (the Metric column is an indicator, not a number for the action); lead = Responsible, due = Timescale as written; progress where filled; the closing note on metric 10 is not an action (it says nothing will be done this year); no status, rag null.", { dataRows: [7, 8, 9, 10, 11, 12, 14, 15, 16, 17, 18, 19], forbidden: ['18.4%', 'Higher declaration rates among Disabled staff'] });
}
