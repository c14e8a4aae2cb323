// holdout52-wdes-2025-26-vobster: a primary-care collaborative's first WDES-style plan, by the practice manager who does its HR.
// Small: 'Metric (what it measures) | Our number | What we're doing | Who | By'; the metric and its number on a group's first row only;
// 'NB -' commentary rows merged across between the actions; dates typed loosely; a closing line about metrics not used.
import { Book, Plan, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Vobster Valley Primary Care Collaborative';
  const p = new Plan(book, { name: 'holdout52-wdes-2025-26-vobster', sheet: 'Sheet1', standard: 'WDES', period: '2025-26', trust, widths: [30, 22, 52, 20, 12], font: { name: 'Calibri', size: 11 } });
  p.line([`${trust} (5 practices) - disability equality plan 2025/26 (WDES)`], { merge: ['A', 'E'], style: { bold: true, font: { size: 12 } } });
  p.line(['First go at this - Lynne Cartwright, Practice Manager, Hillside Surgery (lead PM for workforce)'], { merge: ['A', 'E'], style: { italic: true } });
  p.header(['Metric (what it measures)', 'Our number', "What we're doing", 'Who', 'By'], { style: { fill: 'FFFFF2CC' } });
  const act = (m, n, a, who, by, inds) => {
    const isD = by instanceof Date;
    p.action([m, n, a, who, by], { indicators: inds, action: a, lead: who, due: isD ? shown(by, 'dd/mm/yyyy') : by }, { styles: [{ bold: true }, {}, {}, {}, isD ? { numFmt: 'dd/mm/yyyy', alignment: { horizontal: 'left' } } : {}], height: 30 });
  };
  const nb = (t) => p.line([t], { merge: ['A', 'E'], style: { italic: true, color: 'FF808080' } });
  act('1 - % disabled staff by band/role', '6% (9 of 148)', 'Ask all staff to fill in the equality monitoring form again - lots left it blank', 'Each practice manager', 'Sept', ['1']);
  nb("NB - numbers are small so one or two people changes the % a lot. Don't read too much into year on year.");
  act('4a - bullying/harassment from patients', '4 of 9 disabled staff said yes', 'Zero tolerance posters + a reception script for dealing with abusive patients', 'Lynne', D(2025, 10, 31), ['4a']);
  act('', '', 'Add a disability question to our incident log so we can see the trend', '', 'end of yr', ['4a']);
  act('7 - feeling valued', '3 of 9', "Quarterly 'you said, we did' slot at the all-practice meeting", 'Clinical Director', 'Q2', ['7']);
  nb('NB - Dr Hale said the partners want this to be part of the wellbeing plan, not separate. Check.');
  act('8 - reasonable adjustments', '5 of 7 who needed one said adequate', 'One adjustment request form for all 5 practices, with Access to Work info on it', 'Lynne', 'Jan 26', ['8']);
  act('', '', 'Practice managers to do the ACAS reasonable adjustments webinar', 'Practice managers', 'Dec', ['8']);
  act('6 - presenteeism', 'not asked in our survey', 'Add the question to next staff survey', 'Lynne', 'March 2026', ['6']);
  p.blank();
  nb('Metrics 2, 3, 9, 10 - too few applicants/cases, or not applicable to us (no Board).');
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional primary-care collaborative of five GP practices): a first disability equality plan following the WDES metrics, typed by the practice manager who does the collaborative's HR, on 'Sheet1' – a merged title naming the collaborative and '2025/26 (WDES)', a 'First go at this - Lynne Cartwright, Practice Manager …' line, then the header 'Metric (what it measures) | Our number | What we're doing | Who | By' in row 3. The metric (number and a few words: '4a - bullying/harassment from patients') and 'Our number' (counts and percentages, '4 of 9 disabled staff said yes') are typed on a group's first row only; continuation rows leave both empty. Two grey italic 'NB -' COMMENTARY ROWS merged across the table sit between actions (one about small numbers, one about the partners' view). Dates typed loosely ('Sept', 'end of yr', 'Q2', 'Jan 26', 'Dec', 'March 2026') and one real date (31/10/2025); leads as typed ('Lynne', 'Each practice manager'), one blank. A closing line says metrics 2, 3, 9, 10 are not used. Judgement calls: indicators from the metric cell, carried to the continuation rows below it (2021 set: '4a'); theme null; 'Our number' is data, not progress or outcome; the NB rows are commentary, not actions and not progress of the rows near them; the closing line is not an action and gives metrics 2, 3, 9, 10 no actions; lead as written ('Lynne', not expanded to the full name in the author line), '' where blank; due as typed or shown; no status or RAG (status '', rag null).", {});
}
