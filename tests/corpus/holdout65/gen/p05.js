// holdout65-wres-2023-24-tamsford: integrated care board; indicator codes written with a 'W' prefix ('W1', 'W5/W6'); a 'Carried
// forward from 2022/23?' Yes / No column between the action and the owner; RAG words on fills.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'NHS Tamsford and Rivelow Integrated Care Board';
  const font = { name: 'Calibri', size: 11 };
  const p = new Plan(book, { name: 'holdout65-wres-2023-24-tamsford', sheet: 'WRES 23-24', standard: 'WRES', period: '2023-24', trust, widths: [9, 11, 58, 14, 28, 14, 12], font });
  p.line([`${trust}: WRES action plan 2023/24 (ICB as an employer)`], { merge: ['A', 'G'], style: { bold: true, font: { size: 13 } } });
  p.line(['Codes: W1–W9 = WRES indicators 1 to 9.'], { merge: ['A', 'G'], style: { italic: true, font: { size: 9 } } });
  p.header(['Action ref', 'Indicator', 'Action', 'Carried forward from 2022/23?', 'Owner', 'Deadline', 'RAG'], { style: { fill: C.teal, color: C.white } });
  const S = { 'On track': [C.lightgreen, 'green'], 'At risk': [C.amber, 'amber'], 'Off track': [C.red, 'red'], 'Complete': [C.blue, 'blue'] };
  const rows = [
    ['T01', 'W1', 'Break down the ICB workforce by band and directorate each quarter and share it with the People Committee.', 'Yes', 'Head of Workforce Analytics', 'Quarterly', 'On track'],
    ['T02', 'W2', 'Train every recruiting manager in inclusive recruitment before they chair a panel.', 'Yes', 'HR Business Partner', 'Sept 2023', 'Complete'],
    ['T03', 'W2', 'Add a diverse panel member to all interviews for Band 8b and above, drawn from the staff networks.', 'No', 'HR Business Partner', 'Dec 2023', 'At risk'],
    ['T04', 'W4', 'Track who is funded for external courses and coaching, by ethnicity, and publish the split twice a year.', 'No', 'Organisational Development Lead', 'Oct 2023', 'On track'],
    ['T05', 'W5/W6', 'Adopt the system-wide Civility Charter and ask every team to discuss it at a team meeting.', 'Yes', 'Director of People', 'Jan 2024', 'Off track'],
    ['T06', 'W7', 'Open a secondment programme with partner trusts for ethnic minority staff at Bands 6 and 7.', 'No', 'Head of System Workforce', 'Mar 2024', 'At risk'],
    ['T07', 'W8', 'Offer confidential support through the Race Equality Network for colleagues who report discrimination.', 'No', 'Race Equality Network Chair', 'Ongoing', 'On track'],
    ['T08', 'W9', 'Set a Board development session on anti-racist leadership led by an external facilitator.', 'No', 'Chief Executive', 'Feb 2024', 'Complete'],
  ];
  for (const [ref, ind, act, cf, own, due, st] of rows) {
    const [fill, rag] = S[st];
    p.action([ref, ind, act, cf, own, due, st], { ref, indicators: ind.match(/\d+/g), action: act, lead: own, due, status: st, rag }, { styles: [{}, {}, {}, { alignment: { horizontal: 'center' } }, {}, {}, { fill, ...(st === 'Complete' ? { color: C.white } : {}) }] });
  }
  p.blank();
  p.line(['Approved by the ICB People Committee, 14 September 2023.'], { merge: ['A', 'G'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional integrated care board). Title naming the ICB (row 1), an italic codes line 'W1–W9 = WRES indicators 1 to 9' (row 2), one header 'Action ref | Indicator | Action | Carried forward from 2022/23? | Owner | Deadline | RAG' (row 3, white on teal), eight actions T01–T08 (rows 4–11), a blank row and an approval line (row 13). Quirks: indicator codes written with a 'W' PREFIX ('W1', 'W5/W6' – two indicators with a slash), and a CARRIED FORWARD Yes / No column sitting between the action and its owner. Judgement calls: indicators = the numbers after the W ('W5/W6' → ['5','6']); the Yes / No column gives nothing (not a status, not an outcome); lead = Owner; due as written ('Quarterly', 'Sept 2023', 'Ongoing'); status = the RAG word, rag = the fill (On track light green → green, At risk amber, Off track red, Complete white on blue → blue); the codes line and the approval line are no actions and their date is no due.", { cols: { ref: 'A', ind: 'B', action: 'C', lead: 'E', due: 'F', status: 'G', traps: ['D'] }, mode: 'fill', ragCol: 'G', forbidden: ['14 September 2023', 'Yes', 'No'] });
}
