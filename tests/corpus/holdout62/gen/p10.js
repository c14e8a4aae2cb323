// holdout62-wres-2025-26-trentside: community health and care trust; TWO-ROW HEADER with groups 'Alignment' (HIA | WRES indicator(s)),
// 'Delivery' (Lead | Quarter) and 'Q2 review' (Status | Comment); indicators written with their short name ('Ind. 5 – abuse from public');
// status words in COLOURED FONT; a document-control box on the right of the title rows.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Trentside Community Health and Care NHS Trust';
  const p = new Plan(book, { name: 'holdout62-wres-2025-26-trentside', sheet: 'WRES 2025-26', standard: 'WRES', period: '2025-26', trust, widths: [7, 58, 9, 30, 28, 14, 13, 40], font: { name: 'Aptos Narrow', size: 11 } });
  p.line([trust, '', '', '', '', 'Owner:', 'Head of EDI'], { border: false, merge: [['A', 'E'], ['G', 'H']], style: { bold: true, font: { size: 14 } }, styles: [{}, {}, {}, {}, {}, { bold: true, font: { size: 10 } }, { bold: false, font: { size: 10 } }] });
  p.line(['Workforce Race Equality Standard – Action Plan 2025/26', '', '', '', '', 'Version:', '2.0 (Q2 review)'], { merge: [['A', 'E'], ['G', 'H']], style: { bold: true }, styles: [{}, {}, {}, {}, {}, { font: { size: 10 } }, { bold: false, font: { size: 10 } }] });
  p.line(['', '', '', '', '', 'Last updated:', '07/10/2025'], { merge: ['G', 'H'], styles: [{}, {}, {}, {}, {}, { font: { size: 10 }, bold: true }, { font: { size: 10 } }] });
  p.blank();
  p.header(['Action', '', 'Alignment', '', 'Delivery', '', 'Q2 review', ''], { merge: [['A', 'B'], ['C', 'D'], ['E', 'F'], ['G', 'H']], style: { fill: C.navy, color: C.white, alignment: { horizontal: 'center' } } });
  p.header(['No.', 'Action', 'HIA', 'WRES indicator(s)', 'Lead', 'Quarter', 'Status', 'Comment'], { style: { fill: C.paleblue } });
  const W = { 1: 'Ind. 1 – workforce by band', 2: 'Ind. 2 – shortlisting', 3: 'Ind. 3 – disciplinary', 4: 'Ind. 4 – training', 5: 'Ind. 5 – abuse from public', 6: 'Ind. 6 – abuse from staff', 7: 'Ind. 7 – equal opportunities', 8: 'Ind. 8 – discrimination', 9: 'Ind. 9 – Board' };
  const FC = { 'Complete': C.blue, 'On track': C.green, 'At risk': C.orange, 'Off track': C.red };
  const RG = { 'Complete': 'blue', 'On track': 'green', 'At risk': 'amber', 'Off track': 'red' };
  const acts = [
    ['1', 'Publish each executive\'s race equality objective on the intranet with a six-monthly progress note.', 'HIA 1', [9], 'Chief People Officer', 'Q2 2025/26', 'Complete', 'Objectives published in August.'],
    ['2', 'Carry forward from 2024/25: a diverse panel member for every Band 7+ interview, with monthly compliance figures by service line.', 'HIA 2', [2], 'Head of Talent Acquisition', 'Q3 2025/26', 'On track', 'Compliance 81% in September.'],
    ['3', 'Run a "stepping up" programme for ethnic minority staff in Bands 4–6 across community nursing and adult social care teams.', 'HIA 2', [1, 7], 'Head of Leadership and OD', 'Q4 2025/26', 'On track', 'Second cohort recruited.'],
    ['4', 'Make access to CPD funding visible by ethnicity in the quarterly education report.', 'HIA 2', [4], 'Head of Education', 'Q2 2025/26', 'At risk', 'Data quality issues in the learning system.'],
    ['5', 'Set an ethnicity pay gap target and publish progress against it.', 'HIA 3', [], 'Deputy Director of Finance', 'Q4 2025/26', 'On track', ''],
    ['6', 'Give domiciliary and community staff a lone-worker app with a one-press alert for abuse in patients\' homes.', 'HIA 6', [5], 'Head of Health, Safety and Security', 'Q3 2025/26', 'Off track', 'Supplier contract delayed; revised date Q4.'],
    ['7', 'Bring the "Just and Learning" review step into every investigation involving an ethnic minority colleague.', 'HIA 6', [3], 'Head of Employee Relations', 'Q2 2025/26', 'Complete', 'Live from July.'],
    ['8', 'Train all team leaders in responding to racism between colleagues, using case studies from our own services.', 'HIA 6', [6, 8], 'Head of Leadership and OD', 'Q4 2025/26', 'On track', '120 of 310 team leaders trained.'],
    ['9', 'Give internationally recruited care staff a named contact and a 100-day check-in covering wellbeing and any experience of racism.', 'HIA 5', [5, 6], 'International Recruitment Manager', 'Q3 2025/26', 'At risk', 'Named contacts in place for two of three cohorts.'],
  ];
  for (const [ref, a, h, inds, lead, due, st, com] of acts) {
    const wcell = inds.length ? inds.map((i) => W[i]).join('\n') : '—';
    p.action([ref, a, h, wcell, lead, due, st, com], { ref, indicators: inds.map(String), action: a, lead, due, status: st, rag: RG[st], progress: com }, { styles: [{ alignment: { horizontal: 'center' } }, {}, { alignment: { horizontal: 'center' } }, {}, {}, {}, { color: FC[st], bold: true }] });
  }
  p.blank();
  p.line(['Status colours: Complete – blue · On track – green · At risk – orange · Off track – red'], { merge: ['A', 'H'], style: { font: { size: 9 } } });
  p.ws.views = [{ state: 'frozen', ySplit: 6 }];
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional community health and adult social care trust), WRES plan 2025/26 at its Q2 review, in Aptos Narrow: trust line and title on the left with a small DOCUMENT-CONTROL BOX on the right of the first three rows ('Owner: Head of EDI', 'Version: 2.0 (Q2 review)', 'Last updated: 07/10/2025'), a blank row, then a TWO-ROW HEADER: navy group row 'Action | Alignment | Delivery | Q2 review' (each merged over two columns, row 5) above 'No. | Action | HIA | WRES indicator(s) | Lead | Quarter | Status | Comment' (row 6, frozen), nine actions, a blank row and a status-colour line. The WRES indicator cell writes each indicator WITH A SHORT NAME ('Ind. 5 – abuse from public'), two on two lines in one cell, '—' for none; the HIA column holds 'HIA n'; status words are in COLOURED BOLD FONT (no fill). Judgement calls: both header rows are headers; indicators from the WRES indicator(s) column ('Ind. 6 – abuse from staff\\nInd. 8 – discrimination' → ['6','8']; '—' → []), never the HIA number beside them (action 9 is HIA 5, indicators 5 and 6); the HIA column is a mapping under the 'Alignment' group, not a theme (theme null), noted here; ref = No.; lead = Lead; due = Quarter as written; status = the word, rag = its font colour per the key (At risk orange → amber); progress = Comment ('' where blank); 'Carry forward from 2024/25:' stays in action 2's text; the document-control values (Head of EDI, 07/10/2025) are not a lead or due.", { indCol: 'D', indLead: 'Ind. ', statusCol: 'G', mode: 'font', forbidden: ['Head of EDI', '07/10/2025'] });
}
