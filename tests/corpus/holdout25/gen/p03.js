// holdout25-wres-2020-21-ouseleigh: follows a community trust's 'Annual Equality Report 2020-21' web pages (Sussex Community NHS FT,
// http://www.sussexcommunity.nhs.uk/about-us/strategies-plans-and-reports/reports/annual-equality-report-2020-2021/introduction): a
// 'Traffic Lights' key ('Symbol | Definition', [R] / [A] / [G] points), then per characteristic section: key achievements and benefits, key
// findings (measures of equality each with a traffic-light point) and the section's KEY NEXT STEPS. Only the race section is taken.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Ouseleigh Community Healthcare NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout25-wres-2020-21-ouseleigh', sheet: 'Race', standard: 'WRES', period: '2020-21', trust, widths: [60, 14, 14, 16] });
  p.line([`${trust} – Annual Equality Report 2020-21`], { merge: ['A', 'D'], style: { bold: true, font: { size: 13 } } });
  p.line(['This section reports what we achieved on race equality this year, what the measures show and where we will focus next. Each section starts with achievements, then key findings, and ends with next steps for the coming year.'], { merge: ['A', 'D'], height: 42 });
  p.line(['Key measures carry a traffic light: a red (R), amber (A) or green (G) point.'], { merge: ['A', 'D'] });
  p.line(['Traffic Lights'], { style: { bold: true } });
  p.header(['Symbol', 'Definition'], { style: { fill: C.grey } });
  const keyRows = [
    p.line(['[R]', 'Red: a decline beyond acceptable thresholds, or an unacceptable position.'], { border: true, height: 28 }),
    p.line(['[A]', 'Amber: work in progress.'], { border: true }),
    p.line(['[G]', 'Green: any gap between groups is within accepted national NHS thresholds and gives no concern.'], { border: true, height: 28 }),
  ];
  p.blank();
  p.line(['Race'], { style: { bold: true, font: { size: 14 }, color: C.nhs } });
  p.line(['Key achievements and benefits'], { style: { bold: true } });
  const ach = [
    '• Our Race Equality Network doubled its membership and now has an executive sponsor.',
    '• Every recruitment panel for Band 8a and above had an ethnically diverse member from October 2020.',
    '• 140 managers completed the inclusive leadership workshop.',
  ].map((t) => p.line([t], { merge: ['A', 'D'] }));
  p.line(['Key findings'], { style: { bold: true } });
  p.header(['Measure', 'BAME', 'White', 'Traffic light'], { style: { fill: C.grey } });
  const F = { '[R]': C.red, '[A]': C.amber, '[G]': C.green };
  const finds = [
    ['Staff in the workforce', '9.6%', '86.1%', '[A]'],
    ['Likelihood of White applicants being appointed from shortlisting compared to BAME applicants', '1.62 times', '', '[R]'],
    ['Relative likelihood of entering a formal disciplinary process (BAME compared to White)', '0.94', '', '[G]'],
    ['Harassment, bullying or abuse from staff in the last 12 months', '27.3%', '21.0%', '[R]'],
    ['Believe the trust provides equal opportunities for career progression', '79.5%', '88.2%', '[A]'],
  ].map(([m, b, w, t]) => p.line([m, b, w, t], { border: true, styles: [{}, {}, {}, { font: { bold: true, color: { argb: F[t] } } }] }));
  p.line(['Key next steps'], { style: { bold: true } });
  const steps = [
    'Bring in de-biased shortlisting – names and personal details hidden – for all posts at Band 6 and above.',
    'Set up a reverse mentoring scheme pairing members of the Race Equality Network with executive directors.',
    'Refresh the bullying and harassment policy with the network and staff side, including how to report racist abuse from colleagues.',
    'Offer career conversations and coaching to BAME staff in Bands 5 and 6, and track who is promoted in the following year.',
    'Publish the ethnicity pay gap alongside the gender pay gap for the first time.',
    'Ask every directorate to add a race equality objective to its annual plan and report on it to the People Committee.',
  ];
  for (const s of steps) { const t = `• ${s}`; p.action([t], { action: t }, { merge: ['A', 'D'], border: false }); }
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, a community health trust) following a real published 'Annual Equality Report 2020-21' of a community trust (Sussex Community's web pages), its race section pasted into a sheet named 'Race': a title with the trust name, two intro lines, a 'Traffic Lights' key as a small table 'Symbol | Definition' ([R] / [A] / [G] with their meanings), a blank row, the section heading 'Race', 'Key achievements and benefits' with three '•' lines (things already done), 'Key findings' with a table 'Measure | BAME | White | Traffic light' whose five rows each end with a coloured [R] / [A] / [G] point, then 'Key next steps' followed by six '•' lines, one per row, merged across the sheet. There is no lead, date or status anywhere. Judgement calls: the six KEY NEXT STEPS are the actions (gold action = the cell as written, with its bullet); the achievements are past work, and the findings rows are measures with traffic lights – neither is an action, and the [R]/[A]/[G] points are ratings of the MEASURES, not statuses of any action (every action has status '' and rag null); lead and due '' (none given); ref '' (bullets, not numbers); theme null – 'Race' is the report's section for the whole plan (the standard itself) and 'Key next steps' is a list label, so neither is a theme; indicators [] – the next steps name no WRES indicator (they are not tied to a finding row) and none is guessed from the wording.", { dataRows: [...keyRows, ...ach, ...finds], forbidden: ['[R]', '[A]', '[G]', 'Race', 'Key next steps'] });
}
