// holdout31-wdes-2022-23-wrenfold: follows the 'EDI activity plans' page of the NIHR Great Ormond Street Hospital BRC and CRF
// (gosh.nhs.uk/…/our-joint-strategy-for-equity-diversity-and-inclusion/edi-activity-plans): a paragraph saying who holds responsibility
// and who coordinates delivery, then numbered areas ('1. Evidence-led change'), each with an 'Objective: …' line and its own table
// 'Action | Timeline | Responsible | Measure of success', timelines written loosely ('Early 2023', 'End 2023', 'Annually',
// 'By end 2024, annually'), the Responsible column naming a unit rather than a person.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Wrenfold Eye Hospital NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout31-wdes-2022-23-wrenfold', sheet: 'Activity plan', standard: 'WDES', period: '2022-23', trust, widths: [60, 22, 24, 48], font: { name: 'Calibri', size: 11 } });
  p.line([`${trust} – Disability Equality (WDES) Activity Plan 2022/23`], { merge: ['A', 'D'], style: { bold: true, font: { size: 14 } } });
  p.line(["Responsibility for this plan sits with the Chief People Officer and the Trust's Executive Sponsor for disability. The Inclusion Lead coordinates delivery of the activities below, with support from the Disabled Colleagues Network ('the Network'), the People Team, Estates and the Communications Team. The Responsible column names the team that will deliver each activity."], { merge: ['A', 'D'], height: 62 });
  p.blank();
  const areas = [
    ['1. Evidence-led change', 'Objective: Improve the disability data we hold and use it to decide and check our actions (WDES metrics 1 and 10).', ['1', '10'], [
      ['Run a campaign asking colleagues to update their disability status on ESR self-service.', 'Early 2023', 'People Team', 'ESR declaration rate rises from 3.4% to 5%.'],
      ['Compare ESR declaration with the staff survey rate for each directorate and share the gap with directors.', 'End 2023', 'Workforce Information', 'Gap reported for every directorate.'],
      ['Publish our WDES metrics, this plan and our progress on the Trust website.', 'Annually', 'Inclusion Lead', 'Published by 31 October each year.'],
    ]],
    ['2. Recruitment and progression', 'Objective: Make it as likely for disabled applicants and colleagues to be appointed and to progress as for anyone else (WDES metrics 2 and 5).', ['2', '5'], [
      ['Reach Disability Confident Leader status.', 'By end 2023', 'People Team', 'Leader status awarded.'],
      ['Offer an interview to every disabled applicant who meets the essential criteria, and audit shortlisting twice a year.', 'From April 2023, twice yearly', 'Recruitment', 'Relative likelihood of appointment from shortlisting between 0.8 and 1.25.'],
      ['Open the Trust mentoring scheme to disabled colleagues at Bands 3 to 7.', 'Mid 2023', 'Learning and Development', 'At least 10 disabled colleagues matched with a mentor.'],
    ]],
    ['3. Adjustments and wellbeing', 'Objective: Make sure disabled colleagues get the adjustments they need, quickly and without having to ask twice (WDES metrics 6 and 8).', ['6', '8'], [
      ['Launch a Workplace Adjustments Passport backed by a central adjustments budget.', 'Spring 2023', 'People Team, Network', 'Passport in use in every directorate.'],
      ['Teach line managers to hold adjustments conversations as part of the management essentials course.', 'By end 2023, then ongoing', 'Learning and Development', '80% of line managers trained.'],
      ['Change the attendance policy so that disability-related absence is recorded separately.', 'End 2023', 'HR Policy Group', 'Revised policy approved.'],
    ]],
    ['4. Voice and culture', 'Objective: Listen to disabled colleagues and reduce the bullying and harassment they experience (WDES metrics 4a, 4b, 9a and 9b).', ['4a', '4b', '9a', '9b'], [
      ['Give the Network chair protected time of one day a month and a seat on the People Committee.', 'Early 2023', 'Chief People Officer', 'Protected time agreed; chair attends People Committee.'],
      ["Run a 'See the person' campaign on bullying and harassment of disabled colleagues by patients and staff.", 'Autumn 2023', 'Communications Team, Network', 'Staff survey harassment scores for disabled colleagues fall.'],
    ]],
  ];
  const secs = [];
  for (const [head, obj, inds, acts] of areas) {
    secs.push(p.line([head], { merge: ['A', 'D'], style: { bold: true, font: { size: 13 }, color: C.teal } }));
    p.line([obj], { merge: ['A', 'D'], style: { italic: true } });
    p.header(['Action', 'Timeline', 'Responsible', 'Measure of success'], { style: { fill: C.palegrey } });
    for (const [a, tl, resp, m] of acts) p.action([a, tl, resp, m], { indicators: inds, theme: head, action: a, lead: resp, due: tl, outcome: m });
    p.blank();
  }
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, a specialist eye hospital) laid out like a real published EDI activity plan page of an NHS trust's research centre (the NIHR Great Ormond Street Hospital BRC and CRF's 'EDI activity plans'): a title (row 1), a RESPONSIBILITY PARAGRAPH naming the Chief People Officer, the Executive Sponsor and the Inclusion Lead as holding or coordinating the whole plan (row 2), then four numbered areas ('1. Evidence-led change'), each with an italic 'Objective: …' line that names WDES metrics in brackets, its OWN REPEATED HEADER 'Action | Timeline | Responsible | Measure of success' and two or three actions. Timelines are loose ('Early 2023', 'End 2023', 'Annually', 'From April 2023, twice yearly', 'By end 2023, then ongoing'); Responsible names a team ('People Team, Network'). Judgement calls: each table row is one action; indicators from the area's Objective line ('WDES metrics 4a, 4b, 9a and 9b' → ['4a','4b','9a','9b']; 2022 numbering with the 4 and 9 sub-metrics); theme = the numbered area heading; lead = Responsible as written (a team) – NOT the Inclusion Lead or Chief People Officer from the opening paragraph, who coordinate or own the whole plan; the one action whose Responsible is 'Chief People Officer' takes that as its lead because it is in its own row; due = Timeline as written, never turned into a date; outcome = Measure of success; the Objective lines and the paragraph are not actions; no status, rag null.", { sections: secs, sameHeaders: true });
}
