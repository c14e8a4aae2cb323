// holdout57-wres-2021-22-stannick: an acute teaching trust's WRES plan in FOUR columns under merged OBJECTIVE heading rows – 'Ref',
// 'Actions' (a lead-in sentence and '•' steps in one cell), 'Measures and timescales' (prose in which the DEADLINE sits inside the
// measure sentence) and 'Lead'. ASSUMED layout, an ordinary plan with long cells.
import { Book, Plan, C } from './lib.js';
import { fitRows } from './h.js';
export async function build() {
  const book = new Book();
  const trust = 'Stannick Teaching Hospitals NHS Trust';
  const p = new Plan(book, { name: 'holdout57-wres-2021-22-stannick', sheet: 'WRES 2021-22', standard: 'WRES', period: '2021-22', trust, widths: [7, 72, 60, 30], font: { name: 'Calibri', size: 11 } });
  p.line([trust], { merge: ['A', 'D'], style: { bold: true, font: { size: 14 } } });
  p.line(['Workforce Race Equality Standard – Action Plan 2021/22'], { merge: ['A', 'D'], style: { bold: true, font: { size: 12 } } });
  p.line(['Version 2.1 – approved by the People and Culture Committee, 28 September 2021'], { merge: ['A', 'D'], style: { italic: true } });
  p.header(['Ref', 'Actions', 'Measures and timescales', 'Lead'], { style: { fill: C.tan } });
  const objs = [
    ['Objective 1: Increase the number of BME colleagues in senior clinical and non-clinical roles (WRES indicators 1 and 7)', ['1', '7'], [
      ['1a', 'Run the second cohort of the "Ascend" programme for BME nurses, midwives and AHPs at Bands 6 and 7:\n• twenty-four places, with protected time of one day a month\n• a senior sponsor for every participant\n• a guaranteed interview for Band 7 or 8a posts for those who complete it', 'All twenty-four participants complete the programme by March 2022, and at least a third of them have moved up a band within eighteen months of finishing.', 'Deputy Chief Nurse (Workforce)', 'March 2022'],
      ['1b', 'Agree with each clinical division a goal for BME representation at Band 8a and above and report progress at the divisional performance reviews.', 'Each division has an agreed goal by December 2021 and reports against it at every quarterly performance review after that.', 'Divisional Directors of Operations', 'December 2021'],
    ]],
    ['Objective 2: Make recruitment fair at every stage (WRES indicator 2)', ['2'], [
      ['2a', 'Introduce diverse interview panels for all posts at Band 8a and above:\n• train a pool of at least forty panel members\n• keep the pool list with the recruitment team\n• record on TRAC when a panel is not diverse and why', 'The pool is trained by the end of November 2021, and from then on at least 90% of Band 8a+ panels include a trained BME panel member (checked monthly).', 'Head of Recruitment', 'the end of November 2021'],
      ['2b', 'Look again at the relative likelihood figure for each staff group, not only for the Trust as a whole, and share it with the recruiting managers of any staff group above 1.25.', 'Analysis shared with managers in the first quarter of 2022; the Trust figure falls from 1.61 towards 1.25 over two years.', 'Head of Workforce Intelligence', 'the first quarter of 2022'],
    ]],
    ['Objective 3: Reduce bullying, harassment and discrimination (WRES indicators 5, 6 and 8)', ['5', '6', '8'], [
      ['3a', 'Launch the Trust\'s anti-racism statement with the BME Staff Network and ask every team to discuss it at a team meeting, using a short facilitator pack.', 'Statement launched in October 2021 (Black History Month); 80% of teams report they have discussed it by March 2022.', 'Director of People and OD', 'March 2022'],
      ['3b', 'Set up a racism reporting route through the Freedom to Speak Up service and give staff feedback on what happened within four weeks.', 'Route open all year; fewer BME staff report discrimination from a manager or colleague in the 2021 and 2022 staff surveys.', 'Freedom to Speak Up Guardian', ''],
    ]],
    ['Objective 4: Fair treatment in formal processes (WRES indicator 3)', ['3'], [
      ['4a', 'Apply a "pause and reflect" check with an HR business partner before any formal disciplinary process is started, and review every BME case at the monthly employee relations panel.', 'Check in use for all cases from 1 November 2021; the relative likelihood of BME staff entering the formal process falls below 1.25 in the 2022 return.', 'Deputy Director of HR', '1 November 2021'],
    ]],
  ];
  const secs = [];
  for (const [h, inds, acts] of objs) {
    secs.push(p.line([h], { merge: ['A', 'D'], style: { bold: true, fill: C.tan }, border: true }));
    for (const [ref, a, m, lead, due] of acts) p.action([ref, a, m, lead], { ref, indicators: inds, theme: h, action: a, lead, due, outcome: m, dueSource: due ? 'column' : null });
  }
  p.blank();
  p.line(['Progress against this plan is reported to the People and Culture Committee in January and April 2022.'], { merge: ['A', 'D'], style: { italic: true } });
  fitRows(p);
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional body, an acute teaching trust) in FOUR COLUMNS: trust name, plan title, a version / approval line (28 September 2021), one tan header 'Ref | Actions | Measures and timescales | Lead' (row 4), four tan merged OBJECTIVE HEADING ROWS naming the WRES indicators in brackets, seven actions '1a'…'4a' and a reporting line. Action cells are long: some are a lead-in sentence with '•' steps on separate lines. The 'Measures and timescales' cell is PROSE that carries both the measure and the DEADLINE inside its sentence ('All twenty-four participants complete the programme by March 2022, and at least a third …'; 'The pool is trained by the end of November 2021, and from then on …'). Judgement calls: action = the whole action cell (the bullets are steps of one action); outcome = the whole 'Measures and timescales' cell; due = the deadline phrase read from inside it ('March 2022', 'December 2021', 'the end of November 2021', 'the first quarter of 2022', '1 November 2021' from 'in use for all cases from 1 November 2021' – the date the check must be in place), dueSource 'column' (the timescale column gives it); 3b's 'Route open all year' gives no deadline (due '', dueSource null) and 3a's launch month (October 2021) is a milestone – its deadline is 'by March 2022'; longer-term targets ('within eighteen months', 'over two years') are measures, not dues; lead = the Lead column; ref = '1a'…; theme = the objective heading, indicators from its bracket; no status (rag null); the approval and reporting dates give no due.", { indFrom: { from: 'theme', bracket: true }, sections: secs, wholeCells: { outcome: 'C' } });
}
