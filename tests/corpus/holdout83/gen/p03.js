// holdout83-wres-2016-17-hartsdyke: a very small community trust's first WRES plan – four actions under a short narrative, no status.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Hartsdyke Community Health NHS Trust';
  const p = new Plan(book, { name: 'holdout83-wres-2016-17-hartsdyke', sheet: 'Sheet1', standard: 'WRES', period: '2016-17', trust, widths: [14, 60, 26, 14], font: { name: 'Calibri', size: 11 } });
  p.line([`${trust}`], { style: { bold: true } });
  p.line(['WRES action plan 2016/17'], { style: { bold: true } });
  p.blank();
  p.line(['We employ 412 staff, of whom 23 (5.6%) are BME. With numbers this small several indicators cannot be reported without identifying people, so this plan concentrates on four things we can change this year.'], { merge: ['A', 'D'], height: 45 });
  p.blank();
  p.header(['Indicator', 'Action', 'Who', 'When'], { style: { fill: C.paleblue } });
  const rows = [
    ['2', 'Ask the two local colleges to send their health and social care students to our HCA open days, and track who applies.', 'HR Manager', 'Oct 2016'],
    ['5 and 6', 'Add an ethnicity question to the local pulse survey so we can see the smaller teams’ experience between national surveys.', 'Staff Engagement Lead', 'Dec 2016'],
    ['7', 'Offer every BME band 5 nurse a career conversation with the Director of Nursing in the year.', 'Director of Nursing', 'March 2017'],
    ['9', 'Use the chair vacancy to ask NHS Improvement for a diverse shortlist.', 'Company Secretary', 'January 2017'],
  ];
  for (const [ind, act, who, when] of rows) p.action([ind, act, who, when], { indicators: ind.split(' and '), action: act, lead: who, due: when }, { styles: [{ alignment: { horizontal: 'center' } }] });
  p.blank();
  p.line(['We will also look at whether to join the neighbouring acute trust’s BME network rather than start our own – to be discussed with staff side.'], { merge: ['A', 'D'], height: 30 });
  p.line(['Approved by the Workforce Committee, 9 August 2016.'], { style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional very small community trust, 412 staff) – its first WRES plan, kept on 'Sheet1' with almost no formatting: trust name, title, a blank row, a merged paragraph giving the BME headcount (23, 5.6%) and why only four things are planned, a blank row, the header 'Indicator | Action | Who | When' (row 6), FOUR actions, a blank row, a 'We will also look at whether to join …' paragraph and an approval line. Judgement calls: only the four grid rows are actions – the closing paragraph is an option still being considered (no lead, no date, 'to be discussed'), not an action; the figures in the opening paragraph are context; indicators from the Indicator column ('5 and 6' → both); lead = Who; due = When as typed ('March 2017', 'January 2017'); no status column, so status '' and rag null; no ref; theme null; the approval date is no due.", { forbidden: ['9 August 2016'] });
}
