// holdout15-wres-2016-17-hawksmead: ORDINARY 2016/17 WRES plan – NHS-blue title bar (white text), merged intro paragraph,
// pale-blue header with LINE BREAKS ('Indicator\nno.', 'Lead\n(Exec / Operational)', 'Target\ndate', 'RAG\nrating');
// one person cell holding 'Exec / Operational' (gold lead = the cell as written); dd-mmm-yy dates + text; R / A / G
// letters filled, keyed by a vertical BLOCK of three filled letters with meanings UNDER the table; a sign-off line.
import { Book, Plan, C, D, shown, ALL_WRES } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout15-wres-2016-17-hawksmead', sheet: 'WRES 2016-17', standard: 'WRES', period: '2016-17', trust: 'Hawksmead Partnership NHS Foundation Trust', widths: [10, 60, 36, 12, 9, 44], font: { name: 'Calibri', size: 11 } });
  p.line(['Hawksmead Partnership NHS Foundation Trust – Workforce Race Equality Standard Action Plan 2016-17'], { merge: ['A', 'F'], style: { bold: true, fill: C.nhs, color: C.white, font: { size: 13 } }, height: 22 });
  p.line(['This plan responds to our July 2016 WRES data. It was developed with the BME Staff Forum and will be monitored quarterly by the Equality and Inclusion Group, with a report to the Board in March 2017.'], { merge: ['A', 'F'], height: 32 });
  p.blank();
  p.header(['Indicator\nno.', 'Action', 'Lead\n(Exec / Operational)', 'Target\ndate', 'RAG\nrating', 'Update – December 2016'], { style: { fill: C.paleblue, alignment: { vertical: 'middle', horizontal: 'center', wrapText: true } }, height: 30 });
  const L = { R: [C.red, 'red'], A: [C.amber, 'amber'], G: [C.green, 'green'] };
  const data = [
    [1, ['1'], 'Refresh the ethnicity profile of every clinical and non-clinical band and share it with each directorate\'s senior team.', 'Director of HR / Workforce Information Manager', D(2016, 9, 30), 'G', 'Profiles shared at September directorate reviews.'],
    [1, ['1'], 'Set a target for BME representation at Band 7 and above for each directorate.', 'Director of HR / Head of OD', D(2017, 3, 31), 'A', 'Targets drafted; two directorates still to agree.'],
    [2, ['2'], 'Train recruiting managers in fair and inclusive recruitment, including unconscious bias.', 'Director of HR / Recruitment Manager', D(2016, 12, 31), 'G', '142 managers trained.'],
    [2, ['2'], 'Monitor shortlisting and appointment rates by ethnicity every quarter and follow up with any service with a large gap.', 'Director of HR / Recruitment Manager', 'Quarterly', 'G', 'Q1 and Q2 reports produced.'],
    [3, ['3'], 'Introduce a "decision-making checklist" for managers before a formal disciplinary investigation is started.', 'Director of HR / Employee Relations Lead', D(2016, 11, 30), 'R', 'Checklist drafted but not yet agreed with Staff Side.'],
    ['3 & 4', ['3', '4'], 'Report disciplinary cases and access to non-mandatory training by ethnicity in the quarterly workforce report.', 'Director of HR / Workforce Information Manager', D(2017, 1, 31), 'A', 'Disciplinary data included; training data incomplete.'],
    ['5, 6, 8', ['5', '6', '8'], 'Hold listening events for BME staff in each locality and publish a "you said, we did" summary.', 'Director of Nursing / Head of Patient and Staff Experience', D(2016, 10, 31), 'G', 'Four events held; summary on the intranet.'],
    [6, ['6'], 'Launch a Dignity at Work advisers network with trained BME advisers.', 'Director of HR / Head of OD', D(2017, 2, 28), 'A', 'Eleven advisers trained; four are BME.'],
    [7, ['7'], 'Run a development programme for aspiring BME team leaders ("Stepping Up" model).', 'Director of Nursing / Head of OD', D(2017, 3, 31), 'G', 'Cohort of 14 started in November.'],
    [9, ['9'], 'Ask the Council of Governors to consider diversity when appointing the two new non-executive directors.', 'Chair / Company Secretary', D(2017, 3, 31), 'A', 'Search agency briefed; shortlist due February.'],
    ['All', ALL_WRES, 'Make the WRES a standing item on the Equality and Inclusion Group agenda and report progress to the Board.', 'Chief Executive / Head of Equality', 'Quarterly', 'G', 'Standing item since July.'],
  ];
  for (const [ind, inds, action, lead, due, rag, upd] of data) {
    const isDate = due instanceof Date;
    p.action([ind, action, lead, due, rag, upd], { indicators: inds, action, lead, due: isDate ? shown(due, 'dd-mmm-yy') : due, status: rag, rag: L[rag][1], progress: upd }, { styles: [{ alignment: { horizontal: 'center', vertical: 'top' } }, {}, {}, isDate ? { numFmt: 'dd-mmm-yy' } : {}, { fill: L[rag][0], bold: true, alignment: { horizontal: 'center', vertical: 'top' } }] });
  }
  p.blank();
  p.line(['RAG key'], { style: { bold: true } });
  for (const [l, m] of [['R', 'Not started or significantly behind'], ['A', 'Started, some delay'], ['G', 'On track or complete']]) p.line([l, m], { border: true, styles: [{ fill: L[l][0], bold: true, alignment: { horizontal: 'center' } }] });
  p.blank();
  p.line(['Signed off by the Director of HR on behalf of the Executive Team – 9 January 2017'], { merge: ['A', 'F'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY 2016/17 WRES plan: a title bar in NHS blue with white text (trust and title in one merged cell), a merged intro paragraph, a blank row, then a pale-blue header with LINE BREAKS inside the cells 'Indicator\\nno. | Action | Lead\\n(Exec / Operational) | Target\\ndate | RAG\\nrating | Update – December 2016' (row 4). Indicators are NUMBERS stored as numbers, or text '3 & 4', '5, 6, 8', 'All' (= all nine). The lead cell names TWO roles 'Executive / Operational' as the header says (e.g. 'Director of HR / Recruitment Manager'); gold lead = the whole cell as written. Target dates real, shown dd-mmm-yy, plus 'Quarterly' as text. RAG letters R / A / G filled red / amber / green. Under the table: a blank row, a bold 'RAG key' label and a vertical KEY BLOCK of three rows (filled letter + meaning, G = on track or complete), then a sign-off line. Judgement calls: lead not split into exec and operational; key block rows are not actions; the intro paragraph is not an action.", { ragCol: 'E', mode: 'fill' });
}
