// holdout36-wdes-2025-26-wetherstone: a PRIMARY-CARE COLLABORATIVE's first WDES-style plan across its practices: plain-English
// headings as section rows, the WDES metric only in brackets at the end of the action, a 'Which practices' column beside the lead,
// a 'Done?' column of words without colour.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Wetherstone Primary Care Collaborative';
  const p = new Plan(book, { name: 'holdout36-wdes-2025-26-wetherstone', sheet: 'WDES 25-26', standard: 'WDES', period: '2025-26', trust, widths: [5, 60, 24, 26, 14, 12], font: { name: 'Arial', size: 10 } });
  p.line([`${trust} – disability equality plan 2025-26 (using the WDES metrics)`], { merge: ['A', 'F'], style: { bold: true, font: { size: 12 } } });
  p.line(['Six PCNs, 23 practices. General practice does not have to publish the WDES, but the collaborative board agreed to use its metrics so that practices can compare themselves with local trusts. Metric numbers are in brackets after each action.'], { merge: ['A', 'F'], height: 40 });
  p.line(['Plan held by the collaborative\'s workforce lead; practices send updates by the 10th of each month.'], { merge: ['A', 'F'], style: { italic: true } });
  p.header(['#', 'What we\'ll do', 'Which practices', 'Lead', 'When', 'Done?'], { style: { fill: C.lightblue } });
  const sec = (t) => p.line([t, '', '', '', '', ''], { merge: ['A', 'F'], style: { bold: true, fill: C.palegrey } });
  const rows = [
    ['Getting in and getting on', [
      ['1', 'Add a line to every practice job advert inviting applicants to ask for adjustments at interview (metric 2).', 'All 23', 'Workforce Lead', 'May 2025', 'Yes'],
      ['2', 'Offer shared training for practice managers on reasonable adjustments for reception and admin staff (metrics 2 and 7).', 'All 23', 'Training Hub Manager', 'Sept 2025', 'Started'],
      ['3', 'Ask staff to update their disability status on the practice HR system during appraisal (metric 1).', 'Practices using the shared HR system (17)', 'Practice Managers\' Forum chair', 'Mar 2026', 'Started'],
    ]],
    ['Feeling safe at work', [
      ['4', 'Put up the collaborative\'s poster on abuse towards practice staff in every waiting room and on practice websites (metric 4a).', 'All 23', 'Clinical Director, Wetherstone North PCN', 'June 2025', 'Yes'],
      ['5', 'Agree one way for staff to report abuse from patients, with a monthly summary to each PCN (metric 4a, 4b).', 'Pilot: Riverside PCN practices', 'Operations Manager, Riverside PCN', 'Dec 2025', 'Not yet'],
    ]],
    ['Being heard', [
      ['6', 'Run the collaborative\'s own short staff survey including the WDES questions, so practices have a baseline (metrics 4–9).', 'All 23', 'Workforce Lead', 'Oct 2025', 'Started'],
      ['7', 'Start a peer support group for disabled and neurodivergent staff across the six PCNs (metric 9b).', 'All 23', 'Wellbeing Coordinator', 'Jan 2026', ''],
      ['8', 'Invite a member of the peer support group to the collaborative board twice a year (metric 10).', '—', 'Collaborative Chair', 'Mar 2026', ''],
    ]],
  ];
  const IND = { '1': ['2'], '2': ['2', '7'], '3': ['1'], '4': ['4a'], '5': ['4a', '4b'], '6': ['4', '5', '6', '7', '8', '9'], '7': ['9b'], '8': ['10'] };
  for (const [theme, acts] of rows) {
    sec(theme);
    for (const [n, act, prac, lead, when, done] of acts) p.action([n, act, prac, lead, when, done], { ref: n, indicators: IND[n], theme, action: act, lead, due: when, status: done }, { styles: [{ alignment: { horizontal: 'center' } }] });
  }
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional body, a primary-care collaborative of six PCNs and 23 practices) using the WDES voluntarily: a title, a paragraph explaining that general practice need not publish the WDES but the board chose to use its metrics and that metric numbers are in brackets after each action, an italic line on who holds the plan, a light-blue header '# | What we'll do | Which practices | Lead | When | Done?', then three plain-English SECTION ROWS ('Getting in and getting on', 'Feeling safe at work', 'Being heard') with eight actions. No metric column: the WDES metric is only in brackets at the END OF THE ACTION TEXT ('(metric 2)', '(metrics 2 and 7)', '(metric 4a, 4b)', '(metrics 4–9)'). 'When' is text ('May 2025', 'Sept 2025'); 'Done?' holds words without colour ('Yes', 'Started', 'Not yet', blank). Judgement calls: indicators from the bracket: '(metrics 2 and 7)' → ['2', '7']; '(metrics 4–9)' → the range 4, 5, 6, 7, 8, 9 written as whole metrics (the plan does not split 4a/4b or 9a/9b there); '(metric 4a, 4b)' → ['4a', '4b']; action = the cell as written, bracket included; lead = the Lead column – 'Which practices' says where the action applies ('All 23', 'Pilot: Riverside PCN practices', '—') and is never a lead; theme = the section row; status = the Done? word as written, '' where blank, rag null (no colours, no key); due as written; ref = #.", { bracket: true, notFrom: ['C'], sections: [5, 9, 12], forbidden: ['All 23', '—'] });
}
