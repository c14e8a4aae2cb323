// holdout65-wres-2016-17-brackenfold: acute trust, plain grid with a 'Measure of success' column of percentage targets (numbers that are
// not indicators) and one two-indicator row; Calibri; no status column; a 'Contact' line under the table.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Brackenfold Hospitals NHS Trust';
  const font = { name: 'Calibri', size: 11 };
  const p = new Plan(book, { name: 'holdout65-wres-2016-17-brackenfold', sheet: 'WRES plan 2016-17', standard: 'WRES', period: '2016-17', trust, widths: [12, 58, 26, 14, 40], font });
  p.line([`${trust} – Workforce Race Equality Standard action plan 2016/17`], { merge: ['A', 'E'], style: { bold: true, font: { size: 14 } }, height: 22 });
  p.blank();
  p.header(['WRES indicator', 'Action', 'Lead', 'Timescale', 'Measure of success'], { style: { fill: C.nhs, color: C.white } });
  const F = 'mmm-yy';
  const rows = [
    ['Ind. 1', ['1'], 'Publish a workforce profile by band and ethnicity to every divisional board each quarter.', 'Head of Workforce Information', D(2016, 9, 30), 'BME share of Band 8a and above rises from 6% to 8% by March 2018'],
    ['Ind. 2', ['2'], 'Put a trained BME panel member on every interview panel for posts at Band 7 and above.', 'Recruitment Manager', D(2016, 12, 31), 'Likelihood ratio (white vs BME appointed from shortlisting) below 1.25'],
    ['Ind. 2', ['2'], 'Audit 50 shortlisting decisions a quarter and report the findings to the Equality Steering Group.', 'Recruitment Manager', D(2017, 3, 31), '200 decisions audited in the year'],
    ['Ind. 3', ['3'], 'Review every formal disciplinary case involving a BME member of staff with a second HR adviser before a hearing is arranged.', 'Deputy Director of HR', D(2016, 10, 31), 'Relative likelihood of entering the formal process at 1.0 – 1.2'],
    ['Ind. 4', ['4'], 'Report access to non-mandatory training and CPD by ethnicity at the Education Committee twice a year.', 'Head of Learning and Development', D(2017, 1, 31), 'Gap in access to CPD closed to under 2 percentage points'],
    ['Ind. 5 & 6', ['5', '6'], 'Launch a Speak Up Guardian route for staff reporting harassment from patients, relatives or colleagues.', 'Director of Nursing', D(2016, 11, 30), '10% fewer BME staff reporting harassment in the 2017 survey'],
    ['Ind. 7', ['7'], 'Run two career conversations workshops for BME nurses and midwives at Bands 5 and 6.', 'Head of Nursing Education', D(2017, 2, 28), '40 staff attend; 25% apply for a higher band within a year'],
    ['Ind. 8', ['8'], 'Set up a BME staff network with an executive sponsor and protected time for its chair.', 'Chief Executive', D(2016, 7, 31), 'Network meets 6 times in the year'],
    ['Ind. 9', ['9'], 'Include an inclusive recruitment statement in the next non-executive director search.', 'Trust Secretary', D(2017, 3, 31), 'At least one BME candidate on the shortlist'],
  ];
  for (const [ind, inds, act, lead, due, ms] of rows) p.action([ind, act, lead, due, ms], { indicators: inds, action: act, lead, due: shown(due, F), outcome: ms }, { styles: [{}, {}, {}, { numFmt: F }] });
  p.blank();
  p.line(['Contact: Equality and Diversity Lead, Workforce Directorate, ext. 4412. Plan agreed by the Trust Board on 26 May 2016.'], { merge: ['A', 'E'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute trust). One sheet: a title naming the trust and the year (row 1), one header 'WRES indicator | Action | Lead | Timescale | Measure of success' (row 3, white on NHS blue), nine actions (rows 4–12), a blank row and an italic contact line (row 14). Indicator cells written 'Ind. 1' … with one 'Ind. 5 & 6'. Timescales are real dates shown mmm-yy. Quirk: the MEASURE OF SUCCESS column is full of percentages and ratios ('from 6% to 8%', 'below 1.25', '200 decisions', '6 times') – these are the outcome, never indicators or dues. Judgement calls: indicators from the indicator column only ('Ind. 5 & 6' → ['5','6']); outcome = the Measure of success cell as written; due = the Timescale as displayed; no ref column (ref ''), no theme, no status column (status '', rag null); the contact line's extension and Board date give nothing (no lead, no due).", { cols: { ind: 'A', action: 'B', lead: 'C', due: 'D', outcome: 'E' }, forbidden: ['26 May 2016', 'Equality and Diversity Lead'] });
}
