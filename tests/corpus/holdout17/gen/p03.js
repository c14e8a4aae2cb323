// holdout17-wdes-2019-20-amberwell: ORDINARY first WDES plan of a CHILDREN'S hospital – Calibri 11, table in B:G with an
// EMPTY MARGIN column A; teal title, trust line, merged intro; QUESTION header 'WDES metric | What will we do? | Who will do
// it? | When? | How will we know? | Where are we?'; 'WDES Metric N' MERGED DOWN (pre-2021 set); FY-quarter text timescales
// ('Q3 19/20'); status words filled (Done blue, Underway green, Delayed amber, Not begun red); vertical key block below.
import { Book, Plan, C, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout17-wdes-2019-20-amberwell', sheet: 'WDES plan', standard: 'WDES', period: '2019-20', trust: "Amberwell Children's Hospital NHS Foundation Trust", widths: [3, 16, 54, 28, 12, 36, 13], startCol: 2, font: { name: 'Calibri', size: 11 } });
  p.line(['Workforce Disability Equality Standard: our action plan for 2019/20'], { merge: ['B', 'G'], style: { bold: true, font: { size: 14 }, color: C.teal } });
  p.line(["Amberwell Children's Hospital NHS Foundation Trust"], { merge: ['B', 'G'], style: { bold: true } });
  p.line(['This is our first WDES action plan. It was written with members of the Ability Network after we published our 2019 WDES data in August, and the People and Culture Committee will review it every quarter.'], { merge: ['B', 'G'], height: 32 });
  p.blank();
  p.header(['WDES metric', 'What will we do?', 'Who will do it?', 'When?', 'How will we know?', 'Where are we?'], { style: { fill: C.paleblue, alignment: { vertical: 'middle', wrapText: true } } });
  const S = { Done: [C.blue, 'blue', C.white], Underway: [C.green, 'green'], Delayed: [C.amber, 'amber'], 'Not begun': [C.red, 'red', C.white] };
  const blocks = [
    ['WDES Metric 1', '1', [
      ['Run a "Tell us about you" campaign so that staff update their disability status on ESR self-service.', 'Workforce Information Lead', 'Q3 19/20', 'Declaration rate above 5%', 'Done'],
      ['Share a disability workforce profile for each clinical division with the divisional boards.', 'Workforce Information Lead', 'Q4 19/20', 'Profile on every divisional board agenda', 'Underway'],
    ]],
    ['WDES Metric 2', '2', [
      ['Become a Disability Confident Employer and offer an interview to every disabled applicant who meets the essential criteria.', 'Head of Recruitment', 'Q3 19/20', 'Level 2 accreditation', 'Underway'],
    ]],
    ['WDES Metric 3', '3', [
      ['Check every formal capability case for whether reasonable adjustments were offered first.', 'Employee Relations Manager', 'Q4 19/20', 'All cases checked', 'Not begun'],
    ]],
    ['WDES Metric 4', '4', [
      ['Ask the Ability Network to help design a play-based conflict resolution course for staff working with families.', 'Head of Learning', 'Q4 19/20', 'Course piloted in two wards', 'Delayed'],
      ['Add disability as a reason in the bullying and harassment reporting form.', 'Freedom to Speak Up Guardian', 'Q3 19/20', 'Reports can be analysed by disability', 'Done'],
    ]],
    ['WDES Metric 5', '5', [
      ['Offer disabled staff places on the Trust coaching scheme.', 'Head of Learning', 'Q4 19/20', 'Ten disabled staff coached', 'Underway'],
    ]],
    ['WDES Metric 8', '8', [
      ['Introduce a Health and Wellbeing Passport recording agreed adjustments that moves with the member of staff.', 'Occupational Health Manager', 'Q4 19/20', 'Passport used by 50 staff', 'Delayed'],
    ]],
    ['WDES Metric 9', '9', [
      ['Give the Ability Network chair protected time and invite the chair to the People and Culture Committee.', 'Chief People Officer', 'Q2 19/20', 'Chair attends committee', 'Done'],
    ]],
    ['WDES Metric 10', '10', [
      ['Run a Board seminar on disability equality with the Ability Network.', 'Chief People Officer', 'Q4 19/20', 'Seminar held', 'Not begun'],
    ]],
  ];
  for (const [metric, ind, acts] of blocks) {
    const first = p.r + 1;
    acts.forEach(([action, lead, due, how, st], i) => p.action([i ? null : metric, action, lead, due, how, st], { indicators: [ind], action, lead, due, status: st, rag: S[st][1], outcome: how }, { styles: [{ bold: true }, {}, {}, {}, {}, { fill: S[st][0], ...(S[st][2] ? { color: S[st][2] } : {}) }] }));
    mergeDown(p.ws, 'B', first, p.r);
  }
  p.blank();
  p.line(['What the colours mean'], { style: { bold: true } });
  for (const [w, m] of [['Done', 'We have finished this action'], ['Underway', 'We have started and expect to finish on time'], ['Delayed', 'We have started but will be late'], ['Not begun', 'We have not started yet']]) p.line([w, m], { border: true, styles: [{ fill: S[w][0], ...(S[w][2] ? { color: S[w][2] } : {}) }] });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY first WDES plan (2019-20) of a CHILDREN'S hospital, Calibri 11, in B:G with an EMPTY MARGIN column A: teal merged title 'Workforce Disability Equality Standard: our action plan for 2019/20', a bold trust line, a merged intro paragraph, a blank row, then a pale-blue QUESTION header 'WDES metric | What will we do? | Who will do it? | When? | How will we know? | Where are we?' (row 5). 'WDES Metric N' is MERGED DOWN over its block (pre-2021 set: whole 4 and 9; no actions for 6 and 7). Leads are job titles. 'When?' is financial-year quarter text ('Q3 19/20'). 'How will we know?' = outcome. 'Where are we?' is the status: words filled Done blue, Underway green, Delayed amber, Not begun red. No progress column. Under the table a bold 'What the colours mean' label and four key rows (filled word + meaning) – non-action rows. Judgement calls: 'Where are we?' is the status column (a question header); 'Done' is complete (blue); the merged metric gives every action in its block the metric.", { ragCol: 'G', mode: 'fill' });
}
