// holdout18-wdes-2021-22-cawthorne: ORDINARY WDES plan (2021 set) of a MENTAL-HEALTH, LEARNING DISABILITY AND AUTISM
// partnership – green title, BRAG key line under it; question-ish header 'WDES metric(s) | What we will do | Who | When |
// How we will know | Update (Sept 2021) | BRAG'; four pale-green merged PRIORITY SECTION ROWS (theme); 'Metrics 4a & 4b',
// 'Metric 9b', 'Metrics 1 and 10'; leads teams / network / job titles; loose text timescales; BRAG as colour WORDS filled.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout18-wdes-2021-22-cawthorne', sheet: 'WDES 21-22', standard: 'WDES', period: '2021-22', trust: 'Cawthorne Partnership NHS Foundation Trust', widths: [16, 54, 30, 18, 36, 40, 9] });
  p.line(['Cawthorne Partnership NHS Foundation Trust – WDES Action Plan 2021/22'], { merge: ['A', 'G'], style: { bold: true, font: { size: 13 }, color: 'FF00703C' } });
  p.line(['Mental health, learning disability and autism services. BRAG: Blue = complete, Green = on track, Amber = some delay, Red = not started or at risk.'], { merge: ['A', 'G'], style: { italic: true } });
  p.blank();
  const h = p.header(['WDES metric(s)', 'What we will do', 'Who', 'When', 'How we will know', 'Update (Sept 2021)', 'BRAG'], { style: { fill: C.grey, alignment: { vertical: 'middle', wrapText: true } } });
  p.ws.views = [{ state: 'frozen', ySplit: h }];
  const S = { Blue: [C.blue, 'blue', C.white], Green: [C.green, 'green'], Amber: [C.amber, 'amber'], Red: [C.red, 'red', C.white] };
  const sections = [
    ['Priority 1: Reasonable adjustments and health at work', [
      ['Metric 8', ['8'], 'Introduce a Health and Wellbeing Passport that records agreed adjustments and moves with the staff member.', 'Head of Wellbeing', 'Sept 2021', 'Passport in use in every directorate.', 'Launched 6 September.', 'Blue'],
      ['Metric 6', ['6'], 'Train line managers to hold supportive conversations when disabled staff are unwell.', 'OD team', 'By Christmas 2021', '80% of managers trained; fewer staff say they felt pressure to work when unwell.', 'Two cohorts booked.', 'Green'],
      ['Metric 8', ['8'], 'Create a central budget for reasonable adjustments so teams do not pay for equipment from their own budget.', 'Deputy Director of Finance', 'Oct 2021', 'Budget agreed; requests decided within 4 weeks.', 'Paper to Finance Committee delayed.', 'Amber'],
    ]],
    ['Priority 2: Feeling safe and respected', [
      ['Metrics 4a & 4b', ['4a', '4b'], 'Add disability-related abuse to the violence and aggression reporting form and encourage staff to report it.', 'Health and Safety Manager', 'Nov 2021', 'More incidents reported; metric 4b improves.', 'Form updated.', 'Green'],
      ['Metric 4a', ['4a'], 'Run "Respect in our wards" sessions for inpatient teams, co-delivered by staff with lived experience.', 'Disability & Neurodiversity Network chair', 'Throughout 2021/22', 'Fewer disabled staff report harassment from service users.', 'Not started – facilitator recruitment.', 'Red'],
    ]],
    ['Priority 3: Careers and representation', [
      ['Metric 2', ['2'], 'Join Disability Confident Leader and offer autism-friendly interviews with questions in advance.', 'Resourcing team', 'March 2022', 'Leader status achieved; appointment ratio nearer 1.', 'Self-assessment started.', 'Green'],
      ['Metric 5', ['5'], 'Offer a reciprocal mentoring scheme pairing disabled staff with senior leaders.', 'OD team', 'Jan 2022', 'Twelve pairs in place; metric 5 gap narrows.', '', 'Amber'],
      ['Metrics 1 and 10', ['1', '10'], 'Ask all staff and Board members to update their disability status on ESR, explaining how the data are used.', 'Workforce Information team', 'Sept 2021', 'Declaration rate above 6%.', 'Campaign done; rate 5.4%.', 'Blue'],
    ]],
    ['Priority 4: Staff voice', [
      ['Metric 9b', ['9b'], 'Give the Disability & Neurodiversity Network a protected day a month for its chair and a seat at the People Committee.', 'Director of People', 'Aug 2021', 'Network chair attends People Committee.', 'Agreed in July.', 'Blue'],
      ['Metric 9a', ['9a'], 'Hold "you said, we did" sessions on the staff survey results for disabled staff in each care group.', 'Equality Lead', 'Feb–Mar 2022', 'Engagement score gap closes.', '', 'Green'],
      ['Metric 3', ['3'], 'Check every formal capability case for a disability or neurodiversity link before it proceeds.', 'Employee Relations team', 'Oct 2021', 'No capability case proceeds without an adjustments review.', 'Checklist drafted.', 'Amber'],
    ]],
  ];
  for (const [sec, acts] of sections) {
    p.line([sec], { merge: ['A', 'G'], border: true, style: { bold: true, fill: 'FFE2EFDA' } });
    for (const [m, inds, action, who, when, how, upd, st] of acts)
      p.action([m, action, who, when, how, upd, st], { indicators: inds, theme: sec, action, lead: who, due: when, status: st, rag: S[st][1], progress: upd, outcome: how }, { styles: [{}, {}, {}, {}, {}, {}, { fill: S[st][0], ...(S[st][2] ? { color: S[st][2] } : {}), alignment: { horizontal: 'center', vertical: 'top' } }] });
  }
  p.blank();
  p.line(['Owner: Director of People. Reviewed by the Equality, Diversity and Inclusion Group every two months.'], { merge: ['A', 'G'], style: { font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY WDES plan (2021-22, 2021 metric set) of a MENTAL-HEALTH, LEARNING DISABILITY AND AUTISM partnership trust: green merged title naming the trust, an italic merged line describing the services and giving the BRAG key (Blue complete, Green on track, Amber some delay, Red not started or at risk), a blank row, then a grey header 'WDES metric(s) | What we will do | Who | When | How we will know | Update (Sept 2021) | BRAG' (row 4, frozen). FOUR pale-green merged PRIORITY SECTION ROWS ('Priority 1: Reasonable adjustments and health at work' …) group the actions (gold theme = the section text; they name no metric). Metrics 'Metric N', 'Metrics 4a & 4b', 'Metric 9b', 'Metrics 1 and 10'. Leads are teams, a network chair and job titles. Timescales loose text ('Sept 2021', 'By Christmas 2021', 'Throughout 2021/22', 'Feb–Mar 2022'). 'How we will know' = outcome; Update = progress (two empty); BRAG = colour WORDS filled in their colour. Owner line below. Judgement calls: section rows are themes, not actions; the colour word is the status; 'Throughout 2021/22' is the due as written.", { ragCol: 'G', mode: 'fill' });
}
