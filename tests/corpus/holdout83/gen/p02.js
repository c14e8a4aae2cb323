// holdout83-wdes-2024-25-wrayburn: a hospital group of two trusts (an acute FT and a community trust) with ONE joint WDES plan; an
// 'Applies to' column (WH / LC / Both) is context; the group is the identity as the workbook states it; status words in coloured font.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Wrayburn and Ludmere Health Group';
  const p = new Plan(book, { name: 'holdout83-wdes-2024-25-wrayburn', sheet: 'Joint WDES plan', standard: 'WDES', period: '2024-25', trust, widths: [6, 10, 54, 11, 30, 14, 14], font: { name: 'Calibri', size: 11 } });
  p.line([trust], { merge: ['A', 'G'], style: { bold: true, font: { size: 14 }, color: C.purple } });
  p.line(['Joint Workforce Disability Equality Standard action plan 2024-25 for Wrayburn Hospital NHS Foundation Trust (WH) and Ludmere Community Services NHS Trust (LC)'], { merge: ['A', 'G'], height: 30, style: { bold: true } });
  p.line(['One plan, two WDES returns: each trust still submits its own data. Actions marked “Both” are delivered once by the group people team.'], { merge: ['A', 'G'], height: 30, style: { italic: true } });
  p.header(['No.', 'Metric', 'Action', 'Applies to', 'Group lead', 'Due', 'Status'], { style: { fill: C.lilac } });
  const FC = { 'On track': C.green, 'At risk': C.orange, 'Behind': C.red, 'Done': C.blue, 'Not yet due': C.black };
  const R = { 'On track': 'green', 'At risk': 'amber', 'Behind': 'red', 'Done': 'blue', 'Not yet due': null };
  const rows = [
    ['1', '1', 'Run a joint “Count me in” week asking staff in both trusts to update their disability status on ESR, with managers briefed first.', 'Both', 'Group Head of Workforce Information', 'Oct 2024', 'Done'],
    ['2', '2', 'Add a guaranteed-interview statement and an accessible application route to every LC community nursing advert.', 'LC', 'Resourcing Business Partner (LC)', 'Aug 2024', 'On track'],
    ['3', '3', 'Change the capability policy so managers must record the reasonable adjustments considered before any formal stage.', 'WH', 'Head of Employee Relations', 'Dec 2024', 'At risk'],
    ['4', '4a, 4b', 'Give ward and community team managers a short guide on responding when a disabled colleague reports harassment by a patient.', 'Both', 'Group Freedom to Speak Up Guardian', 'Jan 2025', 'On track'],
    ['5', '5', 'Open the Band 6 to 7 development programme with ring-fenced places for disabled staff across both trusts.', 'Both', 'Group Head of Leadership Development', 'Mar 2025', 'Behind'],
    ['6', '6', 'Review sickness triggers at WH so disability-related absence recorded on an adjustment passport is not counted.', 'WH', 'Deputy Director of People (WH)', 'Nov 2024', 'At risk'],
    ['7', '8', 'Move the adjustments fund to one group budget and aim for equipment in place within six weeks of assessment.', 'Both', 'Group Occupational Health Manager', 'Feb 2025', 'Not yet due'],
    ['8', '9a, 9b', 'Merge the two disability staff networks into one group network with a chair from each trust and a board sponsor.', 'Both', 'Group EDI Manager', 'Sep 2024', 'Done'],
  ];
  for (const [no, met, act, ap, lead, due, st] of rows) {
    p.action([no, met, act, ap, lead, due, st], { ref: no, indicators: met.split(', '), action: act, lead, due, status: st, rag: R[st] }, { styles: [{ alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }, {}, { alignment: { horizontal: 'center' } }, {}, {}, { bold: true, color: FC[st] }] });
  }
  p.line(['Metric 10 (board) is reported by each trust separately and sits in each board’s own plan.'], { merge: ['A', 'G'], style: { italic: true, color: 'FF595959' } });
  p.line(['Status colours: blue Done, green On track, orange At risk, red Behind; black Not yet due.'], { merge: ['A', 'G'], style: { italic: true, font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional hospital GROUP of two trusts – an acute FT and a community trust – with one joint plan). Sheet 'Joint WDES plan': the group name, a bold title naming both trusts with their codes WH and LC, an italic line (each trust submits its own data), the lilac header 'No. | Metric | Action | Applies to | Group lead | Due | Status' (row 4), eight actions, then a line ruling metric 10 out and a status-colour key. Judgement calls: identity = the group as the workbook names it ('Wrayburn and Ludmere Health Group'), not either trust; 'Applies to' (WH / LC / Both) is context, never a lead; lead = Group lead as written (the '(LC)' / '(WH)' suffix kept); due = Due as typed; ref = No.; indicators from Metric using the 2021 codes ('4a, 4b', '9a, 9b' → both); status = the word, rag from its FONT colour (blue Done → blue, orange At risk → amber); black 'Not yet due' → rag null. The metric 10 line and the key are not actions. Theme null.", { mode: 'font', ragCol: 7, notFrom: ['D'], forbidden: ['Both', 'WH', 'LC'] });
}
