// holdout60-wres-2017-18-thistlemere: acute trust, ordinary six-column grid; quirks: a yellow NOTE ROW in the middle of the table
// (the committee added actions after publication) and TIMESCALES TYPED AS TEXT in several styles.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Thistlemere Hospitals NHS Trust';
  const p = new Plan(book, { name: 'holdout60-wres-2017-18-thistlemere', sheet: 'WRES Action Plan 2017-18', standard: 'WRES', period: '2017-18', trust, widths: [6, 12, 62, 26, 16, 44] });
  p.line([trust], { merge: ['A', 'F'], style: { bold: true, font: { size: 14 } } });
  p.line(['Workforce Race Equality Standard – Action Plan 2017/18'], { merge: ['A', 'F'], style: { bold: true, font: { size: 12 } } });
  p.blank();
  p.header(['No', 'WRES Indicator', 'Action', 'Lead', 'Completion date', 'Progress'], { style: { fill: C.paleblue } });
  const A = [
    ['1', '1', 'Review the ethnicity breakdown of every pay band by division and share it with divisional boards twice a year.', 'Head of Workforce Information', 'October 2017', 'First report went to divisional boards in October.'],
    ['2', '2', 'Put a BME panel member on interview panels for all posts at Band 7 and above.', 'Head of Recruitment', 'End of Q3', 'Panel members recruited from the BME staff network; 34 trained so far.'],
    ['3', '2', 'Audit shortlisting decisions for nursing posts to find where BME applicants drop out.', 'Deputy Chief Nurse', 'December 2017', ''],
    ['4', '3', 'Ask an HR business partner to review every disciplinary case involving a BME member of staff before a formal investigation is started.', 'Associate Director of HR', 'From 1 Sept 2017', 'In place; 11 cases reviewed, 4 resolved informally.'],
  ];
  const B = [
    ['5', '5, 6', 'Launch a speak-up route for staff who face racist abuse from patients and visitors, with a named contact on every site.', 'Freedom to Speak Up Guardian', 'Jan 2018', ''],
    ['6', '7', 'Run two career clinics for BME staff at Bands 5 to 7 with senior nurses and managers.', 'Head of Learning and Development', '31/03/18', ''],
    ['7', '8', 'Include a session on challenging discrimination in the new manager induction.', 'Head of Learning and Development', 'March 2018', ''],
    ['8', '9', 'Report the ethnicity of the Board and its direct reports in the annual workforce report.', 'Trust Secretary', 'May 2018', ''],
  ];
  const row = (a) => p.action(a, { ref: a[0], indicators: a[1].split(', '), action: a[2], lead: a[3], due: a[4], progress: a[5] });
  A.forEach(row);
  const note = p.line(['Note: actions 5 to 8 were added by the Workforce Committee on 12 October 2017 after the plan was first published on the trust website in August 2017.'], { merge: ['A', 'F'], style: { italic: true, fill: C.yellow } });
  B.forEach(row);
  p.blank();
  p.line(['Plan owner: Director of Workforce and OD'], { style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, an acute trust): title rows (trust name, 'Workforce Race Equality Standard – Action Plan 2017/18'), a blank row, a pale-blue header 'No | WRES Indicator | Action | Lead | Completion date | Progress', four actions, then a yellow italic NOTE ROW merged across the table ('Note: actions 5 to 8 were added by the Workforce Committee on 12 October 2017 …'), then four more actions, a blank row and a 'Plan owner:' line. Completion dates are TYPED TEXT in several styles ('October 2017', 'End of Q3', 'From 1 Sept 2017', 'Jan 2018', '31/03/18'). Judgement calls: the note row is not an action and not a theme (it explains where actions 5–8 came from); its date (12 October 2017) is no due; the table carries on below it with the same columns; due = the Completion date as typed; progress from the Progress column ('' where blank); ref = the No column; indicators from the WRES Indicator column ('5, 6' → ['5','6']); the 'Plan owner' line is not a lead of any action; theme null; no status column (status '', rag null).", { cols: { ref: 'A', ind: 'B', action: 'C', lead: 'D', due: 'E', progress: 'F' }, dataRows: [note], forbidden: ['12 October 2017', 'Director of Workforce and OD'] });
}
