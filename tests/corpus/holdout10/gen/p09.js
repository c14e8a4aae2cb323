// holdout10-wres-2018-19-rushcott: UNUSUAL – the lead is given by a RESPONSIBILITY MATRIX: one column per role under a merged
// 'Responsibility' header, 'R' marks the responsible lead and 'S' the roles that support; no lead text on the row.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout10-wres-2018-19-rushcott', sheet: 'WRES 2018-19', standard: 'WRES', period: '2018-19', trust: 'Rushcott Partnership NHS Foundation Trust', widths: [6, 14, 56, 11, 11, 11, 11, 11, 16, 14] });
  p.line(['Rushcott Partnership NHS Foundation Trust'], { merge: ['A', 'J'], style: { bold: true, font: { size: 14 } } });
  p.line(['Workforce Race Equality Standard Action Plan 2018/19'], { merge: ['A', 'J'], style: { bold: true, font: { size: 12 } } });
  p.blank();
  const roles = ['Director of Workforce', 'Head of OD', 'Head of Recruitment', 'Equality Lead', 'BME Staff Network'];
  const h1 = p.header(['Ref', 'WRES indicator', 'Action', 'Responsibility', '', '', '', '', 'Target date', 'Status'], { style: { fill: C.paleblue } });
  ['A', 'B', 'C', 'I', 'J'].forEach((c) => p.ws.mergeCells(`${c}${h1}:${c}${h1 + 1}`)); p.ws.mergeCells(`D${h1}:H${h1}`);
  const h2 = p.header(['', '', '', ...roles, '', ''], { style: { fill: C.paleblue, font: { size: 9 } }, height: 40 });
  const act = (ref, ind, inds, action, marks, due, st) => {
    const lead = roles[marks.indexOf('R')] ?? '';
    return p.action([ref, ind, action, ...marks, due, st], { ref, indicators: inds, action, lead, due, status: st },
      { styles: [{}, { alignment: { horizontal: 'center' } }, {}, ...marks.map(() => ({ alignment: { horizontal: 'center' }, bold: true }))] });
  };
  act('1', '1', ['1'], 'Produce a breakdown of BME staff by band for each directorate and share it with directorate leadership teams.', ['S', '', '', 'R', ''], 'July 2018', 'Complete');
  act('2', '1', ['1'], 'Agree directorate aspirational targets for BME representation at Band 7 and above.', ['R', 'S', '', 'S', ''], 'October 2018', 'In progress');
  act('3', '2', ['2'], 'Include a trained BME panel member on all interview panels for Band 7 and above.', ['', '', 'R', 'S', 'S'], 'September 2018', 'In progress');
  act('4', '2', ['2'], 'Analyse shortlisting and appointment by ethnicity for every recruitment campaign, not only annually.', ['', '', 'R', 'S', ''], 'Quarterly', 'Complete');
  act('5', '3', ['3'], 'Introduce a senior "sense check" of every proposed disciplinary investigation involving a BME member of staff.', ['R', '', '', '', 'S'], 'June 2018', 'Complete');
  act('6', '4', ['4'], 'Record all non-mandatory training and CPD on the learning system so it can be reported by ethnicity.', ['', 'R', '', 'S', ''], 'March 2019', 'Not started');
  act('7', '5 & 6', ['5', '6'], 'Launch a "Respect" campaign against harassment and abuse, co-designed with the BME Staff Network.', ['', 'S', '', 'S', 'R'], 'November 2018', 'In progress');
  act('8', '7', ['7'], 'Run a positive action leadership programme for BME staff at Bands 5–7.', ['', 'R', '', '', 'S'], 'January 2019', 'In progress');
  act('9', '8', ['8'], 'Train managers in inclusive management and unconscious bias as part of the management essentials course.', ['', 'R', '', 'S', ''], 'March 2019', 'In progress');
  act('10', '9', ['9'], 'Use diverse interview panels and shortlists for all Board appointments.', ['R', '', 'S', '', ''], 'As vacancies arise', 'Complete');
  act('11', 'All', ['1', '2', '3', '4', '5', '6', '7', '8', '9'], 'Report progress on this plan to the Workforce and Equality Committee every quarter.', ['S', '', '', 'R', ''], 'Quarterly', 'In progress');
  p.blank();
  p.line(['R = responsible for delivery (lead); S = supports delivery.'], { merge: ['A', 'J'], style: { italic: true } });
  p.line(['Approved by the Workforce and Equality Committee, 22 May 2018.'], { merge: ['A', 'J'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) whose LEAD is a RESPONSIBILITY MATRIX – a layout no earlier batch had. Two merged title rows, a blank row, then a TWO-ROW HEADER (rows 4–5): 'Ref', 'WRES indicator', 'Action', 'Target date' and 'Status' merged down over both rows; 'Responsibility' merged across D4:H4 over five ROLE columns on row 5: 'Director of Workforce | Head of OD | Head of Recruitment | Equality Lead | BME Staff Network'. Each action row has a bold 'R' under exactly one role (responsible for delivery = the lead) and 'S' under the roles that support; the row itself holds no lead text. Gold lead = the role header above the 'R' (e.g. row 6 → 'Equality Lead'); the 'S' roles are not the lead. The meaning of R/S is given by a line under the table. Indicators are bare numbers as text ('5 & 6' → ['5','6'], 'All' → all nine); theme null. Target date is text ('July 2018', 'Quarterly', 'As vacancies arise'). Status words Complete / In progress / Not started with no fill and no key → rag null. The R/S note and an approval line are non-action rows.", { leadMatrix: { headerRow: 5, from: 4, to: 8, mark: 'R' } });
}
