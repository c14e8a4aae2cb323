// holdout78-wdes-2025-26-marbeck: community and mental health trust, draft v2 for the People Committee. One Action column whose cells
// are RICH TEXT: the lead in BOLD at the start ('Head of Workforce Systems: …'), the target in ITALICS at the end (' – by September
// 2025'); two actions open with no bold lead, one closes with a start ('– from May 2025, monthly'), one has no date at all. Status
// words on fills, 'Not yet due' on grey.
import { Book, Plan, C } from './lib.js';
import { fitRows } from './h.js';
export async function build() {
  const book = new Book();
  const trust = 'Marbeck Community and Mental Health NHS Trust';
  const font = { name: 'Calibri', size: 10 };
  const p = new Plan(book, { name: 'holdout78-wdes-2025-26-marbeck', sheet: 'Plan', standard: 'WDES', period: '2025-26', trust, widths: [6, 10, 74, 14, 40], font });
  p.line([trust], { merge: ['A', 'E'], style: { bold: true, font: { size: 12 } } });
  p.line(['WDES action plan 2025-26 – draft v2 for the People Committee, 22 May 2025'], { merge: ['A', 'E'], style: { bold: true } });
  p.line(['Lead shown in bold at the start of each action; target date in italics at the end.'], { merge: ['A', 'E'], style: { italic: true, color: 'FF7F7F7F' } });
  p.header(['No.', 'Metric', 'Action', 'Status', 'Update (Sept 2025)'], { style: { fill: C.lilac } });
  p.ws.views = [{ state: 'frozen', ySplit: 4 }];
  const F = { 'On track': C.goodG, Complete: C.lightblue, 'At risk': C.neutralA, 'Not yet due': C.grey };
  const R = { 'On track': 'green', Complete: 'blue', 'At risk': 'amber', 'Not yet due': null };
  const rich = (lead, body, tail) => ({ richText: [...(lead ? [{ text: `${lead}: `, font: { ...font, bold: true } }] : []), { text: body, font: { ...font } }, ...(tail ? [{ text: ` – ${tail}`, font: { ...font, italic: true } }] : [])] });
  const rows = [
    // [no, metric, lead, body, tail, status, update, due]
    ['1', '1', 'Head of Workforce Systems', 'Move disability declaration onto the new ESR self-service app and prompt every colleague to check their record when they next log in', 'by September 2025', 'On track', 'App prompt live for Bands 2–7; medical staff to follow.', 'September 2025'],
    ['2', '2', 'Recruitment Lead', 'Add a guaranteed interview check to the TRAC shortlisting screen so that no eligible disabled applicant is missed', 'Q2 2025/26', 'Complete', 'Check built and tested; in use since 1 August.', 'Q2 2025/26'],
    ['3', '3', '', 'Pilot an independent review of every capability case involving a disabled colleague in the two inpatient units before it reaches a formal hearing', 'by end of Q3', 'On track', 'Reviewer pool of four agreed.', 'end of Q3'],
    ['4', '4a', 'Freedom to Speak Up Guardian and Disability Network', 'Hold drop-in sessions at every community hub for disabled colleagues who have experienced abuse from patients or the public', 'from May 2025, monthly', 'On track', 'Sessions held at 6 of 9 hubs.', ''],
    ['5', '4b', 'Head of Health & Safety', 'Make it possible to flag disability-related abuse on the incident reporting form and report the numbers to the People Committee each quarter', 'by December 2025', 'At risk', 'Form change waiting for the supplier; new date being agreed.', 'December 2025'],
    ['6', '5', 'Associate Director of OD', 'Reserve two places on each cohort of the Trust\'s "Lead the Way" programme for disabled colleagues, with adjustments agreed at application', 'by January 2026', 'Not yet due', '', 'January 2026'],
    ['7', '6', '', 'Update the attendance management policy so that disability-related absence is recorded separately and does not count towards formal triggers', '', 'At risk', 'Staff side have asked for more time to consult members.', ''],
    ['8', '8', 'Occupational Health Manager', 'Cut the time it takes to put reasonable adjustments in place to six weeks, using one request form and a central budget', 'by March 2026', 'Not yet due', 'Central budget of £40k approved in July.', 'March 2026'],
    ['9', '9a, 9b', 'Chief People Officer', 'Agree protected time for the Disability Network chair and vice-chair and give the network a standing item at the People Committee', 'by June 2025', 'Complete', 'Agreed in June: one day a month each.', 'June 2025'],
    ['10', '10', 'Chair', 'Invite Board members to a confidential refresh of their disability declaration at the annual Board development day', 'by March 2026', 'Not yet due', '', 'March 2026'],
  ];
  for (const [no, met, lead, body, tail, st, upd, due] of rows) {
    const cell = rich(lead, body, tail); const action = cell.richText.map((x) => x.text).join('');
    p.action([no, met, cell, st, upd], { ref: no, indicators: met.split(', '), action, lead, due, status: st, rag: R[st], progress: upd, dueSource: due ? 'action text' : null }, { styles: [{ alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }, {}, { fill: F[st] }, {}] });
  }
  p.blank();
  p.line(['Metric 7 is covered by the staff engagement actions in the People Plan. Status: On track (green), Complete (blue), At risk (amber), Not yet due (grey).'], { merge: ['A', 'E'], style: { italic: true, font: { size: 9 } } });
  fitRows(p, 13);
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional community and mental health trust), a draft for committee. Sheet 'Plan': trust name, title ('WDES action plan 2025-26 – draft v2 for the People Committee, 22 May 2025'), a grey italic line ('Lead shown in bold at the start of each action; target date in italics at the end.'), the lilac header 'No. | Metric | Action | Status | Update (Sept 2025)' (row 4, frozen), ten actions and a note / status-key line. There is no Lead or date column: each Action cell is RICH TEXT – a BOLD opening run naming the lead and a colon ('Head of Workforce Systems: '), the action, and an ITALIC closing run after a dash giving the target (' – by September 2025', ' – Q2 2025/26', ' – by end of Q3'). Actions 3 and 7 open with no bold lead; action 4 closes with a start and a frequency (' – from May 2025, monthly'); action 7 has no italic date. Judgement calls: action = the whole cell as a person reads it (bold lead and italic date included, as holdout57 keeps owner lines in the action); lead = the bold opening without its colon, kept whole where it names two ('Freedom to Speak Up Guardian and Disability Network'), '' for actions 3 and 7; due = the italic closing phrase without 'by' ('September 2025', 'Q2 2025/26', 'end of Q3', 'March 2026'), dueSource 'action text' (it is part of the action's own text, not behind a label or in a column – holdout59 and holdout24 record column dues as 'column'); 'from May 2025, monthly' is a start and a frequency → due '' (null); action 7 → ''. Status = the word, rag from its fill (On track green, Complete light blue → blue, At risk amber, Not yet due grey → null); progress = the Update cell (its dates – 1 August, July, June – are progress); ref = No.; indicators from Metric (2025 codes: '4a', '4b', '9a, 9b'); theme null. The draft / committee date (22 May 2025) is no due; the key lines are not actions.", { mode: 'fill', ragCol: 4, richLead: { col: 'C' }, textFields: { col: 'C', due: [' – (?:by )?(?!from )([^–]+)$'] }, dueSourceIs: 'action text', forbidden: ['May 2025', '22 May 2025', 'from May 2025, monthly'] });
}
