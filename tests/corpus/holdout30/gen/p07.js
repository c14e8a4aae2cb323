// holdout30-wres-2025-26-ashenford: a specialist cancer centre's HR manager keeps PERSONAL NOTES typed beside the table (column H, after an
// empty column G, no header) – reminders to herself, not updates; leads as abbreviations; RAG words filled.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Ashenford Cancer Centre NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout30-wres-2025-26-ashenford', sheet: 'WRES 25-26', standard: 'WRES', period: '2025-26', trust, widths: [7, 10, 58, 12, 12, 12, 4, 38], font: { name: 'Arial', size: 10 } });
  p.line([trust, undefined, undefined, undefined, undefined, undefined, undefined, 'NB send to Kemi before EDI group'], { merge: ['A', 'F'], style: { bold: true }, styles: [{}, {}, {}, {}, {}, {}, {}, { color: C.red, bold: false }] });
  p.line(['WRES action plan 2025/26 (draft 2)'], { merge: ['A', 'F'] });
  p.header(['Ref', 'WRES ind', 'Action', 'Lead', 'Due', 'RAG'], { style: { fill: C.paleblue } });
  const RAG = { 'On track': C.goodG, 'Slipping': C.neutralA, 'Off track': C.badR, 'Done': C.lightblue };
  const rows = [
    ['R1', '1', 'Set band 8a-8d targets for Black, Asian and minority ethnic representation by directorate and report them quarterly', 'DDoW', 'Sep-25', 'On track', 'check figures w/ Tom first!!'],
    ['R2', '2', 'Inclusive recruitment champions on every band 7+ panel in research and clinical trials', 'HoR', 'Dec-25', 'Slipping', ''],
    ['R3', '3', 'Just culture check on every formal case, with a quarterly audit to the People Committee', 'HoER', 'Q3', 'On track', 'ask FTSU G if she wants in'],
    ['R4', '4', 'Track CPD funding applications and approvals by ethnicity for nurses and AHPs', 'HoEd', 'Jan-26', 'Off track', ''],
    ['R5', '5', 'Anti-racism statement displayed in every outpatient area and radiotherapy waiting room', 'DoN', 'Oct-25', 'Done', 'photos for annual report'],
    ['R6', '6, 8', 'Managers\' programme on speaking up and responding to racism, cohort 1 and 2', 'HoEDI', 'Mar-26', 'On track', 'budget?? - Finance mtg 3/9'],
    ['R7', '7', 'Career conversations for every Black, Asian and minority ethnic band 5-6 colleague who asks', 'HoEDI', 'Mar-26', 'Slipping', ''],
    ['R8', '9', 'Board development session on race equality with an external facilitator', 'CPO', 'Nov-25', 'On track', 'Nov board dev day - confirm'],
  ];
  for (const [ref, ind, a, l, d, st, note] of rows) p.action([ref, ind, a, l, d, st, undefined, note], { ref, indicators: ind.split(', '), action: a, lead: l, due: d, status: st, rag: { 'On track': 'green', Slipping: 'amber', 'Off track': 'red', Done: 'blue' }[st] }, { styles: [{}, {}, {}, {}, {}, { fill: RAG[st] }, {}, { italic: true, color: C.red }] });
  p.blank();
  p.line(['Abbreviations: DDoW Deputy Director of Workforce, HoR Head of Recruitment, HoER Head of Employee Relations, HoEd Head of Education, DoN Director of Nursing, HoEDI Head of EDI, CPO Chief People Officer'], { merge: ['A', 'F'], style: { font: { size: 8 } } });
  p.line([undefined, undefined, undefined, undefined, undefined, undefined, undefined, 'to do: add HIA column?'], { styles: [{}, {}, {}, {}, {}, {}, {}, { italic: true, color: C.red }] });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional specialist cancer centre), Arial 10: trust and '(draft 2)' title merged A:F, pale-blue header 'Ref | WRES ind | Action | Lead | Due | RAG' in A:F, eight actions R1–R8 with status words filled (On track green, Slipping amber, Off track red, Done blue – no key), an abbreviations line under the table, and in column H – beyond an empty narrow column G and with NO HEADER – the HR manager's own NOTES TO HERSELF in red italics: beside the title ('NB send to Kemi before EDI group'), beside five actions ('check figures w/ Tom first!!', 'budget?? - Finance mtg 3/9') and on a row of its own at the end ('to do: add HIA column?'). Leads are ABBREVIATIONS decoded by the abbreviations line. Judgement calls: the column-H notes are reminders about preparing the plan, not updates on the actions – no gold field comes from them (progress ''), and the note rows that have no action are non-action rows; lead kept as written in the Lead column ('DDoW', 'HoEDI') – the abbreviation is the lead as the plan states it, not expanded; indicators from 'WRES ind' ('6, 8' → ['6','8']); due as shown ('Sep-25' is text, 'Q3'); status = the word, rag = its fill (Done on light blue → blue); theme null; the abbreviations line is not an action.", { notFrom: ['H'], ragCol: 'F', mode: 'fill', forbidden: ['check figures w/ Tom first!!', 'budget?? - Finance mtg 3/9', 'ask FTSU G if she wants in', 'Nov board dev day - confirm', 'photos for annual report'] });
}
