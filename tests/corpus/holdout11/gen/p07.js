// holdout11-wres-2018-19-stourleigh: ordinary; NO INDICATOR COLUMN – the indicator is written INSIDE the action text ('WRES 2 –'
// prefix or '(indicators 5 & 6)' at the end); status as UNFILLED abbreviations C / IP / NS / D keyed by a line; quarters.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout11-wres-2018-19-stourleigh', sheet: 'Sheet1', standard: 'WRES', period: '2018-19', trust: 'Stourleigh Healthcare NHS Trust', widths: [6, 62, 30, 16, 9, 46] });
  p.line(['Stourleigh Healthcare NHS Trust'], { style: { bold: true, font: { size: 12 } }, border: false });
  p.line(['WRES Action Plan 2018/19'], { style: { bold: true, font: { size: 12 } } });
  p.line(['Version 3 – updated 14/01/2019'], { style: { italic: true } });
  p.line(['Status: C = complete (green)   IP = in progress (amber)   NS = not started (red)   D = deferred to 2019/20'], { style: { font: { size: 9 } } });
  p.blank();
  p.header(['Ref', 'Action', 'Lead', 'Timescale', 'Status', 'Comments'], { style: { fill: C.lightblue } });
  const act = (ref, action, inds, lead, due, st, com) => p.action([ref, action, lead, due, st, com], { ref, indicators: inds, action, lead, due, status: st, rag: { C: 'green', IP: 'amber', NS: 'red' }[st] ?? null, progress: com },
    { styles: [{}, {}, {}, {}, { alignment: { horizontal: 'center' } }] });
  act('1', 'WRES 1 – Break down the workforce profile by band and staff group for each care group and share it with the care group boards.', ['1'], 'Workforce Information Manager', 'Q1', 'C', 'Shared in June; repeated every six months.');
  act('2', 'WRES 1 – Agree an aspirational goal for BME representation at Band 8a and above by 2021, in line with the national Model Employer work.', ['1'], 'Director of HR & OD', 'Q3', 'IP', 'Draft goal to Board in February.');
  act('3', 'WRES 2 – Put a BME panel member on every interview panel for Band 8a and above, using trained volunteers from the BME Network.', ['2'], 'Head of Recruitment', 'Q2–Q3', 'IP', '15 volunteers trained; rota starts February.');
  act('4', 'WRES 2 – Check shortlisting outcomes by ethnicity every quarter and challenge managers where BME applicants are shortlisted less often.', ['2'], 'Head of Recruitment', 'Quarterly', 'C', 'Quarterly report in place.');
  act('5', 'Introduce a "decision-making checklist" before formal disciplinary action (WRES 3).', ['3'], 'Head of Employee Relations', 'Q2', 'C', 'Checklist in use since September.');
  act('6', 'WRES 4 – Record all non-mandatory training on the learning management system so it can be reported by ethnicity.', ['4'], 'Head of Learning and Development', 'By March 2019', 'NS', 'Depends on the new learning system (live April 2019).');
  act('7', 'Launch a zero-tolerance campaign on racist abuse of staff by patients and visitors, with a clear route for reporting (indicators 5 & 6).', ['5', '6'], 'Director of Nursing / Head of Security', 'Q3', 'IP', 'Campaign designed; launch in Black History Month moved to January.');
  act('8', 'Train Freedom to Speak Up champions from BME staff groups (indicators 6 & 8).', ['6', '8'], 'Freedom to Speak Up Guardian', 'Q4 2018/19', 'IP', 'Six champions recruited.');
  act('9', 'WRES 7 – Run a development programme for BME staff at Bands 5 to 7 with a senior sponsor for each participant.', ['7'], 'Head of OD', 'Q4 2018/19', 'D', 'Funding not confirmed; moved to 2019/20 plan.');
  act('10', 'WRES 9 – Advertise non-executive director vacancies through BME community networks.', ['9'], 'Trust Secretary', 'As vacancies arise', 'C', 'Used for the NED vacancy in October.');
  act('11', 'Report progress against this plan to the Equality and Inclusion Steering Group each quarter (all indicators).', ['1', '2', '3', '4', '5', '6', '7', '8', '9'], 'Equality and Diversity Lead', 'Quarterly', 'IP', 'Reported in July, October and January.');
  p.blank();
  p.line(['Signed off: Equality and Inclusion Steering Group, 3 May 2018'], { style: { italic: true } });
  p.line(['Contact: Equality and Diversity Lead, extension 4412'], { style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) on 'Sheet1', nothing merged: trust, title, version and key lines in column A (rows 1–4), a blank row, then one header on row 6: 'Ref | Action | Lead | Timescale | Status | Comments'. There is NO INDICATOR COLUMN: the indicator is written INSIDE THE ACTION TEXT, either as a prefix ('WRES 1 – …', 'WRES 2 – …') or at the end in brackets ('(WRES 3)', '(indicators 5 & 6)', '(indicators 6 & 8)', '(all indicators)' → all nine); gold action = the whole cell including the indicator words; theme null. Timescales are quarters and text ('Q1', 'Q2–Q3', 'Quarterly', 'Q4 2018/19', 'By March 2019', 'As vacancies arise'). Status is an UNFILLED ABBREVIATION keyed by the line on row 4: C = complete (green), IP = in progress (amber), NS = not started (red); D = deferred has no colour → rag null (row 15). Comments are gold progress. The sign-off and contact lines under the table are non-action rows.", { ragCol: 'E', mode: 'word', words: { C: 'green', IP: 'amber', NS: 'red' } });
}
