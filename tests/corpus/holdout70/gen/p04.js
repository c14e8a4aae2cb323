// holdout70-wres-2023-24-wyndlow: ICB (its own ~600 staff), the People Team's plan for the Executive Management Team: section rows
// taken from the ICB's three people priorities, a 'High Impact Action' column (the NHS EDI Improvement Plan's HIA numbers, which are
// not WRES indicators), due as a quarter, a '% complete' number and an uncoloured status word.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'NHS Wyndlow and Ely Vale Integrated Care Board';
  const p = new Plan(book, { name: 'holdout70-wres-2023-24-wyndlow', sheet: 'WRES 23-24', standard: 'WRES', period: '2023-24', trust, widths: [7, 50, 10, 10, 24, 14, 11, 13], font: { name: 'Arial', size: 10 } });
  p.line([trust], { merge: ['A', 'H'], style: { bold: true, font: { size: 12 }, color: C.nhs } });
  p.line(['Workforce Race Equality Standard 2023/24 – ICB as an employer (our own staff only; system-wide work sits in the ICS People Plan)'], { merge: ['A', 'H'], height: 26 });
  p.line(['For: Executive Management Team, 12 September 2023     Owner: Head of People & Inclusion'], { merge: ['A', 'H'], style: { italic: true } });
  p.blank();
  p.header(['ID', 'Action', 'WRES ind.', 'High Impact Action', 'Lead', 'Due', '% complete', 'Status'], { style: { fill: C.nhs, color: C.white } });
  const rows = [
    ['Priority 1 – Fair recruitment and progression'],
    ['P1.1', 'Use diverse panels and a structured scoring grid for every Band 8a and above appointment in the ICB.', '2', '3', 'Head of Recruitment (shared service)', 'Q2 2023/24', 1, 'Complete'],
    ['P1.2', 'Publish the ICB’s own ethnicity pay gap with the gender pay gap report.', '1', '3', 'People Analytics Lead', 'Q4 2023/24', 0.25, 'In progress'],
    ['P1.3', 'Offer a sponsorship scheme pairing Black and Asian staff at Bands 6–8a with a director for twelve months.', '7', '2', 'Inclusion Programme Manager', 'Q3 2023/24', 0.5, 'In progress'],
    ['Priority 2 – Speaking up and being treated fairly'],
    ['P2.1', 'Review the last three years of ICB employee relations cases by ethnicity with an external HR adviser.', '3', '5', 'Associate Director of People', 'Q2 2023/24', 1, 'Complete'],
    ['P2.2', 'Set up a Race Equality Network for ICB staff with an executive sponsor and a budget.', '6', '6', 'Chief People Officer', 'Q1 2023/24', 1, 'Complete'],
    ['P2.3', 'Add a question on racism to the quarterly pulse survey and report results by directorate.', '6, 8', '6', 'OD Business Partner', 'Q3 2023/24', 0, 'Not started'],
    ['Priority 3 – Leadership that reflects our population'],
    ['P3.1', 'Give every director an EDI objective in their 2023/24 appraisal, with race as one measure.', '9', '1', 'Chief Executive', 'Q1 2023/24', 1, 'Complete'],
    ['P3.2', 'Ask the ICB board to complete a cultural competence session and a reverse mentoring pairing.', '9', '1', 'Board Secretary', 'Q4 2023/24', 0.1, 'Delayed'],
  ];
  const secs = [];
  for (const r of rows) {
    if (r.length === 1) { secs.push(p.line(r, { merge: ['A', 'H'], style: { bold: true, fill: C.paleblue } })); continue; }
    const [id, act, ind, hia, lead, due, pc, st] = r;
    p.action(r, { ref: id, indicators: ind.split(', '), theme: rows[rows.indexOf(r) - rows.slice(0, rows.indexOf(r)).reverse().findIndex((x) => x.length === 1) - 1][0], action: act, lead, due, status: st }, { styles: [{}, {}, { alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }, {}, {}, { numFmt: '0%' }, {}] });
  }
  p.blank();
  p.line(['HIA = High Impact Action in the NHS EDI Improvement Plan (June 2023). Status is reviewed monthly by the People Team.'], { merge: ['A', 'H'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional ICB, its own staff). Sheet 'WRES 23-24': ICB name, title (own staff only), an italic 'For: Executive Management Team, 12 September 2023  Owner: Head of People & Inclusion' line, a blank row, the blue header 'ID | Action | WRES ind. | High Impact Action | Lead | Due | % complete | Status' (row 5), three shaded PRIORITY section rows with eight actions under them, and an italic footnote decoding HIA. Judgement calls: theme = the priority section row above; indicators from 'WRES ind.' only – the 'High Impact Action' column holds EDI Improvement Plan HIA numbers (1–6), which are not WRES indicators; lead = Lead ('Head of Recruitment (shared service)' kept whole); the Owner on the cover line is the plan's owner, not any action's lead; due = the quarter as typed ('Q2 2023/24'); status = the word as written, uncoloured (rag null); '% complete' is a number, not a status or progress; the EMT meeting date is no due.", { sections: secs, notFrom: ['D', 'G'], forbidden: ['Head of People & Inclusion', '12 September 2023'] });
}
