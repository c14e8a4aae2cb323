// holdout66-wres-2017-18-stourmere: an acute trust's 2017-18 WRES plan kept as a Workforce Committee paper, indicator by indicator.
// Each indicator block has a 'Data' row and the committee's notes in red; a struck-through action row whose status cell (not struck)
// says it was merged with another; and a count row after each half of the plan. Statuses are plain words.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Stourmere and District Hospitals NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout66-wres-2017-18-stourmere', sheet: 'WRES 17-18', standard: 'WRES', period: '2017-18', trust, widths: [14, 58, 24, 14, 30], font: { name: 'Arial', size: 9 } });
  p.line([trust], { style: { bold: true, font: { size: 12 } } });
  p.line(['Workforce Race Equality Standard – Action Plan 2017/18'], { style: { bold: true } });
  p.line(['Presented to the Workforce Committee, 19 December 2017'], { style: { italic: true } });
  p.blank();
  p.header(['Indicator', 'Action', 'Lead officer', 'Completion', 'Status'], { style: { fill: C.grey } });
  const indr = (t) => p.line([t], { merge: ['A', 'E'], style: { bold: true } });
  const data = (t) => p.line(['Data', t], { border: true, styles: [{ bold: true }, {}] });
  const note = (t) => p.line([undefined, t], { border: false, style: { color: C.red } });
  const count = (t) => p.line([undefined, t], { border: true, style: { bold: true, fill: C.palegrey } });
  const act = (th, code, [a, lead, due, st]) => p.action([undefined, a, lead, due, st], { ref: '', indicators: [code], theme: th, action: a, lead, due, status: st, rag: null });
  let t = 'Indicator 1 – BME staff by pay band';
  indr(t);
  data('BME staff are 14.2% of the workforce but 5.9% of staff at Band 8a and above (2017: 5.1%).');
  act(t, '1', ['Run a development programme for BME staff at Bands 5–7 with a senior sponsor for each participant.', 'Head of Learning and Development', 'Mar 2018', 'Ongoing']);
  act(t, '1', ['Add ethnicity to the succession plans kept for every post at Band 8b and above.', 'Deputy Director of HR', 'Jan 2018', 'Achieved']);
  t = 'Indicator 2 – Appointment from shortlisting';
  indr(t);
  data('White applicants were 1.83 times more likely to be appointed from shortlisting than BME applicants (2016: 1.66).');
  p.line([undefined, 'Make sure every recruiting manager has done the e-learning on unconscious bias.', 'Recruitment Manager', 'Dec 2017', 'Merged with action below'], { border: true, styles: [{}, { strike: true }, { strike: true }, { strike: true }, {}] });
  act(t, '2', ['Require recruiting managers to complete fair recruitment training, including unconscious bias, before they chair a panel.', 'Recruitment Manager', 'Mar 2018', 'Partially achieved']);
  note('Committee 19/12/17: asked for the training completion rate to be reported by division at the next meeting.');
  act(t, '2', ['Include a BME panel member for all interviews for Band 7 and above.', 'Divisional HR Business Partners', 'Mar 2018', 'Ongoing']);
  count('Indicators 1–4: 4 actions (1 achieved)');
  t = 'Indicator 5 – Harassment from patients, relatives or the public';
  indr(t);
  data('29% of BME staff reported harassment from patients or the public in the 2016 survey (white staff 27%).');
  act(t, '5', ['Support staff to press charges against patients who racially abuse them, working with the local police.', 'Head of Security', 'Jun 2018', 'Ongoing']);
  t = 'Indicator 7 – Equal opportunities for career progression';
  indr(t);
  data('72% of BME staff believe the Trust provides equal opportunities for career progression (white staff 88%).');
  act(t, '7', ['Publish the outcomes of all Band 7 and above recruitment by ethnicity on the intranet twice a year.', 'Workforce Information Manager', 'Jan 2018', 'Achieved']);
  note('Committee 19/12/17: the BME Network to be asked to comment on the first publication.');
  act(t, '7', ['Launch a BME Staff Network with protected time for the chair and a Board sponsor.', 'Director of Workforce', 'Feb 2018', 'Ongoing']);
  count('Indicators 5–9: 3 actions (1 achieved)');
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute foundation trust): the WRES action plan 2017/18 as presented to the Workforce Committee on 19 December 2017. Three title lines (trust, plan title, 'Presented to …'), one grey header 'Indicator | Action | Lead officer | Completion | Status' (row 5). Four indicator rows merged across ('Indicator 2 – Appointment from shortlisting'). Under each, a DATA ROW with 'Data' in the Indicator column and the figures as a sentence in the Action column. The committee's NOTES ('Committee 19/12/17: …') are red text in the Action column, unbordered. One row under indicator 2 has its action, lead and date STRUCK THROUGH and 'Merged with action below' (not struck) in the Status column. Grey bold COUNT rows after indicators 1–4 and 5–9 ('Indicators 1–4: 4 actions (1 achieved)'). Status words are plain ('Ongoing', 'Achieved', 'Partially achieved'); the Indicator column is empty on action rows. Judgement calls: the data rows, committee notes and count rows are NOT actions; the struck row is NOT an action – it was struck out and its status says it was merged into the next action (so the plan has seven actions and the count row's '4 actions' for indicators 1–4 agrees); theme = the indicator row above; indicators from that row; no refs; lead = Lead officer; due = Completion as written; status as written, rag null (no colour, no key).", {});
}
