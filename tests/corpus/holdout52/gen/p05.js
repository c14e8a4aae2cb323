// holdout52-wres-2023-24-ivelbury: an ICB's first WRES plan for its own staff, by a new EDI officer. Table from column B under a
// two-row header (group captions over field names); the indicator's full technical-guidance wording, WITHOUT its number, is pasted
// on every row; two dated update columns (Dec 23, Mar 24) filled unevenly; a sign-off line and a note under the table.
import { Book, Plan, D, shown } from './lib.js';
const IND = {
  1: 'Percentage of staff in each of the AfC Bands 1-9 or Medical and Dental subgroups and VSM (including executive Board members) compared with the percentage of staff in the overall workforce',
  2: 'Relative likelihood of White applicants being appointed from shortlisting compared to BME applicants',
  4: 'Relative likelihood of White staff accessing non-mandatory training and CPD compared to BME staff',
  6: 'Percentage of staff experiencing harassment, bullying or abuse from staff in the last 12 months',
  7: 'Percentage of staff believing that the organisation provides equal opportunities for career progression or promotion',
  8: 'Percentage of staff who have personally experienced discrimination at work from a manager, team leader or other colleagues in the last 12 months',
  9: 'Percentage difference between the organisation\'s Board voting membership and its overall workforce',
};
export async function build() {
  const book = new Book();
  const trust = 'NHS Ivelbury Integrated Care Board';
  const p = new Plan(book, { name: 'holdout52-wres-2023-24-ivelbury', sheet: 'WRES Action Plan', standard: 'WRES', period: '2023-24', trust, widths: [2, 6, 46, 48, 20, 13, 26, 26], startCol: 2, font: { name: 'Arial', size: 10 } });
  p.line([trust], { style: { bold: true, font: { size: 13 } } });
  p.line(['WRES Action Plan 2023/24 (ICB staff)'], { style: { bold: true, font: { size: 11 } } });
  p.blank();
  p.header(['THE INDICATOR', '', 'OUR ACTIONS', '', '', 'PROGRESS', ''], { merge: [['B', 'C'], ['D', 'F'], ['G', 'H']], style: { fill: 'FF7030A0', color: 'FFFFFFFF', alignment: { horizontal: 'center' } } });
  p.header(['No.', 'Indicator (wording from the WRES technical guidance)', 'Action', 'Responsible', 'Deadline', 'Update Dec 23', 'Update Mar 24'], { style: { fill: 'FFE4DFEC' } });
  const A = [
    [1, 'Set a target for BME representation at Band 8c and above as part of the ICB\'s EDI objectives', 'Chief People Officer', { d: D(2024, 3, 1), f: 'mmm-yy' }, 'Draft target of 15% agreed by Exec team', 'Target signed off at Board 14/03/24'],
    [1, 'Develop a shadowing scheme for Band 6-8a BME staff with senior leaders', 'OD Lead', 'Q4', 'Scoping', ''],
    [2, 'Introduce diverse interview panels for all Band 8a+ roles', '', { d: D(2024, 1, 31), f: 'dd/mm/yyyy' }, '', 'In place from Feb'],
    [2, "Add a 'hiring manager check' to the recruitment process to review shortlisting decisions by ethnicity", 'Head of Resourcing', 'end Q3', 'Pilot running in two directorates', 'Paused - system issue with TRAC reports'],
    [4, 'Publish all development opportunities on the intranet and track who applies', 'OD Lead', 'ongoing', '', ''],
    [6, "Introduce a 'no place for racism' pledge for all ICB teams", '', 'Nov 2023', 'Launched at all-staff briefing 9/11', ''],
    [7, 'Offer career conversations with a trained coach to BME staff', 'EDI Officer', '30.04.24', '', '12 booked, 5 held'],
    [8, "Report racist incidents logged on the ICB's incident system to the People Committee every quarter", 'Head of Governance', 'quarterly', 'First report due Jan', 'Done Jan & Mar'],
    [9, 'Send the recruitment pack for the new NED role to BME networks and community groups', '', { d: D(2024, 2, 1), f: 'mmm-yy' }, '', ''],
  ];
  A.forEach(([ind, act, lead, due, dec, mar], i) => {
    const isD = typeof due === 'object';
    const styles = [{ alignment: { horizontal: 'center' } }, { color: 'FF595959', font: { size: 9 } }, {}, {}, isD ? { numFmt: due.f, alignment: { horizontal: 'left' } } : {}, {}, {}];
    p.action([i + 1, IND[ind], act, lead, isD ? due.d : due, dec, mar], { ref: String(i + 1), indicators: [String(ind)], action: act, lead, due: isD ? shown(due.d, due.f) : due, progress: mar || dec }, { styles, height: 52 });
  });
  p.blank();
  p.line(['Signed off by: ......................................   Date: ....................'], { at: 2 });
  p.line(['Note: indicator 3 (disciplinary) and indicator 5 (patients / public) - no actions this year, numbers too small for the ICB to report.'], { at: 2, merge: ['B', 'H'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional integrated care board, its own staff): a first WRES plan by a new EDI officer on sheet 'WRES Action Plan', the table starting in COLUMN B (A is a narrow empty margin) – the ICB's name, the title, a blank row, then a TWO-ROW HEADER: purple group captions merged over the fields ('THE INDICATOR' over B:C, 'OUR ACTIONS' over D:F, 'PROGRESS' over G:H) above 'No. | Indicator (wording from the WRES technical guidance) | Action | Responsible | Deadline | Update Dec 23 | Update Mar 24'. Column C holds the indicator's FULL technical-guidance WORDING WITHOUT ITS NUMBER, pasted again on every row (in small grey text). Four actions have no 'Responsible'; dates mixed ('Mar-24', '31/01/2024', 'Feb-24' as dates; 'Q4', 'end Q3', 'ongoing', 'Nov 2023', '30.04.24', 'quarterly' as text); the two update columns are filled unevenly (both, one, or neither). Under the table a blank sign-off line ('Signed off by: ……  Date: ……') and a note that indicators 3 and 5 have no actions. Judgement calls: indicators from the pasted wording (each wording is one national indicator: the AfC-bands wording = 1, shortlisting = 2, non-mandatory training = 4, harassment from staff = 6, equal opportunities = 7, discrimination from a manager = 8, Board voting membership = 9); ref = No.; progress = the LATEST filled update (Mar 24, else Dec 23), '' when neither is filled; lead '' where Responsible is blank; due as shown or typed; theme null; the two header rows, the sign-off line and the note are not actions; no status or RAG (status '', rag null).", { progressFrom: ['H', 'G'] });
}
