// holdout28-wdes-2019-20-broadwater: follows Norfolk and Suffolk NHS FT's "WDES Workforce Planning Action Plan for reporting year
// 2018/2019" (Workforce Disability Equality Scheme Action Plan 2019/2020, version 0.5, pending Board approval), as copied at
// https://cupdf.com/document/wdes-workforce-planning-action-plan-for-reporting-wdes-workforce-planning-action.html : a document-control
// block, then lettered STRATEGIES ('A. Zero Tolerance approach to harassment of staff') each with a narrative, then 'Tasks/Actions' with
// 'LEAD: …' after each task and a 'Timeframes/Progress:' list. The two-column task/lead split, the repeated header per strategy and the
// 'Indicators addressed' line are ASSUMED (the copy runs the text together).
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Broadwater Mental Health NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout28-wdes-2019-20-broadwater', sheet: 'WDES AP 2019-20', standard: 'WDES', period: '2019-20', trust, widths: [62, 34, 30], font: { name: 'Calibri', size: 10 } });
  p.line(['WDES Action Plan Version 0.4', 'Author: Lorna Petch, Equality Lead', 'Page 1 of 6'], { style: { italic: true, color: 'FF595959' } });
  p.line(['Date produced: 27.09.2019', 'Retention period: 20 years', ''], { style: { italic: true, color: 'FF595959' } });
  p.line(['Pending approval of the Board of Directors at its November 2019 meeting'], { merge: ['A', 'C'], style: { italic: true } });
  p.line(['Title of Report: Workforce Disability Equality Standard Action Plan 2019/2020'], { merge: ['A', 'C'], style: { bold: true } });
  p.blank();
  p.line(['WDES WORKFORCE PLANNING ACTION PLAN FOR REPORTING YEAR 2018/2019'], { merge: ['A', 'C'], style: { bold: true, font: { size: 13 }, fill: C.purple, color: C.white } });
  p.line([`${trust} – strategies for addressing WDES Metrics 1-10`], { merge: ['A', 'C'], style: { bold: true } });
  const strategies = [
    ['A. A zero tolerance approach to harassment of disabled staff', 'Disabled colleagues report more harassment from patients, managers and peers than anyone else in our survey. We see this as a question of culture rather than of one group, so we will set clear boundaries through leadership behaviours, inclusive-team training for managers and regular messages from the executive team.', '4', [
      ['Executive team to record and share a zero tolerance message on harassment', 'Director of People', 'By end of December 2019'],
      ['Rewrite the Dignity at Work policy so that disability-related harassment is named and examples are given', 'Head of Employee Relations', 'First quarter 2020'],
      ['Start the "inclusive teams" workshop for all line managers', 'Head of Organisational Development', 'March 2020'],
      ['Bid to the regional workforce fund for a fixed-term equality trainer post', 'Equality Lead / Deputy Director of Nursing', 'By end of January 2020'],
    ]],
    ['B. Making reasonable adjustments simple and quick', 'Staff told the Disability Forum that adjustments take months and depend on which manager they have. We will give managers one route and a budget, and give staff a passport that moves with them.', '', [
      ['Launch a Reasonable Adjustments Passport held by the employee', 'Equality Lead', 'April 2020'],
      ['Set up a central adjustments budget so that teams do not pay from their own cost centre', 'Deputy Director of Finance', 'By end of March 2020'],
      ['Publish a manager guide to adjustments with the Occupational Health team', 'Occupational Health Manager', 'June 2020 – progress: draft written'],
    ]],
    ['C. Better data and a stronger disabled staff voice', 'Almost a fifth of staff records show no disability status, and the Disability Forum has no protected time. Both weaken what the metrics can tell us.', '9', [
      ['Run an ESR self-service campaign to raise disability declaration', 'Workforce Information Manager', 'Quarter 4 2019/20'],
      ['Agree two hours a month of protected time for Disability Forum members', 'Director of People', 'By end of February 2020'],
    ]],
  ];
  const secs = [];
  for (const [title, narr, inds, tasks] of strategies) {
    p.blank();
    secs.push(p.line([title], { merge: ['A', 'C'], style: { bold: true, fill: 'FFE4DFEC' } }));
    p.line([narr], { merge: ['A', 'C'], height: 44 });
    if (inds) p.line([`WDES metric addressed: ${inds}`], { merge: ['A', 'C'], style: { italic: true } });
    p.header(['Tasks/Actions', 'Lead', 'Timeframes/Progress'], { style: { fill: C.grey } });
    for (const [t, lead, when] of tasks) {
      p.action([t, `LEAD: ${lead}`, when], { indicators: inds ? [inds] : [], theme: title, action: t, lead, due: when.replace(/ – progress:.*$/, ''), progress: /progress:/.test(when) ? when.replace(/^.*progress: /, '') : '' }, { height: 28 });
    }
  }
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional mental health FT) following a real trust's first WDES action plan (a PDF): a document-control block (version, author, page, date produced, retention period, 'Pending approval of the Board of Directors at its November 2019 meeting', 'Title of Report: …'), a purple banner 'WDES WORKFORCE PLANNING ACTION PLAN FOR REPORTING YEAR 2018/2019', then three lettered STRATEGIES ('A. A zero tolerance approach to harassment of disabled staff', 'B. …', 'C. …') as section rows, each with a narrative paragraph, for A and C an italic line 'WDES metric addressed: 4' / '9', and a repeated header 'Tasks/Actions | Lead | Timeframes/Progress'. The lead cell is written 'LEAD: Director of People' as in the source. Judgement calls: lead = the role after 'LEAD:' (the label dropped), two roles joined by ' / ' kept as one lead; theme = the strategy row; indicators from the strategy's 'WDES metric addressed' line ([] for B, which names none – 'Metrics 1-10' in the banner and the reporting year 2018/2019 are not indicators); the author, the document dates and the Board meeting month are not leads or dues; due = the timeframe as written ('First quarter 2020', 'Quarter 4 2019/20', 'By end of January 2020'); in the one cell that adds a progress note after a dash ('June 2020 – progress: draft written') due is 'June 2020' and progress is the note 'draft written' (the column is headed Timeframes/Progress); it is not a status (status '' and rag null throughout – the plan has no status).", { sections: secs, forbidden: ['Lorna Petch, Equality Lead', 'Author: Lorna Petch, Equality Lead', 'Date produced: 27.09.2019', 'November 2019'] });
}
