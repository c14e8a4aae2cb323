// holdout25-wdes-2019-20-mercianvale: follows an ambulance trust's WDES web page (West Midlands Ambulance Service University NHS FT,
// https://wmas.nhs.uk/about-wmas/organisation/equality-diversity/workforce-disability-equality-standard/): background on the EDC's decision to
// mandate a WDES, a list of the yearly action plans and data, and a table 'Metric | Percentage Non-Disabled | Percentage Disabled' whose
// metric cells start with the metric number and then the STAFF SURVEY QUESTION it is drawn from ('2. Q15 Percentage of staff experiencing
// harassment …', '3. Q9d …', '5. Q5f: How satisfied …'). That table's layout is taken; the action columns added to its right are ASSUMED,
// and the metrics are the final 2019 WDES set (whole metrics 4 and 9) with the 2018 staff survey's question numbers.
import { Book, Plan, C, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Mercian Vale Ambulance Service University NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout25-wdes-2019-20-mercianvale', sheet: 'WDES 2019-20', standard: 'WDES', period: '2019-20', trust, widths: [48, 14, 14, 50, 26, 16] });
  p.line([`${trust}`], { merge: ['A', 'F'], style: { bold: true, font: { size: 13 } } });
  p.line(['Workforce Disability Equality Standard'], { merge: ['A', 'F'], style: { bold: true } });
  p.line(['The NHS Equality and Diversity Council recommended that a Workforce Disability Equality Standard be mandated through the NHS Standard Contract from April 2018. Research found disabled people have a poorer experience of working in the NHS than non-disabled colleagues.'], { merge: ['A', 'F'], height: 30 });
  p.line(['The WDES follows the same process as the WRES: a set of metrics, analysed for trends and issues, and then an action plan.'], { merge: ['A', 'F'] });
  p.line(['WDES Action Plan 2019 – 2020 (updated)'], { merge: ['A', 'F'], style: { bold: true } });
  p.header(['Metric', 'Percentage Non-Disabled', 'Percentage Disabled', 'Action', 'Lead', 'Timescale'], { style: { fill: C.nhs, color: C.white } });
  const P = '0.0%';
  const groups = [
    ['1. Percentage of disabled staff in AfC bands 1-9 and VSM (including executive Board members) compared with the percentage of staff in the overall workforce.', 0.968, 0.032, [
      ['Ask all staff to check and update their disability status on ESR during the annual appraisal.', 'Head of Workforce Information', 'March 2020'],
    ]],
    ['4. Q13a-d Percentage of disabled staff compared to non-disabled staff experiencing harassment, bullying or abuse from patients, managers or other colleagues in the last 12 months, and whether they reported it.', 0.262, 0.347, [
      ['Roll out body-worn cameras to every emergency crew and publicise how to report abuse from patients.', 'Head of Security', 'December 2019'],
      ['Include disability in the Dignity at Work training for all control room supervisors.', 'Head of Learning and Development', 'January 2020'],
    ]],
    ['5. Q14 Percentage of disabled staff compared to non-disabled staff believing that the trust provides equal opportunities for career progression or promotion.', 0.861, 0.778, [
      ['Offer disabled staff a career conversation with a senior manager before each internal promotion round.', 'Head of Organisational Development', 'April 2020'],
    ]],
    ['6. Q11e Percentage of disabled staff compared to non-disabled staff saying they have felt pressure from their manager to come to work, despite not feeling well enough to perform their duties.', 0.204, 0.312, [
      ['Rewrite the attendance management procedure with the Disability Network so that disability-related absence is recorded separately.', 'Head of HR', 'March 2020'],
    ]],
    ['7. Q5f Percentage of disabled staff compared to non-disabled staff saying that they are satisfied with the extent to which their organisation values their work.', 0.401, 0.327, [
      ['Include a disabled colleague\'s story in every monthly staff briefing for the year.', 'Head of Communications', 'Monthly'],
    ]],
    ['8. Q28b Percentage of disabled staff saying that their employer has made adequate adjustment(s) to enable them to carry out their work.', null, 0.689, [
      ['Set up a central budget and a 28-day standard for reasonable adjustments, with Occupational Health advice.', 'Head of Occupational Health', 'June 2020'],
      ['Publish guidance for managers on adjustments for operational roles.', 'Head of Occupational Health', 'June 2020'],
    ]],
  ];
  for (const [metric, nd, d, acts] of groups) {
    const first = p.r + 1; const ind = /^(\d+)\./.exec(metric)[1];
    acts.forEach(([a, lead, due], i) => {
      p.action([i === 0 ? metric : undefined, i === 0 ? (nd ?? 'n/a') : undefined, i === 0 ? d : undefined, a, lead, due], { indicators: [ind], action: a, lead, due }, { styles: [{}, { numFmt: P }, { numFmt: P }] });
    });
    for (const c of ['A', 'B', 'C']) mergeDown(p.ws, c, first, p.r);
  }
  p.line(['WDES Data March 2019 and the WDES Annual Report 2019 are published alongside this plan.'], { merge: ['A', 'F'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, an ambulance service) following a real published WDES web page of an ambulance trust (West Midlands Ambulance Service's): a trust line, the heading, two background paragraphs (the EDC's recommendation, the WRES-like process), the plan title 'WDES Action Plan 2019 – 2020 (updated)', then one header 'Metric | Percentage Non-Disabled | Percentage Disabled | Action | Lead | Timescale' (row 6) and a closing note. Each METRIC CELL starts with the metric number and then, for the survey metrics, the STAFF SURVEY QUESTION CODE it is drawn from ('4. Q13a-d …', '6. Q11e …', '7. Q5f …', '8. Q28b …'), then the wording; the metric cell and its two percentages (shown as 0.0%, 'n/a' where there is no non-disabled figure) are MERGED DOWN over the metric's one or two actions. Metrics 1, 4, 5, 6, 7 and 8 have actions (the 2019 set: whole metric 4). Judgement calls: indicators = the metric number the cell starts with, NEVER the question code ('7. Q5f …' → ['7'], not ['5']; 'Q13a-d' is not metric 13 or 4a–4d); the percentages are data, not targets or outcomes; the actions are the Action cells, one per row; lead and timescale as written ('Monthly' kept as the due); theme null (no headings); no status, rag null; the closing italic line is a note, not an action.", { qCodes: { col: 'A' }, notFrom: ['A', 'B', 'C'] });
}
