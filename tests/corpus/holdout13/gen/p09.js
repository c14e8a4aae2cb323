// holdout13-wres-2024-25-ulverdale: ORDINARY 2024 PLAN – label box (owner/version/approved) above, a filled KEY ROW,
// 'Action ID' U24-01…, HIA column, BLANK SPACER ROWS between HIA groups, 'dd mmmm yyyy' dates, contact line below.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout13-wres-2024-25-ulverdale', sheet: 'WRES Action Plan', standard: 'WRES', period: '2024-25', trust: 'Ulverdale Teaching Hospitals NHS Foundation Trust', widths: [10, 58, 13, 8, 28, 18, 14, 44], font: { name: 'Arial', size: 10 } });
  p.line(['Ulverdale Teaching Hospitals NHS Foundation Trust'], { merge: ['A', 'H'], style: { bold: true, font: { size: 14 } } });
  p.line(['Workforce Race Equality Standard Action Plan 2024/25'], { merge: ['A', 'H'], style: { bold: true, font: { size: 12 } } });
  p.line(['Document owner:', 'Head of Equality, Diversity and Inclusion'], { styles: [{ bold: true }] });
  p.line(['Version:', '1.2 (Q3 update)'], { styles: [{ bold: true }] });
  p.line(['Approved:', 'People Committee, 24 October 2024'], { styles: [{ bold: true }] });
  p.blank();
  const S = { Achieved: [C.blue, 'blue'], 'On track': [C.green, 'green'], 'Off track': [C.amber, 'amber'], 'At risk': [C.red, 'red'] };
  p.line(['Key', 'Achieved = action complete | On track = will be delivered by the target date | Off track = delayed, recovery agreed | At risk = will not be delivered without support', '', '', 'Achieved', 'On track', 'Off track', 'At risk'], { styles: [{ bold: true }, { font: { size: 8 } }, {}, {}, { fill: C.blue, color: C.white }, { fill: C.green }, { fill: C.amber }, { fill: C.red, color: C.white }], merge: ['B', 'D'] });
  p.header(['Action ID', 'Action', 'WRES indicator', 'HIA', 'Lead', 'Target date', 'Progress RAG', 'Update (Q3)'], { style: { fill: C.darkblue, color: C.white } });
  const act = (id, action, ind, inds, hia, lead, due, s, upd = '') => p.action([id, action, ind, hia, lead, due, s, upd], { ref: id, indicators: inds, action, lead, due: due instanceof Date ? shown(due, 'dd mmmm yyyy') : due, status: s, rag: S[s][1], progress: upd },
    { styles: [{}, {}, {}, { alignment: { horizontal: 'center' } }, {}, due instanceof Date ? { numFmt: 'dd mmmm yyyy' } : {}, { fill: S[s][0], ...(s === 'Achieved' || s === 'At risk' ? { color: C.white } : {}) }] });
  act('U24-01', 'Set measurable race equality objectives for every executive and non-executive director and review them at appraisal.', '9', ['9'], '1', 'Trust Chair', D(2024, 9, 30), 'Achieved', 'Objectives in place for all 14 Board members.');
  act('U24-02', 'Report WRES progress to the Board twice a year with a patient and staff story.', '1-9', ['1', '2', '3', '4', '5', '6', '7', '8', '9'], '1', 'Chief People Officer', 'Six-monthly', 'On track', 'First report 26 September.');
  p.blank();
  act('U24-03', 'Move to structured, values-based interviews with diverse panels for all roles at Band 8a and above.', '2', ['2'], '2', 'Head of Resourcing', D(2024, 12, 31), 'Off track', 'Panel pool not yet large enough in surgery.');
  act('U24-04', 'Set representation goals for each care group in line with the Model Employer ambition.', '1', ['1'], '2', 'Deputy Chief People Officer', D(2025, 3, 31), 'On track');
  act('U24-05', 'Run the "Leading with Inclusion" programme for 40 BME staff at Bands 6 and 7.', '7', ['7'], '2', 'Head of Leadership Development', D(2025, 3, 31), 'On track', 'Cohort 1 started in October (22 places).');
  p.blank();
  act('U24-06', 'Publish the ethnicity pay gap with the gender pay gap and agree an action plan for bands with the widest gap.', '1', ['1'], '3', 'Head of Reward', D(2025, 3, 31), 'At risk', 'ESR data quality issues; ethnicity unknown for 6% of staff.');
  p.blank();
  act('U24-07', 'Give every internationally recruited nurse a named pastoral lead and a cultural induction in their first 12 weeks.', '5, 6, 8', ['5', '6', '8'], '5', 'Deputy Chief Nurse', D(2024, 11, 30), 'Achieved', 'In place for all cohorts since August.');
  act('U24-08', 'Check that overseas-recruited staff have fair access to funded training after their OSCE.', '4', ['4'], '5', 'Head of Education', D(2025, 1, 31), 'Off track');
  p.blank();
  act('U24-09', 'Review every disciplinary case involving a BME colleague with a trained "cultural ambassador" before a hearing.', '3', ['3'], '6', 'Head of Employee Relations', D(2024, 10, 31), 'Achieved', 'Ambassador review in 100% of cases since July.');
  act('U24-10', 'Apply the zero-tolerance policy on racist abuse from patients, with warning letters signed by the Chief Executive.', '5', ['5'], '6', 'Director of Nursing', D(2024, 12, 31), 'On track');
  act('U24-11', 'Train all ward and department managers in responding to racism between colleagues.', '6, 8', ['6', '8'], '6', 'Head of Organisational Development', D(2025, 3, 31), 'At risk', 'Funding for external facilitators not yet agreed.');
  act('U24-12', 'Hold quarterly "Let\'s talk about race" listening sessions with the Race Equality Network and the executive team.', '8', ['8'], '6', 'Chief Executive', 'Quarterly', 'On track');
  p.blank();
  p.line(['Queries about this plan: Equality, Diversity and Inclusion Team, edi.team@ulverdale.nhs.uk'], { merge: ['A', 'H'], style: { italic: true, font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY 2024 plan: merged trust and title rows, a LABEL BOX of three rows ('Document owner:' / 'Version:' / 'Approved:' with the value in B), blank, a KEY ROW ('Key', the meanings merged B:D, then four filled words in E:H – Achieved blue, On track green, Off track amber, At risk red), then a dark-blue header 'Action ID | Action | WRES indicator | HIA | Lead | Target date | Progress RAG | Update (Q3)' (row 8) directly under the key. Action IDs 'U24-01' … 'U24-12' are refs. Indicators are bare numbers ('5, 6, 8', '1-9' → all nine). The HIA column holds bare numbers 1–6 – a column, not a theme (theme null) and not an indicator. BLANK SPACER ROWS (empty) separate the HIA groups. Target dates are real dates shown 'dd mmmm yyyy' ('30 September 2024') plus 'Six-monthly' and 'Quarterly'. RAG words filled as in the key: Achieved → blue, On track → green, Off track → amber, At risk → red. Progress = Update (Q3). A contact line is under the table.", { ragCol: 'G', mode: 'fill' });
}
