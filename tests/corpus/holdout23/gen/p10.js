// holdout23-wdes-2024-25-porthaven: ORDINARY WDES plan of an acute trust in a PORT CITY (ferry terminal): title and a bordered
// APPROVAL BOX at the top right; header 'Ref | Action | Sponsor | Lead officer | Start | Finish | Status | Commentary'; WORKSTREAM
// HEADING ROWS carrying the metrics in brackets ('Workstream 2: Safe to speak up (Metrics 4a, 4b and 5)'); Start + Finish real
// dates 'mmm-yyyy'; statuses 'Done' / 'Doing' / 'To do' / 'Blocked' (To do unfilled); key line below.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Porthaven University Hospitals NHS Trust';
  const font = { name: 'Aptos Narrow', size: 11 };
  const p = new Plan(book, { name: 'holdout23-wdes-2024-25-porthaven', sheet: 'WDES 24-25', standard: 'WDES', period: '2024-25', trust, widths: [8, 56, 22, 30, 11, 11, 10, 44], font });
  const box = (r, a, b) => { for (const [col, v, bold] of [['G', a, true], ['H', b, false]]) { const c = p.ws.getCell(`${col}${r}`); c.value = v; c.font = { ...font, bold }; c.border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } }; c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } }; } };
  let r = p.line([trust], { merge: ['A', 'E'], style: { bold: true, font: { size: 15 }, color: C.nhs } }); box(r, 'Approved by', 'People Committee');
  r = p.line(['Workforce Disability Equality Standard – action plan 2024/25'], { merge: ['A', 'E'], style: { bold: true, font: { size: 12 } } }); box(r, 'Date', '12/09/2024');
  r = p.line(['Version 1.1 – includes the actions for the EDI Improvement Plan that relate to disability.'], { merge: ['A', 'E'], style: { italic: true } }); box(r, 'Version', '1.1');
  p.blank();
  p.header(['Ref', 'Action', 'Sponsor', 'Lead officer', 'Start', 'Finish', 'Status', 'Commentary'], { style: { fill: C.nhs, color: C.white } });
  const S = { Done: [C.blue, 'blue', C.white], Doing: [C.green, 'green'], 'To do': [null, null], Blocked: [C.red, 'red', C.white] };
  const F = 'mmm-yyyy';
  const ws = [
    ['Workstream 1: Data and declaration (Metrics 1 and 10)', ['1', '10'], [
      ['Run a declaration drive with the Disability Network, including port health and international nurses in their first year.', 'Chief People Officer', 'Head of Workforce Information', D(2024, 7, 1), D(2024, 11, 30), 'Done', 'Declaration 5.9% → 7.4%.'],
      ['Publish disability pay-band data for each care group every six months.', 'Chief People Officer', 'Head of Workforce Information', D(2024, 10, 1), D(2025, 3, 31), 'Doing', 'First release in October.'],
      ['Include disability in the Board\'s annual skills and diversity return.', 'Trust Chair', 'Head of Corporate Governance', D(2025, 1, 1), D(2025, 3, 31), 'To do', ''],
    ]],
    ['Workstream 2: Safe to speak up (Metrics 4a, 4b and 5)', ['4a', '4b', '5'], [
      ['Add a disability question to the violence and aggression incident form so that we can see abuse aimed at disabled staff.', 'Chief Nurse', 'Head of Health and Safety', D(2024, 6, 1), D(2024, 9, 30), 'Done', 'Live on Datix since September.'],
      ['Train managers in the emergency department and ferry-port medical team to respond when a disabled colleague reports bullying.', 'Chief Nurse', 'Head of Learning and OD', D(2024, 9, 1), D(2025, 1, 31), 'Doing', '140 of 220 managers trained.'],
      ['Create a disability staff buddy scheme for reporting concerns.', 'Chief People Officer', 'Chair, Disability Network', D(2024, 10, 1), D(2025, 2, 28), 'Blocked', 'No protected time agreed for buddies.'],
    ]],
    ['Workstream 3: Adjustments and wellbeing (Metrics 6, 7 and 8)', ['6', '7', '8'], [
      ['Move all adjustment requests onto one online form with a 6-week standard from request to adjustment in place.', 'Chief Finance Officer', 'Head of Occupational Health', D(2024, 5, 1), D(2024, 12, 31), 'Doing', 'Form live; median 9 weeks.'],
      ['Offer a health passport to every disabled member of staff at induction and at appraisal.', 'Chief People Officer', 'Head of Occupational Health', D(2024, 4, 1), D(2024, 9, 30), 'Done', '410 passports in place.'],
      ['Ask the Disability Network to review the sickness absence policy for presenteeism triggers.', 'Chief People Officer', 'Employee Relations Manager', D(2025, 1, 1), D(2025, 3, 31), 'To do', ''],
    ]],
    ['Workstream 4: Fair recruitment and progression (Metrics 2, 3 and 9b)', ['2', '3', '9b'], [
      ['Guarantee interviews for disabled applicants who meet the essential criteria and check shortlisting every quarter.', 'Chief People Officer', 'Head of Resourcing', D(2024, 4, 1), D(2025, 3, 31), 'Doing', 'Q1 and Q2 audits show no gap at interview.'],
      ['Review every capability case for adjustments before stage 2, with the network in the audit.', 'Chief People Officer', 'Employee Relations Manager', D(2024, 7, 1), D(2024, 12, 31), 'Blocked', 'Case data sharing needs an information governance check.'],
      ['Give the Disability Network chair a seat on the People Committee.', 'Chief People Officer', 'Head of EDI', D(2024, 4, 1), D(2024, 6, 30), 'Done', 'Attending since June.'],
    ]],
  ];
  let n = 0;
  ws.forEach(([head, inds, acts], wi) => {
    p.line([head], { merge: ['A', 'H'], style: { bold: true, fill: 'FFDDEBF7' } });
    acts.forEach(([action, sp, lead, st0, fin, st, com], ai) => {
      const ref = `WS${wi + 1}.${ai + 1}`;
      p.action([ref, action, sp, lead, st0, fin, st, com], { ref, indicators: inds, theme: head, action, lead, due: shown(fin, F), status: st, rag: S[st][1], progress: com }, { styles: [{}, {}, {}, {}, { numFmt: F }, { numFmt: F }, S[st][0] ? { fill: S[st][0], ...(S[st][2] ? { color: S[st][2] } : {}) } : {}] });
    });
  });
  p.blank();
  p.line(['Status: Done (blue) · Doing (green) · Blocked (red) · To do = not started yet, not due.'], { merge: ['A', 'H'], style: { italic: true, font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY WDES plan of an acute trust in a PORT CITY with a ferry terminal (a port health team and many internationally recruited nurses), Aptos Narrow 11. Three lines merged A:E (blue trust title, plan title, italic version line) with a bordered grey APPROVAL BOX at the TOP RIGHT in G1:H3 ('Approved by | People Committee', 'Date | 12/09/2024', 'Version | 1.1'), a blank row, then an NHS-blue header (row 5) 'Ref | Action | Sponsor | Lead officer | Start | Finish | Status | Commentary'. Four pale-blue merged WORKSTREAM HEADING ROWS each carry their metrics in brackets ('Workstream 2: Safe to speak up (Metrics 4a, 4b and 5)', 2021+ set, 'Metrics 2, 3 and 9b'), with three actions under each; refs 'WS1.1'…'WS4.3'. Start and Finish are real dates shown mmm-yyyy. Status words 'Done' (blue), 'Doing' (green), 'Blocked' (red) filled and 'To do' UNFILLED; a key line under the table says To do = not started yet, not due. Judgement calls: each workstream heading is the theme of its three actions and gives their indicators; lead = Lead officer, not Sponsor (an executive); due = Finish, not Start; the unfilled 'To do' has no colour (rag null); Commentary = progress; the approval box and key line are not actions.", { ragCol: 'G', mode: 'fill', dueFrom: ['F'], notFrom: ['C', 'E'] });
}
