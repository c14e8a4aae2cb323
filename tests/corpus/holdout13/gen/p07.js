// holdout13-wres-2022-23-castleby: ORDINARY PLAN WITH BASELINE AND TARGET – indicator, baseline and target cells MERGED
// DOWN over each block, colour words in the RAG column filled, key BLOCK below the table, mmm yyyy dates.
import { Book, Plan, C, D, shown, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout13-wres-2022-23-castleby', sheet: 'WRES action plan', standard: 'WRES', period: '2022-23', trust: 'Castleby and Wrenmoor NHS Foundation Trust', widths: [30, 12, 12, 54, 26, 13, 9, 40], font: { name: 'Calibri', size: 10 } });
  p.line(['Castleby and Wrenmoor NHS Foundation Trust'], { merge: ['A', 'H'], style: { bold: true, font: { size: 14 }, color: C.nhs } });
  p.line(['Workforce Race Equality Standard: action plan 2022-23 (WRES data as at 31 March 2022)'], { merge: ['A', 'H'], style: { bold: true } });
  p.blank();
  p.header(['Indicator', 'Baseline (March 2022)', 'Target (March 2023)', 'Action', 'Lead', 'Completion date', 'RAG', 'Comments'], { style: { fill: 'FFBDD7EE' } });
  const R = { Green: [C.green, 'green'], Amber: [C.amber, 'amber'], Red: [C.red, 'red'], Blue: [C.lightblue, 'blue'] };
  const block = (label, inds, base, target, fmt, rows) => {
    const first = p.r + 1;
    rows.forEach(([action, lead, due, rag, comment = ''], i) => p.action([i ? undefined : label, i ? undefined : base, i ? undefined : target, action, lead, due, rag, comment],
      { indicators: inds, action, lead, due: due instanceof Date ? shown(due, 'mmm yyyy') : due, status: rag, rag: R[rag][1], progress: comment },
      { styles: [{}, { numFmt: fmt }, { numFmt: fmt }, {}, {}, due instanceof Date ? { numFmt: 'mmm yyyy' } : {}, { fill: R[rag][0] }] }));
    for (const col of ['A', 'B', 'C']) mergeDown(p.ws, col, first, p.r);
  };
  block('1. Representation – BME staff at Band 8a and above', ['1'], 0.083, 0.1, '0.0%', [
    ['Set divisional representation goals for Band 8a+ and include them in divisional performance reviews.', 'Deputy Director of People', D(2022, 12, 1), 'Green', 'Goals agreed for all five divisions.'],
    ['Run the "Ready Now" talent programme for BME staff at Bands 6 and 7.', 'Head of Talent and Leadership', D(2023, 3, 1), 'Amber', 'Cohort smaller than planned (14 of 20 places).'],
  ]);
  block('2. Relative likelihood of White applicants being appointed from shortlisting', ['2'], 1.62, 1.25, '0.00', [
    ['Put a trained inclusion ambassador on every Band 7+ interview panel.', 'Head of Recruitment', D(2022, 10, 1), 'Blue', 'In place since October.'],
    ['Review the values-based interview questions with the BME Staff Network.', 'Head of Recruitment', D(2023, 1, 1), 'Green'],
  ]);
  block('3. Relative likelihood of BME staff entering the formal disciplinary process', ['3'], 1.48, 1.2, '0.00', [
    ['Use the just and learning culture checklist before any formal investigation starts.', 'Head of Employee Relations', D(2022, 9, 1), 'Blue', 'Checklist live; quarterly audit in place.'],
  ]);
  block('5 & 6. Harassment, bullying or abuse (patients and staff)', ['5', '6'], 0.294, 0.25, '0.0%', [
    ['Sign the NHS anti-racism charter and publish how the trust will respond to racist abuse from patients.', 'Chief Nurse', D(2022, 11, 1), 'Green'],
    ['Train line managers in the Civility Saves Lives approach, starting with emergency department and theatres.', 'Head of OD', D(2023, 3, 1), 'Red', 'Trainer vacancy – restart planned for April 2023.'],
  ]);
  block('7. Belief in equal opportunities for career progression (BME staff)', ['7'], 0.451, 0.5, '0.0%', [
    ['Offer a career coaching conversation to every BME member of staff who is unsuccessful at interview.', 'Head of Talent and Leadership', D(2023, 2, 1), 'Amber', 'Offer made; take-up low (9 of 41).'],
  ]);
  block('8. Discrimination from a manager or colleague (BME staff)', ['8'], 0.172, 0.14, '0.0%', [
    ['Launch a reciprocal mentoring programme for the executive team with BME staff.', 'Chief People Officer', D(2022, 12, 1), 'Green', 'Eight pairs matched.'],
  ]);
  block('9. BME Board membership', ['9'], 0.083, 0.154, '0.0%', [
    ['Use diverse shortlists and a BME Network member on the panel for the next NED appointments.', 'Trust Chair', 'As vacancies arise', 'Green'],
    ['Nominate a Board-level sponsor for race equality and include EDI objectives in Board appraisals.', 'Trust Chair', D(2023, 3, 1), 'Amber'],
  ]);
  p.blank();
  p.line(['RAG key'], { style: { bold: true } });
  p.line(['Blue', 'Complete'], { styles: [{ fill: C.lightblue }] });
  p.line(['Green', 'On track'], { styles: [{ fill: C.green }] });
  p.line(['Amber', 'Some delay'], { styles: [{ fill: C.amber }] });
  p.line(['Red', 'Significant delay / not started'], { styles: [{ fill: C.red }] });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY plan that carries its BASELINE AND TARGET beside each indicator: trust name (NHS blue font), title, blank, then a header 'Indicator | Baseline (March 2022) | Target (March 2023) | Action | Lead | Completion date | RAG | Comments' (row 4). The Indicator ('N. short wording', '5 & 6. Harassment …' → ['5','6']), Baseline and Target cells are MERGED DOWN over each block (figures as 0.0% or 0.00 ratios); gold indicators repeat on each action in the block. Indicator 4 has no actions. Completion dates are real dates shown mmm yyyy ('Dec 2022') plus 'As vacancies arise'. RAG is a colour WORD filled in its colour (Blue light blue = complete → blue, Green, Amber, Red), keyed by a 'RAG key' BLOCK below the table (label row + four rows of word + meaning). Progress = Comments where written. Theme null; no refs.", { ragCol: 'G', mode: 'fill' });
}
