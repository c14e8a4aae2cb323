// holdout14-wdes-2020-21-stanbridge: ORDINARY COVID-YEAR WDES PLAN – title, 'Purpose / Scope / Monitoring' label rows,
// a key row of filled status words, header 'Metric | Action | Expected outcome | Lead | Start | Complete by | Status';
// metric numbers stored as NUMBERS; Start and Complete by real mmm-yy dates (due = Complete by); Completed = BLUE.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout14-wdes-2020-21-stanbridge', sheet: 'Action plan 2020-21', standard: 'WDES', period: '2020-21', trust: 'Stanbridge and Wyre NHS Foundation Trust', widths: [9, 54, 36, 26, 9, 11, 15] });
  const lab = (l, t, h) => p.line([l, t], { style: { alignment: { vertical: 'top', wrapText: true } }, styles: [{ bold: true }], merge: ['B', 'G'], height: h });
  p.line(['Stanbridge and Wyre NHS Foundation Trust – Workforce Disability Equality Standard action plan 2020/21'], { merge: ['A', 'G'], style: { bold: true, font: { size: 13 }, fill: C.navy, color: C.white }, height: 20 });
  lab('Purpose', 'Actions agreed in response to the 2020 WDES data (published August 2020) and the views of the Enable staff network.', 28);
  lab('Scope', 'All staff groups. Some actions were re-timed because of the Covid-19 second wave.');
  lab('Monitoring', 'Quarterly at the Inclusion Steering Group; six-monthly to the People and Culture Committee.');
  p.line(['Key:', 'Completed', 'On schedule', 'Slipped', 'Not commenced'], { at: 3, border: true, styles: [{ bold: true }, { fill: C.blue, color: C.white }, { fill: C.green }, { fill: C.amber }, { fill: C.red, color: C.white }] });
  p.header(['Metric', 'Action', 'Expected outcome', 'Lead', 'Start', 'Complete by', 'Status'], { style: { fill: 'FFDEEAF6', alignment: { vertical: 'middle', wrapText: true } } });
  const S = { Completed: [C.blue, 'blue', C.white], 'On schedule': [C.green, 'green'], Slipped: [C.amber, 'amber'], 'Not commenced': [C.red, 'red', C.white] };
  const data = [
    [1, ['1'], 'Encourage staff to update their disability status through ESR self-service, with reminders in payslips.', 'Disability declaration rate above 5%.', 'Workforce Systems Manager', D(2020, 10, 1), D(2021, 3, 31), 'On schedule'],
    [2, ['2'], 'Renew Disability Confident Employer status and publish the offer of an interview scheme on all adverts.', 'Relative likelihood of appointment closer to 1.0.', 'Head of Recruitment', D(2020, 9, 1), D(2020, 12, 31), 'Completed'],
    [3, ['3'], 'Check every formal capability case for whether reasonable adjustments were considered first.', 'Fewer disabled staff entering capability.', 'Employee Relations Manager', D(2020, 11, 1), D(2021, 3, 31), 'Slipped'],
    [4, ['4'], 'Add disability harassment to the Respect campaign and the incident reporting categories on Datix.', 'Reports of harassment of disabled staff are recorded and followed up.', 'Head of Staff Experience', D(2020, 10, 1), D(2021, 2, 28), 'On schedule'],
    [4, ['4'], 'Brief line managers on how to support staff who experience abuse from patients while working remotely or on virtual clinics.', 'Managers confident to respond.', 'Head of Staff Experience', D(2021, 1, 1), D(2021, 3, 31), 'Not commenced'],
    [5, ['5'], 'Ring-fence places for disabled staff on the Stepping Up and Mary Seacole leadership programmes.', 'More disabled staff applying for promotion.', 'Head of Leadership and OD', D(2020, 9, 1), D(2021, 3, 31), 'Slipped'],
    [6, ['6'], 'Remind managers that Covid-19 shielding absence is not counted for attendance management triggers.', 'Disabled staff do not feel pressured to come to work when unwell.', 'Deputy Director of Workforce', D(2020, 7, 1), D(2020, 9, 30), 'Completed'],
    [7, ['7'], 'Run quarterly "Ask the Chief Executive" sessions with the Enable network.', 'Disabled staff feel their work is valued.', 'Chief Executive', D(2020, 10, 1), D(2021, 3, 31), 'On schedule'],
    [8, ['8'], 'Move workplace adjustments (including home-working equipment) to a central budget with a five-day target.', 'Adjustments in place within 5 working days.', 'Occupational Health Manager', D(2020, 8, 1), D(2020, 12, 31), 'Completed'],
    [9, ['9'], 'Give the Enable network chair two days a month protected time and a seat on the Inclusion Steering Group.', 'A stronger voice for disabled staff.', 'Director of People', D(2020, 9, 1), D(2020, 10, 31), 'Completed'],
    [10, ['10'], 'Include disability in the Board development programme and ask Board members to complete the equality survey.', 'Board declaration data available.', 'Company Secretary', D(2021, 1, 1), D(2021, 3, 31), 'Not commenced'],
  ];
  for (const [m, inds, action, outcome, lead, start, due, st] of data)
    p.action([m, action, outcome, lead, start, due, st], { indicators: inds, action, lead, due: shown(due, 'mmm-yy'), status: st, rag: S[st][1], outcome }, { styles: [{ alignment: { horizontal: 'center', vertical: 'top' } }, {}, {}, {}, { numFmt: 'mmm-yy' }, { numFmt: 'mmm-yy' }, { fill: S[st][0], ...(S[st][2] ? { color: S[st][2] } : {}) }] });
  p.blank();
  p.line(['Last updated: 12 February 2021'], { style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY COVID-YEAR WDES plan: navy merged title naming the trust (row 1); three LABEL ROWS 'Purpose' / 'Scope' / 'Monitoring' (bold label in A, text merged B:G, rows 2–4); a KEY ROW of filled status words in C:G (row 5: 'Key:' then Completed blue / On schedule green / Slipped amber / Not commenced red); one light-blue header 'Metric | Action | Expected outcome | Lead | Start | Complete by | Status' (row 6). Metric numbers are stored as NUMBERS 1–10 (metric 4 twice), 2020 framework (whole 4 and 9). Start and Complete by are real dates shown mmm-yy. Status words filled per the key; 'Last updated' line below. Judgement calls: gold due = 'Complete by', not Start; 'Expected outcome' is the outcome; the key row (its words in the Action/outcome/Lead… columns) is not an action; Completed = blue by the key. Theme null, no refs.", { ragCol: 'G', mode: 'fill' });
}
