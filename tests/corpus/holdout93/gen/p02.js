// holdout93-wdes-2026-27-orrindale: mental health FT, the WDES plan agreed with the Disability & Neurodiversity Network: teal METRIC
// section rows carrying the metric numbers and this year's figure, no metric column on the action rows, 'Executive sponsor' beside
// 'Lead officer', a 'How we will know' measure per action, status words on fills; one metric section with no action under it.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Orrindale Mental Health NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout93-wdes-2026-27-orrindale', sheet: 'WDES 2026-27', standard: 'WDES', period: '2026-27', trust, widths: [6, 55, 22, 26, 12, 15, 40], font: { name: 'Arial', size: 10 } });
  p.line([trust], { merge: ['A', 'G'], style: { bold: true, font: { size: 13 } } });
  p.line(['Workforce Disability Equality Standard – Action Plan 2026-27, agreed with the Disability & Neurodiversity Network (DNN) on 3 October 2026'], { merge: ['A', 'G'] });
  p.blank();
  p.header(['No.', 'Action', 'Executive sponsor', 'Lead officer', 'By when', 'Status', 'How we will know'], { style: { fill: C.teal, color: C.white } });
  const F = { Complete: C.green, 'In progress': C.amber, 'Not yet started': null, Delayed: C.red };
  const R = { Complete: 'green', 'In progress': 'amber', 'Not yet started': null, Delayed: 'red' };
  const plan = [
    ['Metric 1 – Disabled staff in Bands 8a and above (4.2% declared, against 7.9% across the Trust)', [
      ['1', 'Run a "Why declare?" campaign through the staff app and team brief, fronted by DNN members, and add a declaration prompt to ESR self-service each April.', 'Chief People Officer', 'Workforce Information Manager', 'Dec 2026', 'In progress', 'Declaration rate on ESR rises from 6.8% towards the 11% staff survey figure.'],
      ['2', 'Reserve two places on each cohort of the Aspiring Leaders programme for disabled Band 6 and 7 clinicians.', 'Chief Nurse', 'Head of Leadership & OD', 'Jan 2027', 'Not yet started', 'Four disabled staff on the 2027 cohorts.'],
    ]],
    ['Metric 2 – Appointment from shortlisting (relative likelihood 1.24)', [
      ['3', 'Check every shortlisted disabled candidate is offered adjustments for interview, and audit ten recruitment files each quarter.', 'Chief People Officer', 'Recruitment Lead', 'Q3', 'Complete', 'Audit shows adjustments offered in 100% of files checked.'],
    ]],
    ['Metric 3 – Entering the capability process (relative likelihood 2.05)', [
      ['4', 'Make an occupational health referral and an adjustments conversation a required step before a formal capability meeting on health grounds.', 'Director of Operations', 'Head of Employee Relations', 'Nov 2026', 'In progress', 'Relative likelihood under 1.50 in the 2027 return.'],
    ]],
    ['Metrics 4a and 4b – Harassment, bullying or abuse, and reporting it', [
      ['5', 'Give inpatient ward staff a short guide on responding to disability-related abuse from patients and recording it on Datix.', 'Chief Nurse', 'Modern Matron – Acute Inpatients', 'Feb 2027', 'Delayed', 'More incidents reported; 4b reporting rate up from 46% to 55%.'],
      ['6', 'Train Freedom to Speak Up champions to support disabled and neurodivergent colleagues who raise concerns about a manager.', 'Chief Executive', 'Freedom to Speak Up Guardian', 'Dec 2026', 'In progress', 'Champions trained in every care group.'],
    ]],
    ['Metric 5 – Equal opportunities for career progression', []],
    ['Metric 7 – Feeling valued by the organisation (disabled 38%, non-disabled 47%)', [
      ['7', 'Replace the reasonable adjustments form with a Tailored Adjustment Plan that moves with the person when they change team.', 'Chief People Officer', 'Head of OD / DNN Chair', 'Mar 2027', 'In progress', 'Tailored Adjustment Plans in use in all care groups.'],
      ['8', 'Set up a central adjustments budget so that equipment is not paid for from ward budgets.', 'Director of Finance', 'Deputy Director of Finance', 'Oct 2026', 'Complete', 'Budget live; average wait for equipment under four weeks.'],
    ]],
    ['Metric 9b – Staff voice', [
      ['9', 'Give the DNN chair and vice-chair protected time of one day a month and a seat on the People & Culture Committee.', 'Chief Executive', 'Company Secretary', 'Sep 2026', 'Complete', 'Network chairs attend each committee meeting.'],
    ]],
    ['Metric 10 – Board membership', [
      ['10', 'Ask candidates for the two non-executive vacancies to share disability status voluntarily, and use a search firm that reaches disabled leaders.', 'Chair', 'Company Secretary', 'March 2027', 'Not yet started', 'Board disability declaration recorded for every member.'],
    ]],
  ];
  const secs = [];
  for (const [sec, acts] of plan) {
    const sr = p.line([sec], { merge: ['A', 'G'], style: { bold: true, fill: 'FFDAEEF3' } }); if (acts.length) secs.push(sr);
    if (!acts.length) { p.line(['', 'No new action this year: the 2026 gap is less than one percentage point. Kept under review by the DNN.'], { merge: ['B', 'G'], style: { italic: true, color: 'FF7F7F7F' } }); continue; }
    const inds = /^Metrics? ([0-9ab ,/&and]+?)\s*–/.exec(sec)[1].match(/\d+[ab]?/g);
    for (const [no, act, sp, lead, by, st, how] of acts) {
      p.action([no, act, sp, lead, by, st, how], { ref: no, indicators: inds, theme: sec, action: act, lead, due: by, status: st, rag: R[st], outcome: how }, { styles: [{ alignment: { horizontal: 'center' } }, {}, {}, {}, {}, { fill: F[st] || undefined }, {}] });
    }
  }
  p.blank();
  p.line(['Progress goes to the People & Culture Committee each quarter. Metrics 6, 8 and 9a are covered by the Trust’s Health & Wellbeing plan.'], { merge: ['A', 'G'], style: { italic: true } });
  p.ws.views = [{ state: 'frozen', ySplit: 4 }];
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional mental health FT). Sheet 'WDES 2026-27': trust name, title (agreed with the DNN 3 October 2026), a blank row, the teal header 'No. | Action | Executive sponsor | Lead officer | By when | Status | How we will know' (row 4, frozen), then seven METRIC SECTION ROWS (merged A–G, pale teal) each naming the metric number(s), its subject and this year's figure, with the numbered actions under it (ten in all). The 'Metric 5' section has NO action, only a grey italic note beside it saying why (not an action). A closing line sends metrics 6, 8 and 9a to another plan (not actions). Judgement calls: the action rows carry no metric, so indicators come from the section row above ('Metrics 4a and 4b – …' → 4a and 4b; 'Metric 9b' → 9b only; the figures in the section text are no indicator); theme = the section row as written; lead = Lead officer, NEVER the Executive sponsor (action 7 'Head of OD / DNN Chair' kept whole); due = By when as typed ('Dec 2026', 'Q3', 'March 2027'); status = the word, rag from its fill (Complete green, In progress amber, Delayed red, 'Not yet started' unfilled → null); outcome = How we will know; ref = No.; progress ''. The agreement date is no due.", { mode: 'fill', ragCol: 6, sections: secs, indFromTheme: true, notFrom: ['C'], forbidden: ['3 October 2026'] });
}
