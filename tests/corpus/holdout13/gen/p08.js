// holdout13-wdes-2023-24-thornleigh: ORDINARY POST-2023 PLAN – 'HIA' first column ('HIA 2'), metric words, UNFILLED status
// words with no key (rag null), deadlines as quarters and HALVES, a HIDDEN notes column, HIA glossary + approval below.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout13-wdes-2023-24-thornleigh', sheet: 'WDES 2023-24', standard: 'WDES', period: '2023-24', trust: 'Thornleigh Health and Care NHS Trust', widths: [9, 16, 60, 30, 15, 14, 30], font: { name: 'Arial', size: 10 } });
  p.line(['Thornleigh Health and Care NHS Trust'], { style: { bold: true, font: { size: 13 } } });
  p.line(['Workforce Disability Equality Standard (WDES) Action Plan 2023/24'], { style: { bold: true } });
  p.line(['This plan responds to our 2023 WDES data and is aligned to the six high impact actions (HIAs) of the NHS equality, diversity and inclusion improvement plan. The HIAs are listed under the plan.'], { merge: ['A', 'F'], height: 30 });
  p.blank();
  p.header(['HIA', 'Metric', 'Action', 'Responsible', 'Deadline', 'Status', 'EDI team notes'], { style: { fill: C.paleblue } });
  p.ws.getColumn(7).hidden = true;
  const act = (hia, ind, inds, action, lead, due, s, note = '') => p.action([hia, ind, action, lead, due, s, note], { indicators: inds, action, lead, due, status: s });
  act('HIA 1', 'Metric 10', ['10'], 'Agree a disability equality objective for every Board member and review it at the mid-year appraisal.', 'Chair and Chief Executive', 'Q3 2023/24', 'In progress', 'Objectives drafted for execs');
  act('HIA 1', 'Metric 9b', ['9b'], 'Hold two Board development sessions led by the Disabled Staff Network.', 'Director of Corporate Affairs', 'H2 2023/24', 'Not started');
  act('HIA 2', 'Metric 2', ['2'], 'Advertise all posts with the Disability Confident logo and offer adjustments at every stage of recruitment.', 'Head of Recruitment', 'Q2 2023/24', 'Complete');
  act('HIA 2', 'Metric 5', ['5'], 'Create a shadowing scheme for Disabled staff at Band 5–7 with senior leaders.', 'Head of Leadership and OD', 'H1 2024/25', 'Not started', 'Link with talent board');
  act('HIA 2', 'Metric 1', ['1'], 'Improve disability declaration on ESR to 8% through a "Tell us" campaign.', 'Workforce Information Manager', 'March 2024', 'In progress');
  act('HIA 4', 'Metric 6', ['6'], 'Review attendance management triggers for staff with long-term conditions and disabilities.', 'Head of HR Policy', 'Q4 2023/24', 'In progress', 'Staff side consulted Dec');
  act('HIA 4', 'Metric 8', ['8'], 'Introduce a reasonable adjustments hub with a named adviser and a four-week target for adjustments.', 'Head of Occupational Health', 'H2 2023/24', 'In progress');
  act('HIA 6', 'Metrics 4a/4b', ['4a', '4b'], 'Launch a "Speak up safely" campaign and tell staff how harassment from patients and colleagues will be handled.', 'Freedom to Speak Up Guardian', 'Ongoing', 'In progress');
  act('HIA 6', 'Metric 3', ['3'], 'Check every proposed capability case for missed adjustments before it is started.', 'Head of Employee Relations', 'Q3 2023/24', 'Complete');
  act('HIA 6', 'Metric 7', ['7'], 'Ask each directorate to hold a listening session with Disabled staff and report back what changed.', 'Directorate Managers', 'Monthly', 'Not started');
  p.blank();
  p.line(['', 'High impact actions (NHS EDI Improvement Plan, June 2023)'], { style: { bold: true } });
  for (const t of ['HIA 1 – Measurable objectives on EDI for Chairs, Chief Executives and Board members', 'HIA 2 – Overhaul recruitment processes and embed talent management processes', 'HIA 3 – Eliminate total pay gaps with respect to race, disability and gender', 'HIA 4 – Address health inequalities within the workforce', 'HIA 5 – Comprehensive induction and onboarding programme for international recruits', 'HIA 6 – Eliminate conditions and environment in which bullying, harassment and physical violence at work occur']) p.line(['', t], { merge: ['B', 'F'], style: { font: { size: 9 } } });
  p.blank();
  p.line(['', 'Approved by the People and Culture Committee on 19 October 2023. Next review: April 2024.'], { style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY post-2023 WDES plan: trust name, title, a merged intro sentence about the six HIAs, blank, then a pale-blue header 'HIA | Metric | Action | Responsible | Deadline | Status | EDI team notes' (row 5) whose last column G is HIDDEN (internal notes; not progress). 'HIA 1' … 'HIA 6' in the first column is a grouping label, not a theme (theme null). Metric words 'Metric 9b', 'Metrics 4a/4b' → ['4a','4b']. Deadlines are text: quarters, HALVES ('H2 2023/24', 'H1 2024/25'), 'March 2024', 'Ongoing', 'Monthly'. Status words 'Complete' / 'In progress' / 'Not started' with NO FILL and NO KEY, so rag is null for every action. Below the plan: a caption and six merged lines giving the HIA wording (they start 'HIA N –' like the first column but are a glossary, not actions), then an approval line. No refs; progress ''.", {});
}
