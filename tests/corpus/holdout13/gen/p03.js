// holdout13-wres-2016-17-hollinsford: COMMUNITY TRUST – a WRES FIGURES TABLE ABOVE the plan (2015 vs 2016), then a
// caption and the plan header with its status key inside ('Status (C / IP / NS)'); unfilled status letters.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout13-wres-2016-17-hollinsford', sheet: 'WRES', standard: 'WRES', period: '2016-17', trust: 'Hollinsford Community Health Services NHS Trust', widths: [7, 58, 14, 18, 30, 14], font: { name: 'Arial', size: 10 } });
  p.line(['Hollinsford Community Health Services NHS Trust'], { merge: ['A', 'F'], style: { bold: true, font: { size: 13 } } });
  p.line(['Workforce Race Equality Standard – 2016 data and action plan for 2016/17'], { merge: ['A', 'F'], style: { bold: true } });
  p.blank();
  p.line(['', 'Our WRES data'], { style: { bold: true } });
  p.header(['', 'Indicator', '2015', '2016', 'Comment'], { style: { fill: C.palegrey } });
  const fig = (name, a, b, comment, fmt) => p.line(['', name, a, b, comment], { border: true, styles: [{}, {}, { numFmt: fmt }, { numFmt: fmt }] });
  fig('1. BME staff in Bands 8a–9 and VSM', 0.041, 0.048, 'Slight increase', '0.0%');
  fig('2. Relative likelihood of White staff being appointed from shortlisting', 1.71, 1.58, 'Still above 1.25', '0.00');
  fig('3. Relative likelihood of BME staff entering the formal disciplinary process', 2.05, 1.64, 'Small numbers', '0.00');
  fig('4. Relative likelihood of White staff accessing non-mandatory training', 1.12, 1.03, '', '0.00');
  fig('5. BME staff experiencing harassment from patients or the public', 0.262, 0.281, 'Worse', '0.0%');
  fig('6. BME staff experiencing harassment from staff', 0.247, 0.229, '', '0.0%');
  fig('7. BME staff believing the trust provides equal opportunities for progression', 0.694, 0.712, '', '0.0%');
  fig('8. BME staff experiencing discrimination from a manager or colleague', 0.131, 0.142, 'Worse', '0.0%');
  fig('9. BME voting Board members', 0, 0.077, '1 of 13', '0.0%');
  p.blank();
  p.line(['', 'Action plan 2016/17'], { style: { bold: true } });
  p.header(['No.', 'Action', 'Indicator(s)', 'Timescale', 'Lead', 'Status (C / IP / NS)'], { style: { fill: C.palegrey } });
  const act = (n, action, ind, inds, due, lead, status) => p.action([n, action, ind, due, lead, status], { ref: String(n), indicators: inds, action, lead, due, status });
  act(1, 'Set a target for BME representation at Band 8a and above for each of the four localities and report progress quarterly.', '1', ['1'], 'End of June 2016', 'Associate Director of HR', 'C');
  act(2, 'Train recruiting managers in fair selection and unconscious bias before they sit on a panel.', '2', ['2'], 'September 2016', 'Recruitment and Resourcing Manager', 'IP');
  act(3, 'Publish interview questions in advance for Band 6 and 7 community nursing posts as a pilot.', '2', ['2'], 'Q3', 'Recruitment and Resourcing Manager', 'NS');
  act(4, 'Review all disciplinary cases involving BME staff from 2015/16 with the BME Network and agree learning.', '3', ['3'], 'July 2016', 'HR Business Partner', 'C');
  act(5, 'Monitor access to funded courses by ethnicity through the education panel.', '4', ['4'], 'Dec 2016', 'Head of Education and Training', 'IP');
  act(6, 'Give lone and home-visiting staff a clear route for reporting racist abuse from patients, and support from their manager when they do.', '5', ['5'], 'October 2016', 'Head of Health, Safety and Security', 'IP');
  act(7, 'Run "Respect at work" team sessions in the two localities with the highest harassment scores.', '6 & 8', ['6', '8'], 'Q4', 'Head of Organisational Development', 'NS');
  act(8, 'Open the Mary Seacole leadership programme to BME staff at Band 5 and 6, with a mentor from the senior team.', '7', ['7'], '31/03/2017', 'Head of Organisational Development', 'IP');
  act(9, 'Include a BME Network member on the Board\'s recruitment panel for non-executive directors.', '9', ['9'], 'As vacancies arise', 'Trust Chair', 'NS');
  act(10, 'Report WRES progress twice a year to the Workforce Committee and publish the plan on the website.', 'All', ['1', '2', '3', '4', '5', '6', '7', '8', '9'], 'Six-monthly', 'Director of Workforce', 'IP');
  p.line(['', 'C = complete   IP = in progress   NS = not started'], { style: { italic: true, font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating a COMMUNITY TRUST workbook that shows its WRES FIGURES ABOVE THE PLAN: merged title rows, a caption 'Our WRES data', a small table with its own header ' | Indicator | 2015 | 2016 | Comment' (header row 5) and nine indicator rows with 0.0% / 0.00 figures – these name indicators but are NOT actions; then a caption 'Action plan 2016/17' and the plan header 'No. | Action | Indicator(s) | Timescale | Lead | Status (C / IP / NS)' (header row 17). Refs 1–10 are numbers. Indicators are numbers as text ('6 & 8' → ['6','8']; 'All' → all nine). Timescales are text as typed ('End of June 2016', 'Q3', 'Dec 2016', '31/03/2017' typed as text, 'As vacancies arise', 'Six-monthly'). Status is an UNFILLED letter C / IP / NS with the key in the header and repeated as a footnote line directly under the last action; the letters carry no colour, so rag is null throughout. Theme null.", {});
}
