// holdout19-wdes-2019-20-ellesmoor: ORDINARY first WDES plan of a FORENSIC / SECURE mental-health trust – title, draft
// line, intro paragraph; header 'Metric | Action | Lead | Start date | Completion date | Measure of success | Status'
// (due = Completion date, not Start); 'Metric N', 'Metrics 5 and 7', 'Metrics 1–10' (pre-2021 set: whole 4 and 9);
// 'd mmm yyyy' dates; Completed GREEN (no blue), In progress amber, Overdue red, Not started UNFILLED.
import { Book, Plan, C, D, shown, ALL_WDES } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout19-wdes-2019-20-ellesmoor', sheet: 'WDES Action Plan', standard: 'WDES', period: '2019-20', trust: 'Ellesmoor Forensic and Secure Services NHS Trust', widths: [16, 54, 26, 13, 14, 36, 13] });
  p.line(['Ellesmoor Forensic and Secure Services NHS Trust'], { merge: ['A', 'G'], style: { bold: true, font: { size: 14 } } });
  p.line(['Workforce Disability Equality Standard (WDES) Action Plan 2019/20 – DRAFT for Board, 26 September 2019'], { merge: ['A', 'G'], style: { bold: true } });
  p.line(['This is our first WDES plan. It responds to the 2019 metrics and to what disabled staff told us at the listening events in July. Status key: Completed (green), In progress (amber), Overdue (red), Not started (no colour).'], { merge: ['A', 'G'], height: 42, style: { italic: true } });
  p.blank();
  p.header(['Metric', 'Action', 'Lead', 'Start date', 'Completion date', 'Measure of success', 'Status'], { style: { fill: C.lilac } });
  const S = { Completed: [C.green, 'green'], 'In progress': [C.amber, 'amber'], Overdue: [C.red, 'red'], 'Not started': [null, null] };
  const F = 'd mmm yyyy';
  const data = [
    ['Metric 1', ['1'], 'Encourage staff to record a disability on ESR through a "Count me in" campaign in every secure unit.', 'Head of Workforce Information', D(2019, 10, 1), D(2020, 1, 31), 'Declaration rate above 5%.', 'In progress'],
    ['Metric 2', ['2'], 'Join the Disability Confident scheme at Level 2 and guarantee interviews to disabled applicants who meet the criteria.', 'Recruitment Manager', D(2019, 9, 1), D(2019, 12, 31), 'Disability Confident Employer status.', 'Completed'],
    ['Metric 3', ['3'], 'Check that reasonable adjustments have been considered before any formal capability process starts.', 'Head of Employee Relations', D(2019, 10, 1), D(2020, 3, 31), 'No capability case without an adjustments check.', 'Not started'],
    ['Metric 4', ['4'], 'Give disabled staff working on secure wards a named contact to report harassment from patients.', 'Director of Nursing', D(2019, 9, 1), D(2019, 11, 30), 'Fewer disabled staff report harassment.', 'Overdue'],
    ['Metric 4', ['4'], 'Train managers to respond to reports of bullying of disabled staff by colleagues.', 'Head of Learning and Development', D(2019, 11, 1), D(2020, 3, 31), 'All ward managers trained.', 'In progress'],
    ['Metrics 5 and 7', ['5', '7'], 'Publish how promotion panels will make adjustments and advertise every development post on the intranet.', 'Head of Learning and Development', D(2019, 10, 1), D(2020, 2, 29), 'Gap between disabled and non-disabled staff halved.', 'In progress'],
    ['Metric 6', ['6'], 'Review the sickness absence policy so that staff are not pressured to attend work when unwell because of a disability.', 'Head of Employee Relations', D(2020, 1, 1), D(2020, 3, 31), 'Policy approved by JNCC.', 'Not started'],
    ['Metric 8', ['8'], 'Set up a central reasonable adjustments passport and budget.', 'Director of Workforce', D(2019, 9, 1), D(2019, 12, 31), 'Passport in use; budget held centrally.', 'Completed'],
    ['Metric 9', ['9'], 'Launch a Disabled Staff Network with an executive sponsor and protected time for its chair.', 'Director of Workforce', D(2019, 9, 1), D(2019, 10, 31), 'Network launched; chair has one day a month.', 'Completed'],
    ['Metric 10', ['10'], 'Ask Board members to share their disability status confidentially.', 'Trust Secretary', D(2019, 10, 1), D(2019, 12, 31), 'Board declaration rate reported.', 'Overdue'],
    ['Metrics 1–10', ALL_WDES, 'Report progress on this plan to the Workforce Committee every quarter.', 'Director of Workforce', D(2019, 10, 1), D(2020, 3, 31), 'Quarterly reports received.', 'In progress'],
  ];
  for (const [m, inds, action, lead, start, due, out, st] of data)
    p.action([m, action, lead, start, due, out, st], { indicators: inds, action, lead, due: shown(due, F), status: st, rag: S[st][1], outcome: out }, { styles: [{}, {}, {}, { numFmt: F }, { numFmt: F }, {}, S[st][0] ? { fill: S[st][0] } : {}] });
  p.blank();
  p.line(['Contact: Equality and Inclusion Lead, Workforce Directorate.'], { style: { font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY first WDES plan of a FORENSIC / SECURE mental-health trust: merged trust title, merged bold 'WDES Action Plan 2019/20 – DRAFT for Board, 26 September 2019' line, a merged italic INTRO paragraph that ends with the status key ('Completed (green), In progress (amber), Overdue (red), Not started (no colour)'), a blank row, then a lilac header 'Metric | Action | Lead | Start date | Completion date | Measure of success | Status' (row 5). Metrics 'Metric N', 'Metrics 5 and 7', 'Metrics 1–10' (= all ten of the pre-2021 set; 'Metric 4' and 'Metric 9' are whole). Job-title leads. Start and completion dates are real dates shown 'd mmm yyyy'. Status words: Completed filled GREEN (there is no blue), In progress amber, Overdue red, Not started UNFILLED (rag null). Contact line below. Judgement calls: due = Completion date, not Start date; outcome = Measure of success; green means complete here but rag stays green (the colour shown); 'Not started' has no colour.", { ragCol: 'G', mode: 'fill' });
}
