// holdout46-wdes-2020-21-ardenholt: ONE DIVISION's WDES plan (Surgery and Critical Care) in an acute teaching trust, written by the division
// to deliver its part of the Trust plan: a label / value block of the division's triumvirate and HRBP, TWO reference columns (the division's
// own 'SCC-01' and the Trust action it rolls up to, 'WD-04'), a specialty column, COVID-paused statuses, and a second sheet rolling the
// division's actions up against the Trust actions.
import { Book, Plan, C, D } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Ardenholt University Hospitals NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout46-wdes-2020-21-ardenholt', sheet: 'SCC WDES plan', standard: 'WDES', period: '2020-21', trust, widths: [10, 10, 12, 50, 26, 22, 12, 42, 16] });
  p.line([trust], { merge: ['A', 'I'], style: { bold: true, font: { size: 13 }, color: C.nhs } });
  p.line(['Surgery and Critical Care Division – WDES Divisional Action Plan 2020/21'], { merge: ['A', 'I'], style: { bold: true, font: { size: 12 } } });
  p.line(['Divisional Director:', undefined, undefined, 'Mr K. Haldane'], { merge: ['A', 'C'], style: { bold: true }, styles: [{}, {}, {}, { bold: false }] });
  p.line(['Divisional Head of Nursing:', undefined, undefined, 'Joanne Morrow'], { merge: ['A', 'C'], style: { bold: true }, styles: [{}, {}, {}, { bold: false }] });
  p.line(['HR Business Partner:', undefined, undefined, 'Stella Petrakis'], { merge: ['A', 'C'], style: { bold: true }, styles: [{}, {}, {}, { bold: false }] });
  p.line(['Version / date:', undefined, undefined, 'v3 – 12 January 2021'], { merge: ['A', 'C'], style: { bold: true }, styles: [{}, {}, {}, { bold: false }] });
  p.line(['This plan sets out how the division will deliver its part of the Trust WDES action plan. The Trust ref column shows the Trust action each divisional action rolls up to; progress is reported to the Divisional Board monthly and to the Trust Equality Group quarterly.'], { merge: ['A', 'I'], height: 30, style: { italic: true } });
  p.blank();
  p.header(['Div ref', 'Trust ref', 'WDES metric', 'Divisional action', 'Divisional lead', 'Specialty / area', 'Due', 'Progress (Dec 2020)', 'Status'], { style: { fill: C.paleblue } });
  const FILL = { Complete: C.blue, 'On track': C.green, Delayed: C.amber, 'Paused (COVID-19)': C.grey };
  const RAG = { Complete: 'blue', 'On track': 'green', Delayed: 'amber', 'Paused (COVID-19)': null };
  const acts = [
    ['SCC-01', 'WD-01', '1', 'Ask every surgical and critical care team to update their disability status on ESR during the annual appraisal round.', 'Divisional HRBP', 'All specialties', D(2020, 12, 31), 'Included in the appraisal checklist; 41 updates so far.', 'On track'],
    ['SCC-02', 'WD-04', '4a', 'Hold a facilitated team conversation on bullying and harassment in each theatre suite, using the division\'s staff survey results.', 'Theatres Matron', 'Main and Day Theatres', D(2020, 11, 30), 'Sessions stopped in the second wave; three of seven held.', 'Paused (COVID-19)'],
    ['SCC-03', 'WD-04', '4b', 'Remind every team how to report harassment through the incident system and through Freedom to Speak Up, and thank people who do.', 'Divisional Head of Nursing', 'All specialties', D(2020, 10, 31), 'Posters and screen savers in place on all wards.', 'Complete'],
    ['SCC-04', 'WD-02', '5', 'Offer the division\'s disabled staff a place on the band 5 to 6 development programme when it restarts.', 'Divisional Practice Educator', 'Nursing and AHP', D(2021, 3, 31), 'Programme restart delayed to April.', 'Delayed'],
    ['SCC-05', 'WD-06', '6', 'Make sure staff shielding or working from home are kept in touch with weekly calls from their line manager.', 'General Managers', 'All specialties', D(2020, 9, 30), 'Weekly calls logged for all 38 shielding staff.', 'Complete'],
    ['SCC-06', 'WD-07', '7', 'Complete a reasonable adjustments conversation with every disabled member of staff returning from shielding, and record it on the passport.', 'Ward Managers', 'Critical Care and Surgical Wards', D(2021, 1, 31), '27 of 38 conversations recorded.', 'On track'],
    ['SCC-07', 'WD-07', '7', 'Buy adjustable workstations for the critical care outreach office so staff can work flexibly.', 'Critical Care Manager', 'Critical Care', D(2020, 12, 31), 'Order placed; delivery delayed by the supplier.', 'Delayed'],
    ['SCC-08', 'WD-03', '3', 'Check every capability case in the division for whether a disability or long-term condition was considered before it went formal.', 'Divisional HRBP', 'All specialties', D(2021, 3, 31), 'Case review template agreed with Employee Relations.', 'On track'],
    ['SCC-09', 'WD-08', '9a', 'Give staff time to join the Trust\'s Disability and Long-Term Conditions Network and a divisional champion to link with it.', 'Divisional Director', 'All specialties', D(2021, 2, 28), 'Champion not yet identified.', 'Delayed'],
  ];
  for (const [ref, tref, m, a, lead, area, due, prog, st] of acts) {
    p.action([ref, tref, m, a, lead, area, due, prog, st], { ref, indicators: [m], action: a, lead, due: `${String(due.getUTCDate()).padStart(2, '0')}/${String(due.getUTCMonth() + 1).padStart(2, '0')}/${due.getUTCFullYear()}`, progress: prog, status: st, rag: RAG[st] }, { styles: [{}, {}, { alignment: { horizontal: 'center' } }, {}, {}, {}, { numFmt: 'dd/mm/yyyy' }, {}, { fill: FILL[st] }] });
  }
  p.blank();
  p.line(['Status key: Complete (blue), On track (green), Delayed (amber), Paused (COVID-19) (grey) – work stopped by the pandemic response, no rating.'], { merge: ['A', 'I'], style: { italic: true } });
  // roll-up sheet
  const ru = book.wb.addWorksheet('Roll-up to Trust plan');
  [12, 60, 24, 16].forEach((w, i) => { ru.getColumn(i + 1).width = w; });
  const rrows = [
    ['Surgery and Critical Care – contribution to the Trust WDES plan 2020/21'], [],
    ['Trust ref', 'Trust action (summary)', 'Divisional actions', 'Divisional position'],
    ['WD-01', 'Improve disability declaration rates on ESR', 'SCC-01', 'On track'],
    ['WD-02', 'Development opportunities for disabled staff', 'SCC-04', 'Delayed'],
    ['WD-03', 'Fair use of the capability process', 'SCC-08', 'On track'],
    ['WD-04', 'Reduce bullying and harassment and increase reporting', 'SCC-02, SCC-03', 'Paused (COVID-19)'],
    ['WD-06', 'Reduce presenteeism', 'SCC-05', 'Complete'],
    ['WD-07', 'Reasonable adjustments and the Health Passport', 'SCC-06, SCC-07', 'Delayed'],
    ['WD-08', 'Staff voice and the Disability and Long-Term Conditions Network', 'SCC-09', 'Delayed'],
  ];
  rrows.forEach((vals, i) => vals.forEach((v, j) => { const c = ru.getCell(i + 1, j + 1); c.value = v; c.font = { name: 'Arial', size: 10, bold: i === 0 || i === 2 }; c.alignment = { wrapText: true, vertical: 'top' }; }));
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, an acute teaching foundation trust) written BY ONE DIVISION (Surgery and Critical Care) for its part of the Trust's WDES plan, mid-year during COVID-19. Sheet 'SCC WDES plan' (gold): trust name, divisional plan title, a LABEL / VALUE block (Divisional Director, Divisional Head of Nursing, HR Business Partner, Version / date – labels merged A:C, values in D), an italic paragraph explaining that the Trust ref column shows the Trust action each divisional action rolls up to, a blank row, a pale-blue header on row 9 'Div ref | Trust ref | WDES metric | Divisional action | Divisional lead | Specialty / area | Due | Progress (Dec 2020) | Status', nine actions, a blank row and a status key line. A second sheet 'Roll-up to Trust plan' maps each Trust ref to the divisional actions and a divisional position (a summary, no actions). Judgement calls: ref = the division's own 'Div ref' ('SCC-01'), NOT the Trust ref ('WD-04'), whose numbers do not match the metric; indicators from the WDES metric column only (bare codes '4a', '9a'); lead = 'Divisional lead' as written (roles, plural 'General Managers' / 'Ward Managers' kept), never the triumvirate names in the block above; 'Specialty / area' is context; due = the date as shown (dd/mm/yyyy); progress = the Dec 2020 column; status = the word on its fill (Complete blue, On track green, Delayed amber); 'Paused (COVID-19)' is on a grey fill that the key says carries no rating → status 'Paused (COVID-19)', rag null.", { mode: 'fill', ragCol: 'I', fieldCols: { ref: 'A', lead: 'E', due: 'G', progress: 'H', status: 'I' }, crossRef: { metricCol: 'C', otherCols: ['B'] }, notFrom: ['B', 'F'], forbidden: ['Mr K. Haldane', 'Joanne Morrow', 'Stella Petrakis', 'v3 – 12 January 2021'] });
}
