// holdout40-wres-2025-26-ashwick: a specialist orthopaedic trust's Board pack kept as a workbook: a BOARD COVER sheet, the 2025 WRES
// data with last year and the change, the plan on a sheet still called 'Sheet1' (the cover calls it Appendix 2), and a pivot of actions
// by lead pasted as values on 'Sheet2'.
import { Book, Plan, C, D, shown, fillSheet, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Royal Ashwick Orthopaedic Hospital NHS Foundation Trust';
  const cover = book.wb.addWorksheet('Board cover');
  const data = book.wb.addWorksheet('WRES 2025 data');
  const p = new Plan(book, { name: 'holdout40-wres-2025-26-ashwick', sheet: 'Sheet1', standard: 'WRES', period: '2025-26', trust, widths: [5, 12, 30, 58, 30, 16, 36], font: { name: 'Calibri', size: 11 } });
  const piv = book.wb.addWorksheet('Sheet2');
  p.line(['Appendix 2: WRES action plan 2025/26'], { merge: ['A', 'G'], style: { bold: true, font: { size: 13 } } });
  p.blank();
  p.header(['#', 'Indicator', 'Objective', 'Actions', 'Lead', 'Completion by', 'How we will measure it'], { style: { fill: C.tan } });
  const fm = 'mmmm yyyy';
  const G = [
    ['Indicator 1', 'A senior workforce that reflects our staff', [
      ['1', 'Set divisional targets for BME representation at Band 8a and above, reviewed at each divisional performance meeting.', 'Deputy Chief People Officer', D(2025, 9, 30), 'Targets in every divisional scorecard'],
      ['2', 'Run a second cohort of the "Stepping Up" leadership programme for BME nurses and allied health professionals at Bands 6 and 7.', 'Head of Leadership and OD', D(2026, 3, 31), '20 participants; promotions tracked for two years'],
    ]],
    ['Indicator 2', 'Fair appointment from shortlisting', [
      ['3', 'Require an inclusion panel member, trained by the trust, on every interview panel for Band 7 and above.', 'Head of Resourcing', D(2025, 7, 31), 'Panel compliance reported monthly'],
      ['4', 'Review three years of appointment data for theatres and outpatients, where the gap is widest, and act on what it shows.', 'Workforce Information Lead', D(2025, 12, 31), 'Findings to the People Committee'],
    ]],
    ['Indicator 3', 'Fair and just processes', [
      ['5', 'Use the just culture checklist before any formal disciplinary process, with a second check by an HR Business Partner for BME colleagues.', 'Head of Employee Relations', D(2025, 6, 30), 'Relative likelihood below 1.25 by March 2026'],
    ]],
    ['Indicators 5, 6 and 8', 'Zero tolerance of racism', [
      ['6', 'Adopt an anti-racism statement with the staff networks and display it in every patient area.', 'Director of Nursing', D(2025, 10, 31), 'Statement displayed on all wards'],
      ['7', 'Add ethnicity to the incident reporting form for abuse of staff so that racist incidents can be counted and followed up.', 'Head of Patient Safety', D(2025, 11, 30), 'Quarterly report to the People Committee'],
      ['8', 'Train ward managers to respond to racist remarks from patients and colleagues, using the network\'s own scenarios.', 'Head of Leadership and OD', D(2026, 2, 28), '90% of ward managers trained'],
    ]],
  ];
  for (const [ind, obj, acts] of G) {
    const first = p.r + 1;
    for (const [no, act, lead, due, meas] of acts)
      p.action([no, first === p.r + 1 ? ind : '', first === p.r + 1 ? obj : '', act, lead, due, meas], { ref: no, indicators: ind.match(/\d+/g), action: act, lead, due: shown(due, fm), outcome: meas }, { styles: [{}, { bold: true }, { italic: true }, {}, {}, { numFmt: fm }] });
    mergeDown(p.ws, 'B', first, p.r); mergeDown(p.ws, 'C', first, p.r);
  }
  fillSheet(cover, { widths: [28, 72], rows: [
    { v: [trust], bold: true, size: 14, merge: 'A:B' },
    { v: ['Board of Directors (meeting in public)'], bold: true, merge: 'A:B' },
    null,
    { v: ['Date of meeting', '25 June 2025'], border: true },
    { v: ['Item', '12'], border: true },
    { v: ['Title', 'Workforce Race Equality Standard 2025'], border: true },
    { v: ['Executive lead', 'Marcus Adeleke, Chief People Officer'], border: true },
    { v: ['Report author', 'Helen Quarrie, Head of Inclusion'], border: true },
    { v: ['Action required', 'Approval'], border: true },
    { v: ['Summary', 'The 2025 WRES data (Appendix 1) shows progress on indicators 2 and 7 and a worsening on indicator 6. Appendix 2 sets out eight actions for 2025/26.'], border: true, height: 45 },
    { v: ['Recommendation', 'The Board is asked to approve the WRES submission and the action plan for publication by 31 October 2025.'], border: true, height: 30 },
    { v: ['Previously considered by', 'People Committee, 10 June 2025'], border: true },
  ] });
  fillSheet(data, { widths: [10, 56, 14, 14, 12], rows: [
    { v: ['Appendix 1: WRES data 2025'], bold: true, merge: 'A:E' },
    { v: ['Indicator', 'Measure', '2025', '2024', 'Change'], bold: true, fill: C.tan, border: true },
    { v: ['1', 'BME staff at Band 8a and above (share of all 8a+)', '12.1%', '10.9%', '+1.2'], border: true },
    { v: ['2', 'Relative likelihood of White applicants appointed from shortlisting', '1.38', '1.52', '-0.14'], border: true },
    { v: ['3', 'Relative likelihood of BME staff entering formal disciplinary', '1.41', '1.36', '+0.05'], border: true },
    { v: ['4', 'Relative likelihood of White staff accessing non-mandatory training', '0.98', '1.02', '-0.04'], border: true },
    { v: ['5', 'BME staff: harassment from patients / public', '27.5%', '26.0%', '+1.5'], border: true },
    { v: ['6', 'BME staff: harassment from staff', '29.9%', '25.4%', '+4.5'], border: true },
    { v: ['7', 'BME staff: equal opportunities for progression', '51.0%', '46.2%', '+4.8'], border: true },
    { v: ['8', 'BME staff: discrimination from manager / colleague', '14.2%', '13.7%', '+0.5'], border: true },
    { v: ['9', 'Board voting membership: BME minus workforce (points)', '-9.8', '-18.3', '+8.5'], border: true },
  ] });
  const byLead = {}; for (const a of p.actions) byLead[a.lead] = (byLead[a.lead] || 0) + 1;
  fillSheet(piv, { widths: [34, 16], rows: [
    { v: ['Row Labels', 'Count of Actions'], bold: true, fill: C.paleblue },
    ...Object.keys(byLead).sort().map((k) => [k, byLead[k]]),
    { v: ['Grand Total', p.actions.length], bold: true },
  ] });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, a specialist orthopaedic foundation trust) in a four-sheet Board pack: 'Board cover' (trust name, Board of Directors, date of meeting 25 June 2025, item, title, Executive lead 'Marcus Adeleke, Chief People Officer', report author, action required, a summary naming Appendix 1 and Appendix 2, recommendation, previously considered by), 'WRES 2025 data' (Appendix 1: indicators 1–9 with 2025, 2024 and change), 'Sheet1' (the plan – the sheet was never renamed; its title is 'Appendix 2: WRES action plan 2025/26') and 'Sheet2' (a pivot table of actions by lead pasted as values: 'Row Labels | Count of Actions' with a Grand Total). The gold reads 'Sheet1': the cover calls Appendix 2 the action plan and it is the only sheet with actions. Layout: the title, a blank row, the header '# | Indicator | Objective | Actions | Lead | Completion by | How we will measure it' (row 3), four groups whose indicator and objective are MERGED DOWN beside one to three numbered actions. Judgement calls: the cover's Executive lead and author are not action leads and the meeting date is not a due; the data rows and the pivot's counts are not actions (its lead names are the plan's own leads, counted); each action carries its group's indicator(s) ('Indicators 5, 6 and 8' gives 5, 6, 8); the objective is a merged context column, not a theme (theme null); due = Completion by as shown (mmmm yyyy); measure = outcome; no status or RAG.", {
    crossRef: { metricCol: 'B', otherCols: [] }, notFrom: ['C'],
    book: { sheets: ['Board cover', 'WRES 2025 data', 'Sheet1', 'Sheet2'], planIndex: 2, elsewhere: ['Marcus Adeleke, Chief People Officer', 'Helen Quarrie, Head of Inclusion', '25 June 2025', 'Approval', 'Grand Total'] },
  });
}
