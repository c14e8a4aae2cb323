// holdout52-wdes-2021-22-jurbank: a community and learning disability trust's WDES plan by a newly appointed EDI officer. An 'About
// this plan' paragraph above the header; 'Metric(s) | Action | Priority (H/M/L) | Lead | Target | Date done | Comments'; the metric
// column written the officer's own way with doubts ('7 (and 9a?)', 'tbc'); Priority is not a status; 'Date done' filled on three rows.
import { Book, Plan, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Jurbank Community and Learning Disability NHS Trust';
  const p = new Plan(book, { name: 'holdout52-wdes-2021-22-jurbank', sheet: 'WDES action plan', standard: 'WDES', period: '2021-22', trust, widths: [14, 54, 10, 24, 14, 12, 34], font: { name: 'Calibri', size: 11 } });
  p.line([trust], { style: { bold: true, font: { size: 13 } } });
  p.line(['Workforce Disability Equality Standard (WDES) - our action plan for 2021/22'], { style: { bold: true } });
  p.line(["About this plan: this is my first WDES plan since joining in June, so it's built on what the Ability staff network told us at the July listening event and the 2021 WDES data (see the report on the intranet). I've put a priority on each action so we do the important ones first. - Naomi Stiles, EDI Officer"], { merge: ['A', 'G'], height: 58 });
  p.blank();
  p.header(['Metric(s)', 'Action', 'Priority (H/M/L)', 'Lead', 'Target', 'Date done', 'Comments'], { style: { fill: 'FFC6E0B4' }, height: 30 });
  const A = [
    ['1', ['1'], 'Run a "Why declare?" campaign with stories from network members', 'H', 'Naomi Stiles', 'Oct-21', D(2021, 10, 29), 'Declaration up from 3.4% to 4.8%'],
    ['2', ['2'], 'Make the guaranteed interview scheme clear on every advert and check it is applied', 'H', 'Recruitment Manager', 'Nov 21', null, 'Advert template changed, checking still to do'],
    ['3', ['3'], 'Ask ER to record disability on every capability case and look at the last 2 years', 'M', 'Employee Relations Lead', 'Q4', null, ''],
    ['4a/4b', ['4a', '4b'], 'Add disability to the bullying & harassment reporting form and encourage staff to report', 'H', '', 'Jan 2022', null, ''],
    ['5', ['5'], 'Coaching offer for disabled staff thinking about a next step, through the NHS leadership academy', 'M', 'Head of OD', 'Spring 22', null, 'Waiting to hear if funding agreed'],
    ['6', ['6'], 'Separate disability-related sickness in the attendance policy (disability leave)', 'H', 'HR Policy Lead', { d: D(2022, 3, 31), f: 'dd/mm/yyyy' }, null, 'Draft at JNCC in Feb'],
    ['7 (and 9a?)', ['7', '9a'], 'Exec sponsor for the Ability network and quarterly network meetings with the Chief Exec', 'M', 'Director of Workforce', 'Sept 21', D(2021, 9, 14), 'Sponsor is Director of Workforce'],
    ['8', ['8'], 'Introduce a reasonable adjustments passport and a central adjustments budget', 'H', 'OH Manager / Naomi Stiles', 'Feb 2022', null, ''],
    ['9b', ['9b'], 'Give the Ability network 2 hours protected time a month for the chair and deputy', 'L', 'Director of Workforce', 'Dec 21', D(2021, 12, 6), ''],
    ['tbc', [], 'Easy read version of this plan for staff with learning disabilities', 'L', 'Comms', 'tbc', null, 'Network to advise which metric this fits'],
    ['10', ['10'], 'Invite Board members to complete a confidential disability declaration', 'M', '', 'March 22', null, ''],
  ];
  for (const [mc, inds, a, pr, lead, tgt, done, com] of A) {
    const isD = typeof tgt === 'object';
    p.action([mc, a, pr, lead, isD ? tgt.d : tgt, done, com], { indicators: inds, action: a, lead, due: isD ? shown(tgt.d, tgt.f) : tgt, progress: com, completed: done ? shown(done, 'dd/mm/yy') : '' }, { styles: [{ alignment: { horizontal: 'center' } }, {}, { alignment: { horizontal: 'center' } }, {}, isD ? { numFmt: tgt.f, alignment: { horizontal: 'left' } } : {}, { numFmt: 'dd/mm/yy', alignment: { horizontal: 'left' } }, {}], height: 32 });
  }
  p.blank();
  p.line(['Priority: H = must do this year, M = should do, L = if we have capacity'], { style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional community and learning disability trust): the first WDES plan of a newly appointed EDI officer, sheet 'WDES action plan' – trust, title, a merged 'About this plan: …' paragraph in her own voice (it mentions June, July, the 2021 data), a blank row, then 'Metric(s) | Action | Priority (H/M/L) | Lead | Target | Date done | Comments'. The metric column is written her own way: '4a/4b', '7 (and 9a?)' with a question mark, 'tbc' on one row. A PRIORITY column (H / M / L, decoded by a line under the table) sits where a status might be; 'Date done' holds a real date (dd/mm/yy) on three rows; Comments hold updates. Targets are mostly typed ('Oct-21', 'Nov 21', 'Q4', 'Spring 22', 'Sept 21', 'tbc') and one real date (31/03/2022); two rows have no lead. Judgement calls: indicators from the metric cell, 2021 set ('4a/4b' → ['4a','4b']; '7 (and 9a?)' → ['7','9a'] – the officer names 9a, the question mark is her doubt, not a withdrawal); 'tbc' → [] (no metric named); Priority is not a status and gives no RAG (status '', rag null throughout); completed = 'Date done' as shown where filled; progress = Comments; due = Target as typed or shown ('tbc' kept as typed); lead '' where blank; theme null; the About paragraph and the priority key are not actions.", {});
}
