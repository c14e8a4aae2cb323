// holdout56-wdes-2022-23-marlowdene: follows the Tavistock and Portman NHS FT page 'Workforce disability equality standard – 2022/23'
// (https://tavistockandportman.nhs.uk/publications/workforce-disability-equality-standard-2022-23/): a 'Date:' line, key findings sorted
// into THREE GROUPS (encouraging results / need for better inclusive practice or communication / key themes needing considered action),
// asterisked metric words with a footnote on language, and the full metric wording in 'Appendix 1'.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Marlowdene and Downs NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout56-wdes-2022-23-marlowdene', sheet: 'WDES 2022-23', standard: 'WDES', period: '2022-23', trust, widths: [8, 62, 28, 16, 40] });
  const W = ['A', 'E'];
  p.line([trust], { merge: W, style: { bold: true, font: { size: 14 }, color: C.purple } });
  p.line(['Workforce Disability Equality Standard (WDES) – 2022/23 report and action plan'], { merge: W, style: { bold: true, font: { size: 12 } } });
  p.line(['Date: October 2023'], { merge: W });
  p.line(['This plan sets out what our 2022/23 WDES data tells us and what we will do over the next twelve months. The metrics are sorted into three groups below; the full wording of each metric is in Appendix 1.*'], { merge: W, height: 30 });
  p.blank();
  p.header(['', 'What we will do', 'Lead', 'Timescale', 'Progress to date'], { style: { fill: C.lilac } });
  const acts = [];
  const group = (t) => p.line([t], { merge: W, border: true, style: { bold: true, fill: C.purple, color: C.white } });
  const metric = (t) => p.line([t], { merge: W, border: true, style: { bold: true, italic: true, fill: C.palegrey } });
  let theme, inds;
  const act = (a, lead, due, prog = '') => p.action(['', a, lead, due, prog], { theme, indicators: inds, action: a, lead, due, progress: prog, dueSource: 'column' });
  theme = 'A. Encouraging results – we will keep doing what works'; group(theme);
  metric('Metric 1 – Disabled staff in the workforce: 6.2% of staff have declared a disability on ESR (5.1% last year)'); inds = ['1'];
  act('Keep the twice-yearly "check your details" prompt on ESR and add it to the appraisal checklist.', 'Head of Workforce Information', 'Ongoing', 'Prompt sent in May 2023; declarations up 0.4 points since.');
  metric('Metric 9b – Disabled Staff Forum: in place, with an executive sponsor'); inds = ['9b'];
  act("Agree a budget line for the forum and a deputy chair role with two hours' protected time a month.", 'Director of People', 'December 2023');
  theme = 'B. Needs better inclusive practice and/or communication'; group(theme);
  metric('Metric 8 – Reasonable adjustments*: 71.8% of disabled staff say adequate adjustments were made (73.0% last year)'); inds = ['8'];
  act('Publish a plain-English guide for managers on agreeing and reviewing adjustments, written with the forum.', 'Equality and Inclusion Lead', 'November 2023', 'Draft shared with the forum for comment.');
  act('Move adjustment requests onto one online form so that we can see how long each one takes.', 'Head of HR Operations', 'March 2024');
  metric('Metric 2 – Appointment from shortlisting: non-disabled applicants 1.21 times more likely to be appointed'); inds = ['2'];
  act('Check that every job advert names the guaranteed interview offer for disabled applicants who meet the essential criteria.', 'Recruitment Manager', 'September 2023', 'Done – advert template updated in August.');
  theme = 'C. Key themes where considered action is needed'; group(theme);
  metric('Metric 4a – Harassment, bullying or abuse from managers: 17.9% of disabled staff against 10.2% of non-disabled staff'); inds = ['4a'];
  act('Run facilitated listening sessions with disabled staff in each clinical directorate and feed the themes into the civility programme.', 'Associate Director of OD', 'January 2024');
  act('Add a disability module to the "Leading with kindness" course for new managers.', 'Head of Learning and Development', 'April 2024');
  metric('Metric 6 – Presenteeism*: 27.4% of disabled staff felt pressure to come to work when unwell (19.6% non-disabled)'); inds = ['6'];
  act('Review the attendance policy with staff side so that disability-related absence is recorded separately and does not count towards triggers.', 'Deputy Director of People', 'February 2024', 'Policy group meets on 14 November.');
  act("Brief team managers on the revised policy through the monthly managers' bulletin and a recorded webinar.", 'Internal Communications Manager', 'March 2024');
  metric('Metric 3 – Formal capability process: disabled staff 1.9 times more likely to enter it (three-year average)'); inds = ['3'];
  act('Ask HR advisers to check at the start of every capability case whether an adjustment has been offered, and record the answer.', 'Head of Employee Relations', 'December 2023');
  p.blank();
  p.line(['*Some wording follows the national metric and is not language we use in our own policies or communications.'], { merge: W, style: { italic: true, font: { size: 9 } } });
  p.line(['Appendix 1 (full metric descriptions) is published with the report on our website.'], { merge: W, style: { font: { size: 9 } } });
  p.ws.views = [{ state: 'frozen', ySplit: 6 }];
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, a mental health foundation trust) following a real published WDES report page (Tavistock and Portman, 2022/23), kept as one sheet 'WDES 2022-23': trust name, title, 'Date: October 2023' (the report's date, not a due), an intro line pointing to Appendix 1, a blank row, then the header on row 6 whose first cell is EMPTY ('' | What we will do | Lead | Timescale | Progress to date). Below it three purple GROUP rows sort the metrics by how the results look ('A. Encouraging results – we will keep doing what works', 'B. Needs better inclusive practice and/or communication', 'C. Key themes where considered action is needed'); under each group, grey italic METRIC ROWS merged across the table ('Metric 8 – Reasonable adjustments*: 71.8% …') carry the finding with its figures; the actions sit under the metric row they answer, with column A empty. A footnote on the asterisked words and an Appendix line close the sheet. Judgement calls: the metric rows are findings, not actions – each gives its metric number to the actions under it (indicators from the metric row above: '9b' kept as written, 'Metric 4a' → ['4a']); theme = the group row above (the grouping is the plan's own heading); the figures, the 'Date:' line and the footnote give no field; lead and timescale as written ('Ongoing', month names); progress = 'Progress to date' where filled; no status column, so status '' and rag null even where progress says 'Done'; ref '' (no numbering).", { ind: 'above', notFrom: ['A'] });
}
