// holdout55-wres-2025-26-marlvale: follows West Midlands Ambulance Service's published EDI annual report 2024 to 2025 (wmas.nhs.uk/?p=6035):
// a foreword that sets the year against operational pressure (escalation level, hours lost at hospital handover), the year's
// achievements (chaplaincy, staff networks, ethnicity pay gap data informing the WRES plan, delivery of the race and disability plans),
// then the plans for the coming year. Here the WRES and WDES actions for 2025/26 share one table, a Standard column telling them apart.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Marlvale Ambulance Service University NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout55-wres-2025-26-marlvale', sheet: 'EDI report 2024-25', standard: 'WRES', period: '2025-26', trust, widths: [14, 22, 60, 30, 14], font: { name: 'Arial', size: 10 } });
  p.line([trust], { merge: ['A', 'E'], style: { bold: true, font: { size: 13 } } });
  p.line(['Equality, Diversity and Inclusion Annual Report 2024 to 2025'], { merge: ['A', 'E'], style: { bold: true, font: { size: 12 }, color: 'FF00703C' } });
  p.line(['Foreword'], { style: { bold: true } });
  p.line(['This has been one of the hardest winters in our history: we spent eleven weeks at the highest escalation level and lost more than 40,000 hours to hospital handover delays in December alone. Even so, our staff networks grew, we collected ethnicity pay gap data for the second year and it now informs our WRES plan, and we delivered most of the actions in last year\'s race and disability plans.'], { merge: ['A', 'E'], height: 66 });
  p.line(['Our achievements in 2024 to 2025'], { style: { bold: true } });
  for (const t of ['• Multi-faith chaplaincy extended to all three control rooms.', '• Disability and Neurodiversity Network and Race Equality Network each doubled their membership.', '• Reasonable adjustments passport adopted by every operational hub.']) p.line([t], { merge: ['A', 'E'] });
  p.line(['Workforce Race and Disability Equality Action Plans 2025 to 2026'], { style: { bold: true, font: { size: 11 } } });
  p.header(['Standard', 'Indicator / metric', 'Action', 'Lead', 'Completion'], { style: { fill: 'FF00703C', color: C.white } });
  const rows = [
    ['WRES', 'Indicator 1', 'Set band-by-band targets for ethnic minority representation in each operational hub and report them quarterly.', 'Head of Workforce Planning', 'Sep 2025', ['1']],
    ['WRES & WDES', 'Indicator 2 / Metric 2', 'Train every assessment centre assessor in inclusive assessment and review pass rates by ethnicity and disability.', 'Recruitment Manager', 'Dec 2025', ['2']],
    ['WDES', 'Metric 1', 'Ask all staff to update their disability and neurodiversity status through the ESR portal campaign.', 'Workforce Information Lead', 'Jun 2025', null],
    ['WRES & WDES', 'Indicator 5 / Metric 4a', 'Fit body-worn cameras to the remaining patient transport crews and publicise the racist and disablist abuse reporting route.', 'Head of Security', 'Mar 2026', ['5']],
    ['WRES', 'Indicator 6', 'Give every station manager a half-day session on handling race-related complaints between colleagues.', 'Head of Organisational Development', 'Nov 2025', ['6']],
    ['WDES', 'Metric 6', 'Issue guidance on presenteeism and reasonable adjustments for staff returning after long-term absence.', 'Head of Occupational Health', 'Oct 2025', null],
    ['WRES', 'Indicator 7', 'Open the clinical team mentor programme to ethnic minority applicants first for the 2025 intake.', 'Head of Clinical Education', 'Jul 2025', ['7']],
    ['WRES', 'Indicator 9', 'Use the ethnicity pay gap data to set an ethnicity target for senior manager and Board appointments.', 'Director of People', 'Mar 2026', ['9']],
    ['WRES & WDES', 'All', 'Report progress on both plans to the People Committee every six months.', 'Equality Lead', 'Mar 2026', ['1', '2', '3', '4', '5', '6', '7', '8', '9']],
  ];
  for (const [std, ind, a, lead, comp, codes] of rows) {
    if (!codes) { p.line([std, ind, a, lead, comp], { border: true, ambiguous: true }); continue; }
    p.action([std, ind, a, lead, comp], { indicators: codes, action: a, lead, due: comp });
  }
  p.blank();
  p.line(['Dawn Ellery, Director of People      Imran Sadiq, Equality Lead'], { merge: ['A', 'E'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional ambulance foundation trust) following a real ambulance trust's published EDI annual report 2024 to 2025 (West Midlands Ambulance Service's): trust line, title, 'Foreword' and a paragraph setting the year against operational pressure (escalation level, hours lost to handover delays in December – numbers that are not targets or dates), 'Our achievements in 2024 to 2025' with three '•' lines (done last year – not actions), then 'Workforce Race and Disability Equality Action Plans 2025 to 2026' and ONE JOINT TABLE 'Standard | Indicator / metric | Action | Lead | Completion' (row 10) whose Standard column reads 'WRES', 'WDES' or 'WRES & WDES', and a signature line. Completion is text 'Sep 2025'. Judgement calls: read as the trust's WRES plan for 2025-26 (the year the table is for, not the report's 2024-25) – rows marked WRES or WRES & WDES are actions, indicators = the WRES part only ('Indicator 5 / Metric 4a' → ['5']; 'All' on a WRES & WDES row → all nine); the two WDES-only rows (metric 1 declaration campaign, metric 6 presenteeism guidance) are NOT WRES actions and are listed as ambiguous non-action rows; lead = Lead; due = Completion as written; theme null (one table, no sections); no status: status '', rag null; the achievements bullets, foreword and signatures give no fields.", { notFrom: ['A'], dueFrom: ['E'], stdCol: 'A' });
}
