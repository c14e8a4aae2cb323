// holdout45-wres-2023-24-stourhaven: a community trust's working WRES plan mid-year – open actions under theme rows (numbers with gaps),
// actions ADDED at the mid-year review at the bottom of the open block under a yellow band with a red 'NEW' flag in an unheaded first
// column, and closed actions MOVED DOWN into a 'COMPLETED ACTIONS' block (no repeated header; the closing date inside the update text).
import { Book, Plan, C, D } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Stourhaven Community Health NHS Trust';
  const p = new Plan(book, { name: 'holdout45-wres-2023-24-stourhaven', sheet: 'WRES plan', standard: 'WRES', period: '2023-24', trust, widths: [6, 8, 10, 48, 24, 12, 13, 46] });
  p.line([trust], { merge: ['A', 'H'], style: { bold: true, font: { size: 13 } } });
  p.line(['WRES Action Plan 2023/24 – working version, last updated 06/02/2024'], { merge: ['A', 'H'], style: { bold: true } });
  p.line(['Status: Not started (pink) / In progress (yellow) / Complete (green). Actions move to the Completed section once the EDI Steering Group agrees they are closed; actions added during the year are flagged NEW.'], { merge: ['A', 'H'], height: 28, style: { italic: true, font: { size: 9 } } });
  p.blank();
  p.header(['', 'Action no.', 'WRES indicator', 'What we will do', 'Lead', 'Deadline', 'Status', 'Latest update'], { style: { fill: C.darkblue, color: C.white } });
  const F = { 'Not started': C.badR, 'In progress': C.neutralA, 'Complete': C.goodG };
  const R = { 'Not started': 'red', 'In progress': 'amber', 'Complete': 'green' };
  const ragCells = {}; const fmt = (d) => `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
  const act = (flag, no, ind, a, lead, due, st, up, theme, completed = '') => {
    const r = p.action([flag, no, ind, a, lead, due, st, up], { ref: no, indicators: ind.split(', '), theme, action: a, lead, due: fmt(due), status: st, rag: R[st], progress: up, completed }, { styles: [flag ? { bold: true, color: C.red, alignment: { horizontal: 'center', vertical: 'top' } } : {}, { alignment: { horizontal: 'center', vertical: 'top' } }, { alignment: { horizontal: 'center', vertical: 'top' } }, {}, {}, { numFmt: 'dd/mm/yyyy' }, { fill: F[st] }, {}] });
    ragCells[r] = 'G'; return r;
  };
  const theme = (t) => { p.line(['', t], { merge: ['B', 'H'], style: { bold: true, fill: C.paleblue }, border: true }); return t; };
  let t = theme('Recruitment and progression');
  act('', '1', '1', "Check the ethnicity recorded on every team's ESR records and correct missing entries with the staff concerned.", 'Head of Workforce Information', D(2023, 9, 30), 'In progress', 'Missing ethnicity down from 9% to 4%; district nursing teams still to finish.', t);
  act('', '2', '2', 'Include a BME Network member on shortlisting and interview panels for every post at Band 7 and above.', 'Head of Recruitment', D(2023, 12, 31), 'In progress', 'Rota of 22 panel members in place; 70% of panels covered in October to December.', t);
  act('', '4', '4', "Offer 20 places on the 'Stepping Up' leadership programme to BME staff at Bands 5 to 7.", 'Head of Learning and Development', D(2024, 3, 31), 'In progress', 'Fourteen places filled; second intake in February.', t);
  t = theme('Bullying, harassment and discrimination');
  act('', '5', '5', 'Give community nurses a way to log racist abuse from patients on home visits and a named manager to call the same day.', 'Deputy Director of Nursing', D(2024, 1, 31), 'Not started', 'Held back while the lone-working app is replaced.', t);
  act('', '7', '8', 'Train all line managers in handling complaints of discrimination from colleagues, using real (anonymised) cases.', 'Head of Organisational Development', D(2024, 3, 31), 'In progress', 'Module written; five sessions booked for January to March.', t);
  t = theme('Leadership and Board');
  act('', '8', '9', 'Set a target for BME representation on the Board and senior leadership team and report progress to the Board twice a year.', 'Chief People Officer', D(2024, 3, 31), 'Not started', '', t);
  const band1 = p.line(['', 'Added at the mid-year review – EDI Steering Group, 17 October 2023'], { merge: ['B', 'H'], style: { bold: true, fill: C.yellow }, border: true });
  const n1 = act('NEW', '10', '6', 'Run a campaign with the BME Network so that staff know how to report racism from colleagues and what happens next.', 'Freedom to Speak Up Guardian', D(2024, 2, 29), 'In progress', 'Campaign materials with the BME Network for sign-off.', null);
  const n2 = act('NEW', '11', '3', 'Have an external reviewer audit the last two years of formal disciplinary cases by ethnicity.', 'Head of Employee Relations', D(2024, 3, 31), 'Not started', 'Reviewer being sourced through the ICB.', null);
  p.blank();
  const band2 = p.line(['', 'COMPLETED ACTIONS (moved here when closed)'], { merge: ['B', 'H'], style: { bold: true, fill: C.green, color: C.white }, border: true });
  act('', '3', '7', "Add a question on fair access to promotion to the trust's quarterly pulse survey.", 'Head of Organisational Development', D(2023, 7, 31), 'Complete', 'Closed at EDI Steering Group 14/09/23 – question asked from the July pulse; baseline 54% agree.', null, '14/09/23');
  act('', '6', '6', 'Rewrite the Dignity at Work policy with the BME Network and staff-side.', 'Head of Employee Relations', D(2023, 8, 31), 'Complete', 'Closed at EDI Steering Group 14/09/23 – policy approved by the JNCC on 22 August.', null, '14/09/23');
  act('', '9', '1, 9', 'Publish the WRES 2023 data and this plan on the trust website.', 'EDI Lead', D(2023, 10, 31), 'Complete', 'Closed at EDI Steering Group 17/10/23 – published on 29 September.', null, '17/10/23');
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional community trust), the working copy part-way through the year: title, a 'working version, last updated 06/02/2024' line, a status key line (rows 1–3), ONE header row (row 5) 'Action no. | WRES indicator | What we will do | Lead | Deadline | Status | Latest update' with an UNHEADED narrow first column A. Open actions sit under three pale-blue theme rows (Recruitment and progression; Bullying, harassment and discrimination; Leadership and Board) with gaps in the numbering (1, 2, 4 / 5, 7 / 8) because closed actions were moved away. Below them a YELLOW BAND 'Added at the mid-year review – EDI Steering Group, 17 October 2023' and two actions (10, 11) with a red bold 'NEW' in column A. After a gap a GREEN BAND 'COMPLETED ACTIONS (moved here when closed)' and the three closed actions (3, 6, 9) in the same columns without a repeated header; each update starts 'Closed at EDI Steering Group dd/mm/yy – …'. Status words on fills (Not started pink, In progress yellow, Complete green). Judgement calls: every row of the open block, the NEW rows and the completed block is an action of this plan (11 actions, numbers in sheet order 1, 2, 4, 5, 7, 8, 10, 11, 3, 6, 9); 'NEW' is a flag, not a ref, status or part of the action (ref = Action no. as written); the yellow and green bands are a when-added group and a status group, NOT themes – the NEW and completed rows have theme null (their original theme is not shown); theme of the open actions = the theme row above; status = the word, rag = its fill (pink red, yellow amber, green green); progress = Latest update (action 8's is empty); completed = the closing date in the completed rows' update text ('14/09/23', '17/10/23'), '' for the others; due = Deadline as displayed (dd/mm/yyyy); '1, 9' gives ['1','9']; the 'last updated' date and the review dates are not dues.", { ragCells, bands: [band1], flagged: [n1, n2] });
}
