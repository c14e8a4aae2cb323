// holdout22-wres-2016-17-aldersham: ORDINARY WRES plan of an ACUTE trust in a GARRISON TOWN that hosts a Ministry of Defence
// Hospital Unit, Calibri 11 on 'Sheet1': one NHS-blue title bar, an intro line about military staff, a bold key line directly
// above a header with LINE BREAKS and the ACTION FIRST, no ref: 'Action | WRES\nindicator(s) | Responsible\nofficer | Target\ndate |
// Status | Comments'; indicators as bare numbers after the action; dd/mm/yyyy real dates; Achieved blue / On target / Behind /
// GREY 'Not started' (no colour).
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Aldersham Hospitals NHS Foundation Trust';
  const font = { name: 'Calibri', size: 11 };
  const p = new Plan(book, { name: 'holdout22-wres-2016-17-aldersham', sheet: 'Sheet1', standard: 'WRES', period: '2016-17', trust, widths: [60, 13, 30, 12, 13, 44], font });
  p.line([`${trust} – WRES Action Plan 2016/17`], { merge: ['A', 'F'], style: { bold: true, fill: C.nhs, color: C.white, font: { size: 14 } }, height: 24 });
  p.line(['Military staff of the Ministry of Defence Hospital Unit work alongside our staff but are not employed by the Trust, so they are not counted in the WRES data below.'], { merge: ['A', 'F'], style: { italic: true } });
  p.line(['Status key: Achieved (blue) – On target (green) – Behind (amber) – Not started (grey)'], { merge: ['A', 'F'], style: { bold: true } });
  p.header(['Action', 'WRES\nindicator(s)', 'Responsible\nofficer', 'Target\ndate', 'Status', 'Comments'], { style: { fill: 'FFDDEBF7' }, height: 30 });
  const S = { Achieved: [C.blue, 'blue', C.white], 'On target': [C.green, 'green'], Behind: [C.amber, 'amber'], 'Not started': [C.grey, null] };
  const F = 'dd/mm/yyyy';
  const data = [
    ['Break down the workforce by ethnicity and band for each clinical division and share it with the divisional boards.', '1', ['1'], 'Head of Workforce Information', D(2016, 9, 30), 'Achieved', 'Shared at the September divisional boards.'],
    ['Include the civilian staff of the Hospital Unit\'s partner services in the next staff survey sample so that their experience is heard.', '5 & 6', ['5', '6'], 'Associate Director of HR', D(2016, 11, 30), 'Achieved', 'Included in the 2016 survey sample.'],
    ['Review the shortlisting and interview stages for all Band 6 and 7 nursing posts and act on any difference by ethnicity.', '2', ['2'], 'Head of Resourcing', D(2017, 1, 31), 'On target', 'Data for April–December collected.'],
    ['Give every recruiting manager unconscious bias training before they chair a panel.', '2', ['2'], 'Head of Learning and Development', D(2017, 3, 31), 'Behind', '64% of chairs trained.'],
    ['Introduce a pre-investigation checklist for all disciplinary cases, signed off by an HR Business Partner.', '3', ['3'], 'Head of Employee Relations', D(2016, 10, 31), 'Achieved', 'Checklist in use.'],
    ['Monitor access to non-mandatory training and CPD funding by ethnicity every quarter.', '4', ['4'], 'Head of Learning and Development', 'Quarterly', 'On target', 'Q1 and Q2 reports produced.'],
    ['Train emergency department and acute medical unit staff in conflict resolution, including how to respond to racist abuse.', '5', ['5'], 'Head of Security', D(2017, 3, 31), 'On target', '180 staff trained so far.'],
    ['Set up a Race Equality Network with a named executive sponsor and time for members to attend.', '7 & 8', ['7', '8'], 'Director of Workforce', D(2016, 12, 31), 'Behind', 'Inaugural meeting moved to February 2017.'],
    ['Offer a reciprocal mentoring scheme pairing BME staff with members of the executive team.', '7', ['7'], 'Director of Workforce', D(2017, 3, 31), 'Not started', 'Planned for 2017/18.'],
    ['Include the WRES and the Board\'s own diversity in the Board development programme.', '9', ['9'], 'Company Secretary', D(2017, 2, 28), 'On target', 'Session booked for February.'],
    ['Report progress on this plan to the Workforce and Education Committee and publish an update on the website.', '1–9', ['1', '2', '3', '4', '5', '6', '7', '8', '9'], 'Director of Workforce', 'Quarterly', 'On target', 'Reported in July and October.'],
  ];
  for (const [action, ind, inds, lead, due, st, com] of data) {
    p.action([action, ind, lead, due, st, com], { indicators: inds, action, lead, due: typeof due === 'string' ? due : shown(due, F), status: st, rag: S[st][1], progress: com }, { styles: [{}, { alignment: { horizontal: 'center', vertical: 'top' } }, {}, { numFmt: F }, { fill: S[st][0], ...(S[st][2] ? { color: S[st][2] } : {}) }] });
  }
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY WRES plan of an ACUTE trust in a GARRISON TOWN that hosts a Ministry of Defence Hospital Unit, in Calibri 11 on a sheet left as 'Sheet1': an NHS-blue merged title bar naming trust and plan, an italic line explaining that military staff are not counted in the WRES data, a bold status key line directly above the header, then a pale-blue header with LINE BREAKS and the ACTION FIRST: 'Action | WRES\\nindicator(s) | Responsible\\nofficer | Target\\ndate | Status | Comments' (row 4). No ref column. Indicators are bare numbers AFTER the action ('2', '5 & 6' = ['5','6'], '7 & 8', '1–9' = all nine). Responsible officers are job titles. Target dates are real dates shown dd/mm/yyyy, twice the text 'Quarterly'. Status words filled: Achieved blue, On target green, Behind amber, Not started GREY. Nothing below the table. Judgement calls: the grey 'Not started' has no RAG colour (rag null), as the key gives grey no meaning beyond 'not started'; the status is the word; Comments = progress; the title, military-staff line and key line are not actions; theme null.", { ragCol: 'E', mode: 'fill' });
}
