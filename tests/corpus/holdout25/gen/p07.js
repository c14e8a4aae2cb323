// holdout25-wres-2022-23-belsize: follows a mental health trust's 'Race Equality Strategy and Race Action Plan (RAP) 2022 – 2027'
// (Tavistock and Portman NHS FT, summarised at https://www.mrl.uk.com/case-studies/report-on-tavistock-and-portman-nhs-foundation-trust-race-equality-strategy-and-race-action):
// a five-year race action plan built on an earlier strategy (2017 – 2020) and an independent review, organised by KEY FOCUS AREAS
// (eliminating racial discrimination and microaggressions; BAME representation at all levels; accountability structures; governance,
// recruitment and engagement; data-driven measurement), with continuous monitoring. The focus areas are taken from the summary; the table
// (plan years as timescales, columns, WRES column, progress) is ASSUMED.
import { Book, Plan, C, ALL_WRES } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Belsize and Fleet NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout25-wres-2022-23-belsize', sheet: 'RAP 2022-2027', standard: 'WRES', period: '2022-23', trust, widths: [54, 12, 28, 36, 14, 36] });
  p.line([trust], { merge: ['A', 'F'], style: { bold: true } });
  p.line(['Race Equality Strategy and Race Action Plan (RAP) 2022 – 2027'], { merge: ['A', 'F'], style: { bold: true, font: { size: 14 } } });
  p.line(['This plan replaces our first Race Equality Strategy (2017 – 2020) and takes up the findings of the independent review. Year 1 is 2022-23. Progress is reported to the Board every six months.'], { merge: ['A', 'F'], height: 30 });
  const H = ['What we will do', 'Year', 'Executive lead', 'How we will measure progress', 'WRES indicator(s)', 'Progress to date'];
  const areas = [
    ['Focus area 1: Eliminating racial discrimination and microaggressions', [
      ['Train every manager to recognise and respond to microaggressions, using case studies written by staff.', 'Year 1', 'Chief Nurse', '90% of managers trained', '6, 8', '212 managers trained by March.'],
      ['Create a confidential route for reporting racism with a named responder and a 10-day response standard.', 'Year 1', 'Director of Corporate Governance', 'Reports logged and answered within 10 days', '8', 'Route live since January.'],
    ]],
    ['Focus area 2: Increasing BAME representation at all levels', [
      ['Set representation targets for Bands 8a–9 and VSM matching the local working-age population.', 'Year 1', 'Chief People Officer', 'Targets agreed by the Board', '1', 'Targets approved in November.'],
      ['Run a sponsorship programme for BAME clinicians seeking consultant and senior roles.', 'Years 1–2', 'Medical Director', '15 sponsored; progression tracked', '1, 7', ''],
    ]],
    ['Focus area 3: Clear accountability for race equality', [
      ['Add a race equality objective to every director\'s appraisal and report the results to the Board.', 'Year 1', 'Chief Executive', 'All directors have an objective', '9', 'In place for 2022-23 appraisals.'],
    ]],
    ['Focus area 4: Fair governance, recruitment and engagement', [
      ['Put an independent BAME panel member on all interviews at Band 7 and above.', 'Years 1–2', 'Chief People Officer', 'Shortlisting ratio below 1.25', '2', 'Pool of 18 panel members trained.'],
      ['Review every formal disciplinary case involving a BAME colleague before it proceeds.', 'Year 2', 'Chief People Officer', 'No disproportion in formal entry', '3', ''],
      ['Fund protected time for the Race Equality Network chair and co-chair.', 'Year 1', 'Chief Executive', 'Time agreed and used', 'All', 'Agreed: one day a week each.'],
    ]],
    ['Focus area 5: Using data to measure progress', [
      ['Build a race equality dashboard combining WRES, staff survey and employee relations data, refreshed every quarter.', 'Years 2–3', 'Director of Finance and Performance', 'Dashboard to each People Committee', 'All', ''],
      ['Commission an independent review of progress at the end of year 3.', 'Year 3', 'Chair', 'Review published', 'All', ''],
    ]],
  ];
  const secs = [];
  for (const [area, acts] of areas) {
    p.blank();
    secs.push(p.line([area], { merge: ['A', 'F'], style: { bold: true, color: C.white, fill: C.teal }, border: true }));
    p.header(H, { style: { fill: C.palegrey } });
    for (const [a, yr, lead, meas, ind, prog] of acts) {
      const inds = ind === 'All' ? ALL_WRES : ind.split(', ');
      p.action([a, yr, lead, meas, ind, prog], { indicators: inds, theme: area, action: a, lead, due: yr, progress: prog, outcome: meas });
    }
  }
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, a mental health foundation trust) following a real published five-year 'Race Equality Strategy and Race Action Plan (RAP) 2022 – 2027' of a mental health trust (Tavistock and Portman's, as summarised publicly): a trust line, the plan title, an intro saying it replaces the 2017 – 2020 strategy and that Year 1 is 2022-23, then FIVE KEY FOCUS AREAS, each as a blank row, a teal section row ('Focus area 1: Eliminating racial discrimination and microaggressions' …) and a REPEATED header 'What we will do | Year | Executive lead | How we will measure progress | WRES indicator(s) | Progress to date', then its actions. Timescales are PLAN YEARS, not dates ('Year 1', 'Years 1–2', 'Years 2–3', 'Year 3'). The WRES column holds bare numbers, two joined by ', ', or 'All'. Judgement calls: the gold period is 2022-23 (the plan's first year, which the intro names) though the plan runs to 2027; due = the plan year as written ('Years 1–2'), not converted to a date; theme = the focus-area section row; indicators from the WRES column ('All' = all nine); outcome = 'How we will measure progress'; progress where filled; lead = executive lead as written ('Chair' included); no status, rag null.", { sections: secs, sameHeaders: true });
}
