// holdout31-wres-2017-18-castlemoor: follows a published 'Work Force Race Equality Standard Action Plan' (docsbay.net/work-force-race-equality-standard-action-plan):
// a five-column table Metric | Objective | Action | Measure | Timeframe in which the Metric column holds the INDICATOR'S WORDING
// with no number, merged down over one or two objectives; each Action cell is a run of '-' lines (several steps in one cell); the
// Timeframe is a bare year ('2017', '2020').
import { Book, Plan, C, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Castlemoor Hospitals NHS Trust';
  const p = new Plan(book, { name: 'holdout31-wres-2017-18-castlemoor', sheet: 'WRES', standard: 'WRES', period: '2017-18', trust, widths: [34, 30, 62, 30, 12], font: { name: 'Arial', size: 9 } });
  p.line(['Work Force Race Equality Standard Action Plan'], { merge: ['A', 'E'], style: { bold: true, font: { size: 13 } } });
  p.line([`${trust} – 2017/18`], { merge: ['A', 'E'], style: { italic: true } });
  p.header(['Metric', 'Objective', 'Action', 'Measure', 'Timeframe'], { style: { fill: C.grey } });
  const groups = [
    ['Relative likelihood of staff being appointed from shortlisting across all posts', ['2'], [
      ['increase the likelihood of BME staff being appointed from shortlisting', '-review the content of recruitment and selection training for managers every year so that it stresses the value of a workforce that reflects the local population\n-build unconscious bias material into every manager and leadership course\n-introduce a standard scoring grid at interview\n-widen the ethnic mix of interview panels\n-analyse 2016/17 recruitment by directorate, staff group and band to find where BME applicants do less well', 'Likelihood of BME staff being appointed from shortlisting increases', '2018'],
    ]],
    ['Percentage of staff in each of the AfC Bands 1-9 and VSM (including executive Board members) compared with the percentage of staff in the overall workforce', ['1'], [
      ['increase BME representation in the workforce as a whole', '-make sure recruitment campaigns and imagery are inclusive\n-feature Trust role models during Black History Month\n-build links with local BME community groups and job centres\n-film a short recruitment clip showing the Trust as an inclusive employer\n-analyse leavers by ethnicity to spot trends', 'Higher percentage of BME staff in post', '2020'],
      ['increase BME representation in the senior grades (8a-9 and VSM)', '-add a statement to adverts for Band 8a and above welcoming applicants from under-represented groups\n-reduce the number of staff whose ethnicity is recorded as not stated on ESR\n-ask search agencies for diverse longlists for all senior posts', 'Higher percentage of BME staff at Band 8a and above', '2019'],
    ]],
    ['Relative likelihood of staff entering the formal disciplinary process, as measured by entry into a formal disciplinary investigation', ['3'], [
      ['reduce the over-representation of BME staff in formal disciplinary cases', '-a senior HR adviser screens each case before a formal investigation starts\n-train investigating officers in fair and consistent practice\n-report disciplinary cases by ethnicity to the Workforce Committee twice a year', 'Relative likelihood falls towards 1.0', '2018'],
    ]],
    ['Relative likelihood of staff accessing non-mandatory training and CPD', ['4'], [
      ['make sure BME staff can take up development on equal terms', '-advertise all funded courses on the intranet rather than by word of mouth\n-record course applications and outcomes by ethnicity', 'Equal likelihood of accessing non-mandatory training and CPD', '2018'],
    ]],
    ['Percentage of staff experiencing harassment, bullying or abuse from patients, relatives or the public, and from staff, in the last 12 months', ['5', '6'], [
      ['reduce harassment, bullying and abuse of BME staff', '-relaunch the dignity at work policy with a zero tolerance poster campaign\n-set up a network of trained bullying and harassment advisers\n-offer support to staff after any racist incident reported on Datix', 'Lower staff survey scores for BME staff on both measures', 'Ongoing'],
    ]],
    ['Percentage believing that trust provides equal opportunities for career progression or promotion', ['7'], [
      ['improve BME staff confidence in career progression', '-open a positive action leadership programme for BME staff at Bands 5-7\n-publish every secondment and acting-up opportunity on the intranet', 'Staff survey score for BME staff rises', '2019'],
      ['support BME staff to reach senior roles', '-offer coaching to BME staff at Band 7 who apply for Band 8a posts\n-invite BME staff to shadow members of the executive team', 'More BME staff promoted to Band 8a and above', '2020'],
    ]],
    ["Percentage difference between the organisation's Board voting membership and its overall workforce", ['9'], [
      ['make the Board more representative of the workforce', '-discuss with the appointing body how to attract BME candidates for non-executive posts\n-offer Board shadowing places to BME senior managers', 'At least one BME voting Board member', '2019'],
    ]],
  ];
  for (const [metric, inds, objs] of groups) {
    const first = p.r + 1;
    objs.forEach(([obj, act, measure, tf], i) => p.action([i === 0 ? metric : undefined, obj, act, measure, tf], { indicators: inds, action: act, due: tf, outcome: measure }));
    mergeDown(p.ws, 'A', first, p.r);
  }
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, an acute hospitals trust) laid out like a real published 'Work Force Race Equality Standard Action Plan' (as found on docsbay.net): a title row with the source's spelling 'Work Force' (row 1), the trust and year (row 2), ONE header 'Metric | Objective | Action | Measure | Timeframe' (row 3) and eight rows. The Metric column holds each WRES indicator's WORDING WITHOUT ITS NUMBER ('Relative likelihood of staff being appointed from shortlisting across all posts'), merged down over the one or two objectives under it; one metric cell joins the wordings of two indicators ('… from patients, relatives or the public, and from staff …'). Each Action cell is a run of lines starting '-' – several steps in one cell. Timeframe is a bare year ('2018', '2020') or 'Ongoing'. No lead column, no status. Judgement calls: one action per row – the Action cell as written, its '-' lines together (they are the steps towards that row's objective, not separate actions); indicators from the Metric cell, read from the national indicator wording it quotes (shortlisting → 2, AfC bands compared with overall workforce → 1, formal disciplinary → 3, non-mandatory training → 4, harassment from the public AND from staff → ['5','6'], equal opportunities → 7, Board voting membership → 9) – the wording is the indicator's own definition, so this is reading, not guessing; the objective text ('senior grades (8a-9 and VSM)') is not read for indicators; due = Timeframe as written ('2018', 'Ongoing'); outcome = Measure; lead '' (the plan names none); theme null (the metric is a merged column, not a section row); status '' and rag null.");
}
