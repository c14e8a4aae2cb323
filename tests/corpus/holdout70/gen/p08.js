// holdout70-wres-2025-26-corvenham: combined acute and community trust, the Inclusion Programme Board's SMART plan: a two-row
// header whose upper row groups 'OUR PLAN' and 'HOW WE WILL KNOW' over the labels; 'Measure of success' is the outcome; 'Assurance
// route' is context; status word on a fill.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Corvenham Hospitals and Community Care NHS Trust';
  const p = new Plan(book, { name: 'holdout70-wres-2025-26-corvenham', sheet: 'WRES 2025-26', standard: 'WRES', period: '2025-26', trust, widths: [6, 8, 46, 36, 24, 12, 22, 13], font: { name: 'Arial', size: 10 } });
  p.line([trust], { merge: ['A', 'H'], style: { bold: true, font: { size: 13 }, color: C.nhs } });
  p.line(['WRES improvement plan 2025/26 – acute hospitals, community hospitals and community teams'], { merge: ['A', 'H'], style: { bold: true } });
  p.line(['Approved by the Inclusion Programme Board on 8 October 2025; progress reported to the People & Culture Committee each quarter.'], { merge: ['A', 'H'], style: { italic: true } });
  p.blank();
  p.header(['OUR PLAN', '', '', '', '', '', 'HOW WE WILL KNOW', ''], { merge: [['A', 'F'], ['G', 'H']], style: { fill: C.navy, color: C.white, alignment: { horizontal: 'center' } } });
  p.header(['Ref', 'WRES indicator', 'Specific action', 'Measure of success', 'Owner', 'Timescale', 'Assurance route', 'Status'], { style: { fill: C.paleblue } });
  const F = { Achieved: C.green, 'On track': C.lightgreen, 'Some risk': C.amber, 'Off track': C.red, 'Not due': C.palegrey };
  const R = { Achieved: 'green', 'On track': 'green', 'Some risk': 'amber', 'Off track': 'red', 'Not due': null };
  const rows = [
    ['W1', '1', 'Set a target for Black, Asian and minority ethnic staff at Band 8a+ for each clinical division and the community directorate.', 'Band 8a+ representation rises from 13% to 16% by March 2026.', 'Director of Workforce', 'Jun 2025', 'People & Culture Committee', 'Achieved'],
    ['W2', '2', 'Use independent panel members for all Band 7 and above appointments in ED, theatres and district nursing.', 'Relative likelihood of appointment from shortlisting below 1.25.', 'Head of Recruitment', 'Sep 2025', 'Workforce Assurance Group', 'On track'],
    ['W3', '2, 7', 'Give internationally educated nurses a career conversation at 12 months with a named practice educator.', '90% of IENs at 12 months have had a conversation recorded.', 'Deputy Chief Nurse (Workforce)', 'Dec 2025', 'Nursing & Midwifery Board', 'Some risk'],
    ['W4', '3', 'Apply a “just and learning” decision tool before any formal process, with a senior check for staff from ethnic minorities.', 'Formal disciplinary ratio below 1.10.', 'Associate Director of Employee Relations', 'Jul 2025', 'Workforce Assurance Group', 'On track'],
    ['W5', '5', 'Display zero-tolerance signage in community hospitals and equip community teams to report racist abuse in patients’ homes.', 'Reports of racist abuse on Datix up; survey harassment from patients down by 3 points.', 'Head of Community Nursing', 'Nov 2025', 'Health & Safety Committee', 'Off track'],
    ['W6', '6', 'Train estates, facilities and portering supervisors in responding to bullying reports.', 'All 48 supervisors trained.', 'Head of Estates & Facilities', 'Jan 2026', 'Workforce Assurance Group', 'Not due'],
    ['W7', '8', 'Launch the Race Equality Allies scheme with active bystander training for healthcare support workers and nursing associates.', '300 allies trained; indicator 8 down to 12%.', 'Inclusion Lead', 'Mar 2026', 'Inclusion Programme Board', 'On track'],
    ['W8', '9', 'Recruit two associate non-executive directors through the NExT programme.', 'Board membership reflects the workforce.', 'Chair', 'Mar 2026', 'Council of Governors', 'Not due'],
  ];
  for (const r of rows) {
    const [ref, ind, act, meas, own, ts, ar, st] = r;
    p.action(r, { ref, indicators: ind.split(', '), action: act, lead: own, due: ts, status: st, rag: R[st], outcome: meas }, { styles: [{}, { alignment: { horizontal: 'center' } }, {}, {}, {}, {}, {}, { fill: F[st] }] });
  }
  p.blank();
  p.line(['Data source: WRES return, August 2025 (2024/25 data).'], { merge: ['A', 'H'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional combined acute and community trust). Sheet 'WRES 2025-26': trust name, title, an italic approval line (Inclusion Programme Board, 8 October 2025), a blank row, a TWO-ROW header: row 5 groups 'OUR PLAN' (merged A–F) and 'HOW WE WILL KNOW' (merged G–H), row 6 holds the labels 'Ref | WRES indicator | Specific action | Measure of success | Owner | Timescale | Assurance route | Status'; eight actions W1–W8, then a data-source line. Judgement calls: both header rows are header rows; action = Specific action; outcome = Measure of success (the target the action aims at, as written); lead = Owner; due = Timescale as typed ('Jun 2025'); Assurance route (a committee or board) is context, never the lead; status = the word, rag from its fill (Achieved green, On track light green → green, Some risk amber, Off track red, 'Not due' on pale grey → null); indicators from the WRES indicator column ('2, 7' → both); the approval date and the data-source date are not dues; theme null.", { mode: 'fill', ragCol: 8, notFrom: ['G'], forbidden: ['8 October 2025', 'OUR PLAN', 'HOW WE WILL KNOW'] });
}
