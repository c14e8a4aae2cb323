// holdout13-wres-2018-19-oxcombe: ORDINARY TRACKER – key as ONE ROW of filled status words above the header, refs
// '18/01', indicator codes 'W1', 'W5/W6', 'W1–W9', owners as ABBREVIATIONS, dd/mm/yyyy dates, an abbreviations TABLE below.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout13-wres-2018-19-oxcombe', sheet: 'WRES 2018-19', standard: 'WRES', period: '2018-19', trust: 'Oxcombe Valley NHS Trust', widths: [8, 12, 58, 12, 13, 16, 46], font: { name: 'Calibri', size: 11 } });
  p.line(['Oxcombe Valley NHS Trust – Workforce Race Equality Standard action plan 2018/19'], { merge: ['A', 'G'], style: { bold: true, font: { size: 14 } } });
  const S = { Complete: [C.blue, 'blue'], 'On track': [C.green, 'green'], 'Behind schedule': [C.amber, 'amber'], 'Not started': [C.red, 'red'] };
  p.line(['', 'Key:', '', 'Complete', 'On track', 'Behind schedule', 'Not started'], { styles: [{}, { bold: true, alignment: { horizontal: 'right' } }, {}, { fill: C.blue, color: C.white }, { fill: C.green }, { fill: C.amber }, { fill: C.red, color: C.white }] });
  p.blank();
  p.header(['Ref', 'WRES indicator', 'Action', 'Owner', 'Due date', 'Status', 'Update (February 2019)'], { style: { fill: 'FFD9E1F2' } });
  const act = (ref, ind, inds, action, lead, due, s, upd = '') => p.action([ref, ind, action, lead, due, s, upd], { ref, indicators: inds, action, lead, due: due instanceof Date ? shown(due, 'dd/mm/yyyy') : due, status: s, rag: S[s][1], progress: upd },
    { styles: [{}, {}, {}, {}, due instanceof Date ? { numFmt: 'dd/mm/yyyy', alignment: { horizontal: 'left' } } : {}, { fill: S[s][0], ...(s === 'Complete' || s === 'Not started' ? { color: C.white } : {}) }] });
  act('18/01', 'W1', ['1'], 'Set a trust-wide aim for BME representation at Band 7 and above in line with the local working-age population and report it quarterly.', 'DoW', D(2018, 9, 30), 'Complete', 'Aim of 14% by 2021 agreed by the Board in September.');
  act('18/02', 'W1', ['1'], 'Make sure every BME member of staff at Band 5–7 who wants one has a career conversation at appraisal.', 'HoOD', D(2019, 3, 31), 'On track', '212 conversations recorded.');
  act('18/03', 'W2', ['2'], 'Introduce diverse interview panels for all posts at Band 8a and above.', 'HoR', D(2018, 12, 31), 'Behind schedule', 'Not enough trained panel members in estates and finance.');
  act('18/04', 'W2', ['2'], 'Anonymise application forms on NHS Jobs at shortlisting for a six-month trial.', 'HoR', D(2019, 3, 31), 'Not started');
  act('18/05', 'W3', ['3'], 'Use a decision-making checklist before any formal disciplinary investigation is started and report outcomes by ethnicity.', 'HoER', D(2018, 11, 30), 'Complete', 'Checklist in use since November.');
  act('18/06', 'W4', ['4'], 'Record ethnicity in the study leave system and report access to CPD funding by ethnicity.', 'HoE', D(2019, 1, 31), 'On track');
  act('18/07', 'W5/W6', ['5', '6'], 'Run a zero-tolerance campaign on abuse of staff and explain how to report racist incidents on Datix.', 'HoC', D(2019, 2, 28), 'Complete', 'Launched in January with posters in all clinical areas.');
  act('18/08', 'W5/W6', ['5', '6'], 'Train Freedom to Speak Up champions from the BME Staff Network.', 'FTSUG', D(2019, 3, 31), 'On track', 'Six champions trained.');
  act('18/09', 'W7', ['7'], 'Start a reverse mentoring programme between executive directors and BME staff.', 'HoOD', D(2019, 3, 31), 'Behind schedule', 'Matching delayed; first meetings in April.');
  act('18/10', 'W8', ['8'], 'Hold listening events with the BME Staff Network in each clinical division and feed themes back to divisional boards.', 'EDI Lead', D(2018, 10, 31), 'Complete');
  act('18/11', 'W9', ['9'], 'Use a search agency with a record of diverse shortlists for the next two non-executive director appointments.', 'Chair', 'When posts become vacant', 'Not started');
  act('18/12', 'W1–W9', ['1', '2', '3', '4', '5', '6', '7', '8', '9'], 'Report progress on this plan to the Workforce Committee every quarter.', 'DoW', 'Quarterly', 'On track', 'Reported in July, October and January.');
  p.blank();
  p.line(['', 'Abbreviations'], { style: { bold: true } });
  p.header(['', 'Abbreviation', 'Meaning'], { style: { fill: 'FFD9E1F2' } });
  for (const [a, m] of [['DoW', 'Director of Workforce'], ['HoOD', 'Head of Organisational Development'], ['HoR', 'Head of Recruitment'], ['HoER', 'Head of Employee Relations'], ['HoE', 'Head of Education'], ['HoC', 'Head of Communications'], ['FTSUG', 'Freedom to Speak Up Guardian']]) p.line(['', a, m], { border: true });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY TRACKER: one merged title line naming the trust, a KEY ROW of filled status words ('Key:' then Complete blue, On track green, Behind schedule amber, Not started red) in the plan's own columns, a blank row, then the header 'Ref | WRES indicator | Action | Owner | Due date | Status | Update (February 2019)' (row 4). Refs '18/01' … '18/12'. Indicator codes 'W1' … 'W9', 'W5/W6' → ['5','6'], 'W1–W9' → all nine. Owners are ABBREVIATIONS ('DoW', 'HoOD', 'FTSUG'); gold lead is the abbreviation as written (the meaning is in the table below). Due dates are real dates shown dd/mm/yyyy, plus text 'When posts become vacant' and 'Quarterly'. Status words filled as in the key: Complete → blue, On track → green, Behind schedule → amber, Not started → red. Progress = the February 2019 update. BELOW the plan: a caption 'Abbreviations' and a small TABLE with its own header ' | Abbreviation | Meaning' (a header row) and seven rows – all non-action rows. Theme null.", { ragCol: 'F', mode: 'fill' });
}
