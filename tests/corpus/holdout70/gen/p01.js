// holdout70-wres-2017-18-calderbeck: mental health and learning disability FT, the Equality & Inclusion Lead's plan as it goes to the
// Workforce & OD Sub-Committee: 'What we found' beside each action, a 'Monitored by' governance column (a committee, never the lead) and a
// BRAG letter on a fill. A 'Staff groups in scope' line and a key under the title.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Calderbeck Partnership NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout70-wres-2017-18-calderbeck', sheet: 'WRES AP 17-18', standard: 'WRES', period: '2017-18', trust, widths: [6, 9, 34, 46, 22, 12, 24, 7], font: { name: 'Arial', size: 9 } });
  p.line([`${trust}`], { merge: ['A', 'H'], style: { bold: true, font: { size: 12 }, color: C.purple } });
  p.line(['Workforce Race Equality Standard – action plan 2017/18 (following the July 2017 WRES submission)'], { merge: ['A', 'H'], style: { bold: true } });
  p.line(['Staff groups in scope: registered nurses, nursing assistants, medical staff, psychologists, AHPs, support workers in our learning disability homes, and bank staff on the Trust bank.'], { merge: ['A', 'H'], height: 26, style: { italic: true } });
  p.line(['BRAG key:  B = complete and embedded   R = not started / off track   A = started, some slippage   G = on track'], { merge: ['A', 'H'] });
  p.blank();
  p.header(['No.', 'WRES indicator', 'What we found (2017 data)', 'What we will do', 'Responsible', 'By', 'Monitored by', 'BRAG'], { style: { fill: C.lilac } });
  const F = { B: C.blue, R: C.red, A: C.amber, G: C.green };
  const rows = [
    ['1', '1', 'BME staff are 11% of the workforce but 4% of Band 7 and above, mostly in nursing.', 'Publish a band-by-band breakdown for each care group twice a year so service directors see where BME staff stall.', 'Head of Workforce Information', 'Oct 2017', 'Workforce & OD Sub-Committee', 'B'],
    ['2', '2', 'White shortlisted applicants 1.58 times more likely to be appointed.', 'Put a BME member on every interview panel for Band 6 ward manager and team leader posts in inpatient units.', 'Associate Director of Nursing', 'Dec 2017', 'Workforce & OD Sub-Committee', 'G'],
    ['3', '2', '', 'Train 60 recruiting managers in values-based interviewing that scores answers before the panel discusses them.', 'Recruitment Manager', 'Mar 2018', 'Workforce & OD Sub-Committee', 'A'],
    ['4', '3', 'BME staff 2.1 times more likely to enter formal disciplinary, driven by inpatient support worker cases.', 'Have every proposed formal investigation involving a BME support worker reviewed by a second senior manager before it starts.', 'Deputy Director of HR', 'Sep 2017', 'People & Culture Committee', 'G'],
    ['5', '5, 6', '34% of BME staff report harassment from service users and relatives on acute wards.', 'Agree with ward managers a script for challenging racist abuse from service users, and record each incident on Datix with a race tag.', 'Head of Nursing – Acute Care Group', 'Jan 2018', 'Safeguarding & Patient Safety Group', 'A'],
    ['6', '6', '', 'Set up a BME staff network with protected time (two hours a month) agreed by care group directors.', 'Equality & Inclusion Lead', 'Nov 2017', 'Workforce & OD Sub-Committee', 'B'],
    ['7', '7', 'Only 71% of BME staff believe the Trust offers equal chances of promotion (White 86%).', 'Run a development programme for BME nurses at Bands 5 and 6 with a senior clinician as mentor.', 'Director of Nursing & Quality', 'Mar 2018', 'People & Culture Committee', 'R'],
    ['8', '9', 'No BME voting board member.', 'Ask the search agency for a diverse long list for the two non-executive vacancies coming up in 2018.', 'Trust Secretary', 'Feb 2018', 'Nominations Committee (Council of Governors)', 'A'],
  ];
  for (const [no, ind, found, act, resp, by, mon, brag] of rows) {
    p.action([no, ind, found, act, resp, by, mon, brag], { ref: no, indicators: ind.split(', '), action: act, lead: resp, due: by, status: brag, rag: { B: 'blue', R: 'red', A: 'amber', G: 'green' }[brag] }, { styles: [{}, { alignment: { horizontal: 'center' } }, {}, {}, {}, {}, {}, { fill: F[brag], bold: true, alignment: { horizontal: 'center' } }] });
  }
  p.blank();
  p.line(['Prepared by the Equality & Inclusion Lead. Progress reported quarterly; next report to the Workforce & OD Sub-Committee 16 January 2018.'], { merge: ['A', 'H'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional mental health and learning disability FT). Sheet 'WRES AP 17-18': trust name, plan title, an italic 'Staff groups in scope' line (nurses, support workers, bank staff …), a one-line BRAG key, a blank row, then the header 'No. | WRES indicator | What we found (2017 data) | What we will do | Responsible | By | Monitored by | BRAG' (row 6), eight numbered actions and, after a blank row, an italic 'Prepared by … next report … 16 January 2018' line. Judgement calls: action = 'What we will do'; 'What we found' is the finding (context, blank on rows 9 and 12 where the finding above still applies – it is not merged and gives no field); lead = Responsible; 'Monitored by' is the governance committee that receives progress, NEVER the lead; due = By as typed ('Oct 2017'); ref = No.; indicators from the indicator column ('5, 6' → both); status = the BRAG letter, rag from its fill (B blue = complete). The key line, the scope line and the closing line are not actions; the report date in the closing line is no due. Theme null (no section rows).", { mode: 'fill', ragCol: 8, notFrom: ['C', 'G'], forbidden: ['Workforce & OD Sub-Committee', 'People & Culture Committee', '16 January 2018'] });
}
