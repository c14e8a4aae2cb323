// holdout82-wdes-2025-26-tolleshunt: a Microsoft Planner plan exported to Excel. Planner's own top block (Plan name / Plan ID / Date of
// export), a blank row, then the task grid with Bucket Name, Progress, Priority, Assigned To (names joined by ';'), Created By, dates as
// text dd/mm/yyyy, Late, Completed Date / By, checklist counts and items, Labels and Description.
import { Book, Plan } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Tolleshunt and Maldon Community NHS Trust';
  const p = new Plan(book, { name: 'holdout82-wdes-2025-26-tolleshunt', sheet: 'WDES 2025-26', standard: 'WDES', period: '2025-26', trust, widths: [24, 50, 24, 12, 10, 30, 18, 12, 12, 12, 8, 7, 14, 16, 10, 50, 22, 40], font: { name: 'Calibri', size: 11 } });
  p.line(['Plan name', `WDES 2025-26 – ${trust}`], { style: { bold: true } });
  p.line(['Plan ID', 'Vq3xM8tKe0qLr2fW5dZ1NGUAGb7T']);
  p.line(['Date of export', '14/11/2025']);
  p.blank();
  p.header(['Task ID', 'Task Name', 'Bucket Name', 'Progress', 'Priority', 'Assigned To', 'Created By', 'Created Date', 'Start date', 'Due date', 'Is Recurring', 'Late', 'Completed Date', 'Completed By', 'Completed Checklist Items', 'Checklist Items', 'Labels', 'Description'], { border: false, style: { fill: 'FFDCE6F1' } });
  const B1 = 'Know our workforce (M1–M3)', B2 = 'Safe and well at work (M4–M8)', B3 = 'Voice and leadership (M9–M10)';
  const by = 'Rosalind Achebe';
  const rows = [
    ['hX0a1Qz3', 'Close the gap between ESR and staff survey disability rates', B1, 'In progress', 'Important', 'Daniel Okonkwo', '02/06/2025', '01/07/2025', '31/01/2026', 'false', '', '', '2/4', 'Payslip message;Team brief item;Network video;Re-run ESR report', 'Metric 1', 'ESR shows 7.9% disabled against 24% in the staff survey.'],
    ['hX0a1Qz4', 'Shortlisting audit of the guaranteed interview scheme in all directorates', B1, 'Not started', 'Medium', 'Daniel Okonkwo;Helen Strachan', '02/06/2025', '', '31/03/2026', 'false', '', '', '0/3', 'Agree sample;Pull TRAC data;Report to People Committee', 'Metric 2', ''],
    ['hX0a1Qz5', 'Stop formal capability for ill health until adjustments are tried and recorded', B1, 'Completed', 'Important', 'Helen Strachan', '02/06/2025', '01/06/2025', '30/09/2025', 'false', '26/09/2025', 'Rosalind Achebe', '3/3', 'Policy wording;JNCC sign-off;Manager briefing', 'Metric 3', 'Covers sickness absence and capability policies.'],
    ['hX0a1Qz6', 'Bystander training for community nursing teams on abuse from patients and visitors', B2, 'In progress', 'Urgent', 'Marguerite Olsen', '03/06/2025', '01/09/2025', '30/11/2025', 'true', '', '', '1/5', 'Book trainer;Colchester cohort;Maldon cohort;Braintree cohort;Evaluate', 'Metric 4a;Metric 4b', 'Half-day sessions for community nursing teams.'],
    ['hX0a1Qz7', 'Health and wellbeing conversations that cover long-term conditions, built into appraisal', B2, 'In progress', 'Medium', 'Marguerite Olsen', '03/06/2025', '04/08/2025', '31/03/2026', 'false', '', '', '1/2', 'Update appraisal form;Guidance note', 'Metric 5;Metric 6', ''],
    ['hX0a1Qz8', 'Reasonable adjustments: one central budget and a 6-week target from request to decision', B2, 'In progress', 'Important', 'Priyesh Varma', '03/06/2025', '01/07/2025', '27/02/2026', 'false', '', '', '2/4', 'Budget case;Finance sign-off;Process map;Publish target', 'Metric 7;Metric 8', 'Replaces the directorate budgets.'],
    ['hX0a1Qz9', 'Disability Staff Network: protected time of half a day a month for members', B3, 'Not started', 'Low', '', '04/06/2025', '', '', 'false', '', '', '0/1', 'Paper to Executive Team', 'Metric 9a', ''],
    ['hX0a1QzA', 'Network-led listening events on the engagement score gap', B3, 'Completed', 'Medium', 'Priyesh Varma', '04/06/2025', '01/06/2025', '31/07/2025', 'false', '18/07/2025', 'Rosalind Achebe', '2/2', 'Book rooms;Write up themes', 'Metric 9a;Metric 9b', 'Three events, 58 staff.'],
    ['hX0a1QzB', 'Board member with lived experience as champion for the WDES and disability network', B3, 'In progress', 'Medium', 'Helen Strachan', '04/06/2025', '01/10/2025', '31/12/2025', 'false', '', '', '0/2', 'Ask NEDs;Announce', 'Metric 10', ''],
  ];
  for (const [tid, name, bucket, prog, pri, who, cr, sd, due, late, cd, cb, cc, ci, labels, desc] of rows) {
    p.action([tid, name, bucket, prog, pri, who, by, cr, sd, due, 'false', late, cd, cb, cc, ci, labels, desc], { indicators: labels.split(';').map((x) => x.replace('Metric ', '')), theme: bucket, action: name, lead: who, due, status: prog, completed: cd }, { border: false });
  }
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional community trust) kept in Microsoft Planner and exported to Excel. Sheet 'WDES 2025-26': Planner's top block ('Plan name | WDES 2025-26 – Tolleshunt and Maldon Community NHS Trust', 'Plan ID | …', 'Date of export | 14/11/2025'), a blank row, then the task header 'Task ID | Task Name | Bucket Name | Progress | Priority | Assigned To | Created By | Created Date | Start date | Due date | Is Recurring | Late | Completed Date | Completed By | Completed Checklist Items | Checklist Items | Labels | Description' (row 5) and nine tasks. All dates are text dd/mm/yyyy; booleans are the words true / false. Judgement calls: action = Task Name; theme = Bucket Name (a column, not a row: 'Know our workforce (M1–M3)' …); status = Progress as written ('Not started', 'In progress', 'Completed'), no colour → rag null; lead = Assigned To as written, two people joined by ';' kept ('Daniel Okonkwo;Helen Strachan'), '' when unassigned (row 12); Created By (the EDI lead who set up every task) and Completed By are NEVER leads; due = Due date as written, '' on row 12 – never Start, Created or the export date; completed = Completed Date; the Checklist Items are the steps inside a task ('Book trainer;Colchester cohort;…'), NOT actions; Late, Priority, Description give no status / progress; ref '' (Task ID is Planner's system ID); indicators from the Labels ('Metric 4a;Metric 4b' → ['4a','4b']). The top block is not actions; the plan ID and export date give no field.", { themeCol: 'C', notFrom: ['G', 'H', 'I', 'N', 'P', 'R'], forbidden: ['Rosalind Achebe', '14/11/2025'] });
}
