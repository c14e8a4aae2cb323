// holdout21-wres-2016-17-ashendon: ORDINARY WRES plan of a TERTIARY CANCER CENTRE – teal title bar, 'updated' line and intro;
// teal header 'Action No. | Action | WRES Indicator | Lead Officer | Completion Date | RAG | Comments' (indicator AFTER the
// action); refs '1.1', '2.1'…; 'WRES N'; real dates dd/mm/yy; RAG a FILL-ONLY cell (no text), one not assessed; a key BLOCK of
// swatches under the table.
import { Book, Plan, C, D, shown, ALL_WRES } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout21-wres-2016-17-ashendon', sheet: 'WRES 2016-17', standard: 'WRES', period: '2016-17', trust: 'Ashendon Cancer Centre NHS Foundation Trust', widths: [10, 60, 14, 32, 15, 8, 44] });
  p.line(['Ashendon Cancer Centre NHS Foundation Trust'], { merge: ['A', 'G'], style: { bold: true, fill: 'FF00827F', color: C.white, font: { size: 14 } } });
  p.line(['Workforce Race Equality Standard action plan 2016-17 (updated March 2017)'], { merge: ['A', 'G'], style: { bold: true } });
  p.line(['Our July 2016 WRES return showed progress on indicators 1 and 4 but a widening gap on indicators 2 and 7. This plan was developed with the BME Staff Network and agreed by the Equality and Diversity Steering Group.'], { merge: ['A', 'G'], height: 30 });
  p.blank();
  p.header(['Action No.', 'Action', 'WRES Indicator', 'Lead Officer', 'Completion Date', 'RAG', 'Comments'], { style: { fill: 'FF00827F', color: C.white } });
  const F = 'dd/mm/yy';
  const R = { blue: C.blue, green: C.green, amber: C.amber, red: C.red };
  const data = [
    ['1.1', 'WRES 1', ['1'], 'Publish the ethnicity profile of the clinical research, radiotherapy and medical physics workforce by band.', 'Head of Workforce Information', D(2016, 9, 30), 'blue', 'Published in the annual workforce report.'],
    ['1.2', 'WRES 1', ['1'], 'Reduce the number of staff with ethnicity "not stated" on ESR to below 5%.', 'Head of Workforce Information', D(2017, 3, 31), 'green', 'Now 6.3%, down from 11%.'],
    ['2.1', 'WRES 2', ['2'], 'Remove names and personal details from application forms at shortlisting for all posts at Band 7 and above.', 'Head of Recruitment', D(2016, 12, 31), 'amber', 'NHS Jobs change requested; pilot in radiotherapy only.'],
    ['2.2', 'WRES 2', ['2'], 'Include a BME member of staff on interview panels for senior clinical scientist and consultant posts.', 'Medical Director', D(2017, 3, 31), 'red', 'Not yet agreed with the medical staffing committee.'],
    ['3.1', 'WRES 3', ['3'], 'Audit the last two years of disciplinary cases by ethnicity and act on the findings.', 'Head of Employee Relations', D(2016, 11, 30), 'blue', 'Audit reported to the Steering Group in December.'],
    ['4.1', 'WRES 4', ['4'], 'Publish the criteria for funding places on external oncology courses and conferences.', 'Head of Education and Training', D(2017, 1, 31), 'green', 'Criteria drafted.'],
    ['5.1', 'WRES 5', ['5'], 'Support ward and clinic staff to challenge racist remarks from patients and relatives, with a clear escalation route.', 'Director of Nursing', D(2017, 2, 28), 'amber', 'Guidance agreed; training to follow.'],
    ['6.1', 'WRES 6', ['6'], 'Train Dignity at Work advisers from a range of backgrounds, including two BME advisers.', 'Head of Employee Relations', D(2017, 3, 31), null, 'Not yet assessed.'],
    ['7.1', 'WRES 7', ['7'], 'Launch a reciprocal mentoring scheme pairing BME staff with members of the executive team.', 'Director of Workforce and OD', D(2017, 3, 31), 'green', 'Six pairs matched.'],
    ['8.1', 'WRES 8', ['8'], 'Hold listening events with BME staff in the research institute and report themes to the Board.', 'Director of Workforce and OD', D(2016, 10, 31), 'blue', 'Two events held; themes reported in November.'],
    ['9.1', 'WRES 9', ['9'], 'Use a diverse recruitment agency for the next two non-executive director vacancies.', 'Company Secretary', D(2017, 6, 30), 'red', 'Vacancies now expected in 2017/18.'],
    ['10.1', 'All', ALL_WRES, 'Report progress on this plan to the Board twice a year.', 'Director of Workforce and OD', D(2017, 3, 31), 'green', 'First report September 2016.'],
  ];
  for (const [ref, ind, inds, action, lead, due, rag, com] of data)
    p.action([ref, action, ind, lead, due, '', com], { ref, indicators: inds, action, lead, due: shown(due, F), status: '', rag, progress: com }, { styles: [{}, {}, { alignment: { horizontal: 'center', vertical: 'top' } }, {}, { numFmt: F }, rag ? { fill: R[rag] } : {}] });
  p.blank();
  p.line([null, 'RAG key'], { style: { bold: true } });
  for (const [col, txt] of [[C.blue, 'Action complete'], [C.green, 'On track to complete by the date shown'], [C.amber, 'Some slippage – recovery plan in place'], [C.red, 'Not started or significant slippage']])
    p.line(['', txt], { styles: [{ fill: col }] });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY WRES plan of a TERTIARY CANCER CENTRE: a merged TEAL title bar (trust), a merged bold 'Workforce Race Equality Standard action plan 2016-17 (updated March 2017)' line, a merged intro paragraph, a blank row, then a teal header 'Action No. | Action | WRES Indicator | Lead Officer | Completion Date | RAG | Comments' (row 5) – the indicator column comes AFTER the action. Refs '1.1' … '10.1' (numbered by indicator; '10.1' is the all-indicator action, not indicator 10); indicators 'WRES N' and 'All' (= all nine). Leads are job titles. Completion Date holds real dates shown dd/mm/yy. The RAG cell is FILL ONLY – no text – blue / green / amber / red; action 6.1 (row 13) has no fill ('Not yet assessed' in Comments). Under the table, after a blank row, a RAG KEY BLOCK: a 'RAG key' label and four rows, each a swatch cell in column A (no text) beside its meaning in column B. Judgement calls: the status is '' (the cell has no word) and the rag is the fill; the unfilled RAG cell gives rag null; Comments = progress; the key block rows are not actions (their swatches sit in the Action No. column and their meanings in the Action column, but they have no lead, date or indicator); '10.1' is a ref, not an indicator.", { ragCol: 'F', mode: 'fill' });
}
