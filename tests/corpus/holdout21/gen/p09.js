// holdout21-wdes-2023-24-kirkhallam: ORDINARY first post-2023 WDES plan of a HEALTH AND SOCIAL CARE trust – two title lines
// and an intro paragraph; question header 'High Impact Action | WDES metric | What we will do | Who will lead | By when | How we
// will measure success | Progress RAG'; HIA a column ('HIA 2 – Recruitment'); 'Metric 4a (patients/public)', 'Metrics 4a & 4b';
// 'Q3 23/24'; status is a 'Colour – meaning' PHRASE filled ('Green – on track'); owner line below.
import { Book, Plan, C, ALL_WDES21 } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout21-wdes-2023-24-kirkhallam', sheet: 'WDES 2023-24', standard: 'WDES', period: '2023-24', trust: 'Kirkhallam Health and Social Care NHS Trust', widths: [24, 26, 56, 30, 12, 36, 20] });
  p.line(['Kirkhallam Health and Social Care NHS Trust'], { merge: ['A', 'G'], style: { bold: true, font: { size: 14 }, color: 'FF00703C' } });
  p.line(['Workforce Disability Equality Standard (WDES) action plan 2023/24'], { merge: ['A', 'G'], style: { bold: true } });
  p.line(['This year the plan covers our adult social care teams as well as our NHS services, and it is organised around the six high impact actions of the NHS EDI Improvement Plan (June 2023). Progress is reported to the People and Culture Committee each quarter.'], { merge: ['A', 'G'], height: 32 });
  p.blank();
  p.header(['High Impact Action', 'WDES metric', 'What we will do', 'Who will lead', 'By when', 'How we will measure success', 'Progress RAG'], { style: { fill: 'FFE2EFDA' } });
  const S = { 'Blue – complete': [C.blue, 'blue', C.white], 'Green – on track': [C.green, 'green'], 'Amber – some delay': [C.amber, 'amber'], 'Red – off track': [C.red, 'red', C.white] };
  const data = [
    ['HIA 1 – Board accountability', 'Metric 10', ['10'], 'Give every executive director an objective on disability equality and review it at appraisal.', 'Chief Executive', 'Q2 23/24', 'All executive objectives include EDI', 'Blue – complete'],
    ['HIA 2 – Recruitment', 'Metric 2', ['2'], 'Offer adjustments at every stage of recruitment for social care and NHS posts, and say so in every advert.', 'Head of Resourcing', 'Q3 23/24', 'Relative likelihood of appointment below 1.1', 'Green – on track'],
    ['HIA 2 – Recruitment', 'Metric 5', ['5'], 'Include disabled staff in the talent conversations for home care team leader and senior practitioner roles.', 'Director of Adult Social Care', 'Q4 23/24', 'Metric 5 gap narrowed in the 2023 survey', 'Amber – some delay'],
    ['HIA 2 – Recruitment', 'Metric 3', ['3'], 'Review all formal capability cases involving disabled staff to check adjustments were made first.', 'Head of Employee Relations', 'Q3 23/24', 'Fewer disabled staff entering formal capability', 'Green – on track'],
    ['HIA 4 – Health inequalities', 'Metric 6', ['6'], 'Train managers to hold supportive attendance conversations with disabled staff, with no pressure to return before they are well.', 'Head of Wellbeing', 'Q4 23/24', 'Presenteeism gap reduced', 'Green – on track'],
    ['HIA 4 – Health inequalities', 'Metric 8', ['8'], 'Launch a workplace adjustments passport for social care staff who work in people\'s homes.', 'Occupational Health Manager', 'Q3 23/24', '80% of disabled staff say adequate adjustments are in place', 'Amber – some delay'],
    ['HIA 6 – Bullying and harassment', 'Metric 4a (patients/public)', ['4a'], 'Agree with home care clients and families a code of conduct that covers disability-related abuse of care workers.', 'Director of Adult Social Care', 'Q4 23/24', 'Fewer incidents reported by care workers', 'Red – off track'],
    ['HIA 6 – Bullying and harassment', 'Metrics 4a & 4b', ['4a', '4b'], 'Make reporting of bullying by managers and colleagues simpler, including a route through the Disability Network.', 'Freedom to Speak Up Guardian', 'Q3 23/24', 'More disabled staff report their last incident', 'Green – on track'],
    ['HIA 6 – Bullying and harassment', 'Metric 7', ['7'], 'Celebrate Disability History Month with events in each locality.', 'Head of Communications', 'Nov-23', 'Attendance and feedback', 'Blue – complete'],
    ['HIA 1 – Board accountability', 'Metric 9b', ['9b'], 'Make the Disability Network chair a standing attendee at the People and Culture Committee.', 'Chief People Officer', 'Q2 23/24', 'Network voice heard at every meeting', 'Blue – complete'],
    ['HIA 1 – Board accountability', 'Metric 9a', ['9a'], 'Hold "you said, we did" sessions on the staff survey with disabled staff.', 'Chief People Officer', 'Q4 23/24', 'Engagement score gap narrowed', 'Green – on track'],
    ['All', 'All metrics', ALL_WDES21, 'Publish the WDES report and this plan, and report progress each quarter.', 'Chief People Officer', 'Q2 23/24', 'Published by 31 October', 'Blue – complete'],
  ];
  for (const [hia, m, inds, action, lead, due, succ, st] of data)
    p.action([hia, m, action, lead, due, succ, st], { indicators: inds, action, lead, due, status: st, rag: S[st][1], outcome: succ }, { styles: [{}, {}, {}, {}, {}, {}, { fill: S[st][0], ...(S[st][2] ? { color: S[st][2] } : {}) }] });
  p.blank();
  p.line(['Plan owner: Head of Equality, Diversity and Inclusion. Approved by the People and Culture Committee on 19 September 2023.'], { merge: ['A', 'G'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY first post-2023 WDES plan of a HEALTH AND SOCIAL CARE trust (NHS services and adult social care in one organisation): a green merged trust title, a merged plan title, a merged intro paragraph (the plan covers social care teams and follows the six high impact actions of the NHS EDI Improvement Plan), a blank row, then a pale-green QUESTION header 'High Impact Action | WDES metric | What we will do | Who will lead | By when | How we will measure success | Progress RAG' (row 5). The first column holds the HIA as a short label per row ('HIA 2 – Recruitment', repeated, not merged, not in order) – a mapping, not a heading. Metrics from the 2021+ set: 'Metric N', 'Metric 4a (patients/public)' = ['4a'], 'Metrics 4a & 4b', 'Metric 9a', 'Metric 9b', 'All metrics' (= all twelve). Leads are job titles. By when is text: 'Q3 23/24' and once 'Nov-23'. Progress RAG holds a PHRASE 'Colour – meaning' ('Green – on track', 'Blue – complete', 'Amber – some delay', 'Red – off track') filled in that colour; there is no separate key. An owner / approval line sits under the table. No refs. Judgement calls: theme null – the HIA column is a per-row mapping (the HIA number is not a WDES metric); the status is the whole phrase as written; outcome = 'How we will measure success'; the '(patients/public)' gloss does not change the metric (4a).", { ragCol: 'G', mode: 'fill', notFrom: ['A'] });
}
