// holdout15-wres-2025-26-wintercombe: ORDINARY 2025 WRES plan – title, then a row of three cells (trust | version |
// last updated), header 'Indicator | Action | Lead | Partner(s) | Milestone | Target date | Status | Narrative update (Q2)'
// (gold lead = Lead, not Partner(s)); 'Ind. 2 (shortlisting)' style; a text 'Milestone' that is not the due; dd/mm/yyyy +
// text; status words UNFILLED, coloured only in a KEY BLOCK under the table ('Not due' no colour → rag null).
import { Book, Plan, C, D, shown, ALL_WRES } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout15-wres-2025-26-wintercombe', sheet: 'WRES 2025-26', standard: 'WRES', period: '2025-26', trust: 'Wintercombe and District NHS Foundation Trust', widths: [20, 54, 26, 24, 30, 13, 12, 44] });
  p.line(['WRES Action Plan 2025–26'], { merge: ['A', 'H'], style: { bold: true, font: { size: 14 } } });
  p.line(['Wintercombe and District NHS Foundation Trust', null, 'Version 1.2', null, 'Last updated 03/11/2025'], { styles: [{ bold: true }] });
  p.ws.mergeCells(`A${p.r}:B${p.r}`);
  p.blank();
  p.header(['Indicator', 'Action', 'Lead', 'Partner(s)', 'Milestone', 'Target date', 'Status', 'Narrative update (Q2)'], { style: { fill: C.grey, alignment: { vertical: 'middle', wrapText: true } } });
  const W = { Achieved: 'blue', 'On track': 'green', 'At risk': 'amber', 'Off track': 'red', 'Not due': null };
  const data = [
    ['Ind. 1 (workforce)', ['1'], 'Set and publish BME representation goals for Band 8a–9 and VSM, with a trajectory to 2028.', 'Deputy Director of People', 'Workforce Insight Team', 'Goals to the People Committee', D(2025, 7, 31), 'Achieved', 'Goals agreed at the July committee.'],
    ['Ind. 1 (workforce)', ['1'], 'Include ethnicity in every divisional performance review pack.', 'Workforce Insight Lead', 'Divisional directors', 'Pack template changed', 'Q2', 'Achieved', 'In packs from September.'],
    ['Ind. 2 (shortlisting)', ['2'], 'Use structured, scored interviews with a trained inclusion panellist for every Band 7+ post.', 'Head of Resourcing', 'Race Equality Network', 'Panellist pool of 60', D(2025, 12, 31), 'On track', '44 panellists trained.'],
    ['Ind. 2 (shortlisting)', ['2'], 'Stop using "cultural fit" as a shortlisting criterion and replace it with the Trust values.', 'Head of Resourcing', '', 'Guidance issued', D(2025, 9, 30), 'At risk', 'Guidance drafted; not yet issued.'],
    ['Ind. 3 (disciplinary)', ['3'], 'Keep the independent pre-formal review of every case and report outcomes by ethnicity twice a year.', 'Head of Employee Relations', 'Staff Side', 'Six-monthly report', D(2026, 3, 31), 'On track', 'April–September report due November.'],
    ['Ind. 4 (training)', ['4'], 'Ring-fence 20% of the CPD budget for BME nurses and AHPs and track take-up.', 'Director of Education', 'Chief Nurse', 'Budget agreed', D(2025, 6, 30), 'Off track', 'Budget reduced in the financial recovery plan.'],
    ['Ind. 5 (public)', ['5'], 'Give all patient-facing staff a simple route to report racist abuse from patients, and follow up every report within 7 days.', 'Head of Security', 'Patient Experience Team', 'Reporting route live', D(2025, 10, 31), 'On track', 'Route live; follow-up within 7 days in 81% of reports.'],
    ['Ind. 6 & 8 (staff)', ['6', '8'], 'Run "Let\'s talk about race" sessions in the five teams with the worst staff survey scores.', 'Head of OD', 'Race Equality Network', 'Five sessions', D(2026, 1, 31), 'At risk', 'Two held; three teams yet to book.'],
    ['Ind. 7 (progression)', ['7'], 'Sponsor 15 BME colleagues at Band 6–7 through the "Rise" talent programme.', 'Head of Talent', 'Executive sponsors', 'Cohort recruited', D(2026, 3, 31), 'Not due', 'Cohort opens January.'],
    ['Ind. 9 (Board)', ['9'], 'Make a race equality objective part of every Board member\'s appraisal.', 'Chair', 'Director of Corporate Governance', 'Appraisals complete', 'Q4', 'Not due', 'Appraisals in March.'],
    ['Ind. 1–9 (all)', ALL_WRES, 'Co-produce the 2026–27 plan with the Race Equality Network and staff side.', 'Head of EDI', 'Race Equality Network', 'Workshop held', D(2026, 2, 28), 'Not due', ''],
    ['Ind. 6 (staff)', ['6'], 'Train managers in the Trust\'s civility and respect framework as part of the Managers\' Essentials course.', 'Head of OD', '', 'Module added', D(2025, 11, 30), 'On track', 'Module in the October course.'],
  ];
  for (const [ind, inds, action, lead, partner, ms, due, st, upd] of data) {
    const isDate = due instanceof Date;
    p.action([ind, action, lead, partner, ms, due, st, upd], { indicators: inds, action, lead, due: isDate ? shown(due, 'dd/mm/yyyy') : due, status: st, rag: W[st], progress: upd }, { styles: [{}, {}, {}, {}, {}, isDate ? { numFmt: 'dd/mm/yyyy' } : {}] });
  }
  p.blank();
  p.line(['Status key'], { style: { bold: true } });
  for (const [w, f, m] of [['Achieved', C.blue, 'Action complete'], ['On track', C.green, 'Will be delivered on time'], ['At risk', C.amber, 'Some risk to delivery'], ['Off track', C.red, 'Will not be delivered on time without help'], ['Not due', null, 'Work not yet due to start']]) p.line([w, m], { border: true, styles: [f ? { fill: f, ...(f === C.blue || f === C.red ? { color: C.white } : {}) } : {}] });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY 2025 WRES plan: a merged title 'WRES Action Plan 2025–26', then a row of three cells – trust name (A:B merged, bold) | 'Version 1.2' | 'Last updated 03/11/2025' – a blank row and a grey header 'Indicator | Action | Lead | Partner(s) | Milestone | Target date | Status | Narrative update (Q2)' (row 4). Indicators written 'Ind. N (short name)', 'Ind. 6 & 8 (staff)', 'Ind. 1–9 (all)' (= all nine). Gold lead = Lead; 'Partner(s)' names supporters (sometimes empty) and is not the lead. 'Milestone' is a short text deliverable, not the due; due = Target date (real dates shown dd/mm/yyyy, or 'Q2' / 'Q4' as text). Status words are UNFILLED ('Achieved', 'On track', 'At risk', 'Off track', 'Not due'); their colours are given only by a STATUS KEY BLOCK under the table (bold 'Status key' label then five rows: filled word + meaning): Achieved blue, On track green, At risk amber, Off track red, 'Not due' unfilled → rag null. Progress = the Q2 narrative (one empty). The last action (Ind. 6) is out of order – added after the plan was agreed. Judgement calls: rag comes from the key block, not from the (unfilled) cell; Milestone is not the due; Partner(s) is not the lead; the key rows are not actions.", { ragCol: 'G', mode: 'word', words: W });
}
