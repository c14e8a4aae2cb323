// holdout65-wres-2018-19-larkspire: specialist children's hospital; a TWO-ROW HEADER whose top row groups the columns ('The plan' /
// 'Delivery' / 'Monitoring', merged across) over the field names; both a Start and a Complete by date; Verdana 9.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = "Larkspire Children's Hospital NHS Foundation Trust";
  const font = { name: 'Verdana', size: 9 };
  const p = new Plan(book, { name: 'holdout65-wres-2018-19-larkspire', sheet: 'WRES 2018-19', standard: 'WRES', period: '2018-19', trust, widths: [6, 11, 50, 24, 13, 13, 30, 34], font });
  p.line([trust], { merge: ['A', 'H'], style: { bold: true, font: { size: 12 } } });
  p.line(['Workforce Race Equality Standard: action plan for 2018/19'], { merge: ['A', 'H'], style: { bold: true } });
  p.blank();
  p.header(['The plan', '', '', 'Delivery', '', '', 'Monitoring', ''], { style: { fill: C.navy, color: C.white, alignment: { horizontal: 'center' } }, merge: [['A', 'C'], ['D', 'F'], ['G', 'H']] });
  p.header(['No.', 'Indicator', 'Action', 'Responsible lead', 'Start', 'Complete by', 'Evidence of completion', 'Update (March 2019)'], { style: { fill: C.paleblue } });
  const F = 'dd mmm yyyy';
  const rows = [
    ['1', '1', 'Compare the ethnicity of nursing staff at each band with the local working-age population and report the gaps.', 'Head of Workforce Planning', D(2018, 5, 1), D(2018, 7, 31), 'Report to Workforce Committee', 'Reported in July 2018; repeated in the annual workforce report.'],
    ['2', '2', 'Remove names and dates of birth from application forms at the shortlisting stage.', 'Recruitment Manager', D(2018, 6, 1), D(2018, 9, 30), 'TRAC settings changed', 'Done for all posts from 3 September 2018.'],
    ['3', '2', 'Invite BME staff to join interview panels as trained "inclusion panellists".', 'Recruitment Manager', D(2018, 9, 1), D(2019, 3, 31), '20 panellists trained', '12 trained so far; second course booked for April.'],
    ['4', '3', 'Ask an independent HR adviser to check the decision to start each formal disciplinary case against a BME employee.', 'Head of Employee Relations', D(2018, 7, 1), D(2018, 12, 31), 'Audit of cases', 'Check in place; audit of the first six months due in May.'],
    ['5', '4', 'Fund ten places on the "Stepping Up" programme for BME nurses and allied health professionals.', 'Head of Education', D(2018, 9, 1), D(2019, 2, 28), 'Places filled', 'Ten places filled; cohort started in January.'],
    ['6', '5', 'Run a campaign in the wards on zero tolerance of racist abuse from parents and visitors.', 'Deputy Chief Nurse', D(2018, 10, 1), D(2019, 1, 31), 'Campaign launched', 'Launched in November with the security team.'],
    ['7', '6, 8', 'Set up a confidential listening service for BME staff run by trained volunteers from the Freedom to Speak Up team.', 'Freedom to Speak Up Guardian', D(2018, 11, 1), D(2019, 3, 31), 'Service open', 'Volunteers recruited; service opens in April.'],
    ['8', '9', 'Brief the nominations committee on the diversity of the Board before the next governor elections and NED appointments.', 'Company Secretary', D(2019, 1, 1), D(2019, 3, 31), 'Committee minutes', ''],
  ];
  for (const [no, ind, act, lead, st, end, ev, upd] of rows) p.action([no, ind, act, lead, st, end, ev, upd], { ref: no, indicators: ind.split(', '), action: act, lead, due: shown(end, F), outcome: ev, progress: upd }, { styles: [{}, { alignment: { horizontal: 'center' } }, {}, {}, { numFmt: F }, { numFmt: F }] });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional specialist children's hospital). Trust name (row 1), title (row 2), a blank row, then a TWO-ROW HEADER: row 4 groups the columns ('The plan' merged A–C, 'Delivery' merged D–F, 'Monitoring' merged G–H, white on navy) and row 5 names them 'No. | Indicator | Action | Responsible lead | Start | Complete by | Evidence of completion | Update (March 2019)'; eight actions (rows 6–13) with real dates shown 'dd mmm yyyy'. Quirk: the grouped top header row above the field names, and TWO DATES per action (Start and Complete by). Judgement calls: both rows 4 and 5 are header rows; due = Complete by, never Start; outcome = Evidence of completion; progress = the March 2019 update (empty on row 13 → ''); indicators from the Indicator column ('6, 8' → two); ref = No.; no status column (status '', rag null – 'Done …' in an update is progress, not a status).", { cols: { ref: 'A', ind: 'B', action: 'C', lead: 'D', due: 'F', outcome: 'G', progress: 'H', traps: ['E'] } });
}
