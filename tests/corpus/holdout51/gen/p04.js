// holdout51-wdes-2019-20-sedgecombe: an ordinary ambulance trust WDES plan saved as a controlled document. Quirks: a DOCUMENT CONTROL
// BLOCK at the top (title, version, author, approved by, dates) and the METRIC CELL MERGED DOWN over each metric's actions.
import { Book, Plan, C, D, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Sedgecombe Ambulance Service NHS Trust';
  const p = new Plan(book, { name: 'holdout51-wdes-2019-20-sedgecombe', sheet: 'WDES Action Plan', standard: 'WDES', period: '2019-20', trust, widths: [30, 58, 30, 16, 40] });
  p.line([trust], { merge: ['A', 'E'], style: { bold: true, font: { size: 14 } } });
  const L = { bold: true, fill: C.grey };
  const dc = [
    ['Document title', 'Workforce Disability Equality Standard (WDES) Action Plan 2019-20'],
    ['Version', '1.3'],
    ['Author', 'Inclusion and Wellbeing Manager'],
    ['Approved by', 'People and Organisational Development Committee'],
    ['Date approved', D(2019, 9, 12)],
    ['Review date', D(2020, 3, 31)],
    ['Classification', 'OFFICIAL'],
  ];
  for (const [k, v] of dc) p.line([k, v], { border: true, styles: [L, v instanceof Date ? { numFmt: 'dd/mm/yyyy', alignment: { horizontal: 'left' } } : {}] });
  p.blank();
  p.header(['WDES Metric', 'Action', 'Lead', 'Timescale', 'Update (March 2020)'], { style: { fill: C.darkblue, color: C.white } });
  const groups = [
    ['Metric 1 – Disabled staff in each pay band compared with the overall workforce', ['1'], [
      ['Ask every member of staff to check their disability status on ESR self-service during appraisal.', 'Head of Workforce Systems', 'March 2020', 'Declaration rate up from 2.8% to 4.1%.'],
      ['Explain in the staff bulletin why the Trust asks about disability and how the data is used.', 'Head of Communications', 'October 2019', 'Article published October.'],
    ]],
    ['Metric 2 – Relative likelihood of being appointed from shortlisting', ['2'], [
      ['Sign up to Disability Confident Level 2 and offer an interview to every disabled applicant who meets the minimum criteria.', 'Head of Recruitment', 'December 2019', 'Level 2 achieved November 2019.'],
    ]],
    ['Metric 4 – Harassment, bullying or abuse from patients, managers and colleagues, and reporting it', ['4'], [
      ['Include disability in the conflict resolution training for frontline crews and control room staff.', 'Head of Education and Training', 'Q4 2019/20', ''],
      ['Make it possible to report abuse anonymously through the Freedom to Speak Up app.', 'Freedom to Speak Up Guardian', 'January 2020', 'Live since January.'],
      ['Record disability as a factor on the violence and aggression reports the Security team reviews.', 'Local Security Management Specialist', 'Q3 2019/20', ''],
    ]],
    ['Metric 5 – Belief that the Trust provides equal opportunities for career progression', ['5'], [
      ['Hold career clinics for disabled staff in each operational area, run with the Disability Network.', 'Head of Leadership Development', 'Q4 2019/20', 'Two of five areas done.'],
    ]],
    ['Metric 6 – Feeling pressure to come to work when not well enough', ['6'], [
      ['Brief all station and control room managers on the disability-related absence clause of the attendance policy.', 'Head of HR Operations', 'November 2019', ''],
      ['Offer a wellbeing conversation to any disabled colleague after a second episode of absence.', 'Head of Health and Wellbeing', 'March 2020', ''],
    ]],
    ['Metric 9 – Engagement of disabled staff and the Trust\'s action to facilitate their voices', ['9'], [
      ['Relaunch the Disability Network with an executive sponsor and a budget for its meetings.', 'Director of People', 'September 2019', 'Relaunched 19 September 2019.'],
    ]],
  ];
  for (const [m, inds, acts] of groups) {
    const first = p.r + 1;
    acts.forEach(([a, lead, due, upd], i) => p.action([i === 0 ? m : undefined, a, lead, due, upd], { indicators: inds, action: a, lead, due, progress: upd }, { styles: [{ bold: true }] }));
    mergeDown(p.ws, 'A', first, p.r);
  }
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, an ambulance service): an ordinary plan kept as a controlled document. The trust name (row 1), then a DOCUMENT CONTROL BLOCK of label | value rows with grey labels (rows 2–8): Document title, Version 1.3, Author (a job title), Approved by (a committee), Date approved 12/09/2019, Review date 31/03/2020, Classification OFFICIAL; a blank row; one dark-blue header 'WDES Metric | Action | Lead | Timescale | Update (March 2020)' (row 10); ten actions (rows 11–20) under six metrics, the METRIC CELL (number and short wording, 'Metric 4 – Harassment, bullying or abuse …') MERGED DOWN over its one to three actions. Timescales are text ('March 2020', 'Q4 2019/20'); some updates filled. Judgement calls: nothing in the document control block is an action or a field of one – the Author and Approved by are not leads, the Review date and Date approved are not dues; indicators = the metric number in the merged cell, for every action beside it (the 2019 set: whole metrics 4 and 9); the metric wording is not a theme (it is the indicator column, merged), theme null; lead and timescale as written; progress = the update where filled; no status or RAG.", { metricMerge: { col: 'A' }, notFrom: ['A'], forbidden: ['Inclusion and Wellbeing Manager', 'People and Organisational Development Committee', '31/03/2020', '12/09/2019', 'OFFICIAL', '1.3'] });
}
