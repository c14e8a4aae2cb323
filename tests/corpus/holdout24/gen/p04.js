// holdout24-wdes-2019-20-tolgarth: follows a mental health trust's WDES 2019-2022 plan as published on its website, one page per
// metric ('Metric 2 - Recruitment', the metric's wording, 'Objective - …', the actions, 'Time frame', then the update), here as the
// pages pasted one under another into Excel. No lead column: one time frame says a manager will set it.
import { Book, Plan, C, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Tolgarth Partnership NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout24-wdes-2019-20-tolgarth', sheet: 'WDES 2019-2022', standard: 'WDES', period: '2019-20', trust, widths: [30, 52, 36, 24, 42] });
  p.line([`${trust} – Workforce Disability Equality Standard 2019-2022`], { merge: ['A', 'E'], style: { bold: true, font: { size: 13 } } });
  p.line(['Publication date: 01 October 2019. Date range: October 2019 – October 2020. The WDES compares the experience of disabled and non-disabled staff; each metric below sets out our objective and actions.'], { merge: ['A', 'E'], height: 30 });
  const metrics = [
    ['Metric 1 - Representation', ['1'], 'Percentage of staff in AfC pay bands or medical and dental subgroups and very senior managers compared with the percentage of staff in the overall workforce.', 'Objective - Know our workforce', [
      ['Run a campaign with the Disability Network asking staff to update their disability status on ESR.', 'A truer picture of disabled staff; declaration rate above 5%.', 'March 2020', 'Campaign ran in February; declaration rate up from 3.1% to 4.6%.'],
      ['Add a disability question to the starter form so that new staff are asked on their first day.', 'Every new starter asked.', 'December 2019', 'In place from November.'],
    ]],
    ['Metric 2 - Recruitment', ['2'], 'Relative likelihood of disabled staff compared to non-disabled staff being appointed from shortlisting across all posts.', 'Objective - From applying to being appointed', [
      ['Every recruiting manager and panel member to complete resourcing and selection training.', 'More disabled applicants appointed.', 'Resourcing manager to determine', 'Recruitment review done; recommendations made to Workforce and OD. To be carried over.'],
      ['Find the three places disabled people most often look for work and advertise there.', 'More applications from disabled people.', 'June 2020', 'Links made with the local Jobcentre Plus disability adviser.'],
    ]],
    ['Metric 3 - Capability', ['3'], 'Disabled staff compared to non-disabled staff entering the formal capability process on the grounds of performance.', 'Objective - Fair capability processes', [
      ['Record capability and disciplinary cases by disability, including whether the case arose from the disability.', 'Know whether disabled staff enter formal processes more often.', 'For the Employee Relations team to determine', 'Work started as part of the early resolution programme. To be carried over.'],
    ]],
    ['Metric 4 - Harassment, bullying or abuse', ['4'], 'Percentage of disabled staff compared to non-disabled staff experiencing harassment, bullying or abuse from patients, managers or colleagues, and whether they reported it.', 'Objective - Safe to report', [
      ['Publish a simple guide to reporting bullying and harassment, including reporting through the Disability Network.', 'More disabled staff who experience harassment report it.', 'April 2020', 'Guide drafted with the network.'],
    ]],
    ['Metric 6 - Presenteeism', ['6'], 'Percentage of disabled staff compared to non-disabled staff saying they have felt pressure from their manager to come to work despite not feeling well enough.', 'Objective - Well at work', [
      ['Include a conversation about adjustments and health in every return-to-work interview.', 'Fewer disabled staff feel pressure to come to work unwell.', 'January 2020', 'Return-to-work form changed.'],
      ['Introduce a health passport that staff can take with them when they change manager.', 'Adjustments kept when staff move.', 'September 2020', 'Not started.'],
    ]],
    ['Metric 9 - Engagement and voice', ['9'], 'Staff engagement score for disabled and non-disabled staff, and whether the Trust facilitates the voices of disabled staff.', 'Objective - A stronger network', [
      ['Give the Disability Network chair protected time and an executive sponsor.', 'Disabled staff heard at the Board.', 'October 2019', 'Executive sponsor named; protected time agreed.'],
    ]],
  ];
  for (const [head, inds, wording, obj, acts] of metrics) {
    p.blank();
    (p.secs ||= []).push(p.line([head], { merge: ['A', 'E'], style: { bold: true, font: { size: 12 }, color: C.nhs } }));
    p.line([wording], { merge: ['A', 'E'], style: { italic: true }, height: 28 });
    p.header(['Objective', 'Actions', 'Outcome', 'Time frame', 'Update'], { style: { fill: C.palegrey } });
    const first = p.r + 1;
    acts.forEach(([a, out, tf, upd], i) => p.action([i === 0 ? obj : undefined, a, out, tf, upd], { ref: '', indicators: inds, theme: head, action: a, lead: '', due: tf, progress: upd, outcome: out }));
    mergeDown(p.ws, 'A', first, p.r);
  }
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, a mental health and learning disability partnership trust) following a real WDES 2019-2022 plan that a mental health trust published as WEB PAGES, one per metric (here the pages pasted one under another into Excel): a title line, a publication-date and date-range line, then for six metrics a blank row, a blue bold HEADING ('Metric 2 - Recruitment'), an italic line with the metric's wording, a grey header 'Objective | Actions | Outcome | Time frame | Update' (repeated six times) and one or two actions; the OBJECTIVE ('Objective - From applying to being appointed') is merged down beside its actions. The pre-2021 metric set is used (whole 4 and 9). NO LEAD COLUMN. Judgement calls: action = the Actions cell, one per row; the objective is a goal merged down beside its actions, not an action and not a theme; theme = the metric heading row above, indicators from it; lead '' for every action – 'Resourcing manager to determine' (row 13) and 'For the Employee Relations team to determine' (row 19) are TIME FRAMES that say who will set the date, so each is the gold due as written and neither is a lead; due otherwise = Time frame as written ('March 2020'); Outcome = outcome; Update = progress ('… To be carried over.' is progress, not a status); the metric wording lines are context; no ref, no status, rag null.", { sections: p.secs, sameHeaders: true, notFrom: ['A'] });
}
