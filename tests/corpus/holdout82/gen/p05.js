// holdout82-wdes-2021-22-gresholt: an Asana project exported to CSV and opened in Excel. One sheet named after the file; Asana's own
// column set (Task ID, Created At, Completed At, Last Modified, Name, Section/Column, Assignee, Assignee Email, Start Date, Due Date,
// Tags, Notes, Projects, Parent task). The project is a BOARD: Section/Column holds the board column (To do / Doing / Done / Blocked).
import { Book, Plan, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Gresholt Hospitals NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout82-wdes-2021-22-gresholt', sheet: 'WDES_Action_Plan_2021-22', standard: 'WDES', period: '2021-22', trust, widths: [], font: { name: 'Calibri', size: 11 } });
  p.header(['Task ID', 'Created At', 'Completed At', 'Last Modified', 'Name', 'Section/Column', 'Assignee', 'Assignee Email', 'Start Date', 'Due Date', 'Tags', 'Notes', 'Projects', 'Parent task'], { border: false, style: { bold: false } });
  const proj = `${trust} – WDES Action Plan 2021-22`;
  const F = 'dd/mm/yyyy'; const sh = (d) => (d ? shown(d, F) : '');
  const rows = [
    ['1200981123456701', D(2021, 8, 16), D(2021, 10, 29), D(2021, 10, 29), 'Add disability declaration prompts to the onboarding checklist and the annual appraisal form', 'Done', 'Bethan Pryce', 'bethan.pryce@gresholt.nhs.uk', D(2021, 9, 1), D(2021, 10, 31), 'Metric 1', 'Prompts live in both forms from October.'],
    ['1200981123456702', D(2021, 8, 16), null, D(2021, 12, 3), 'Offer disabled applicants the chance to ask for adjustments at every stage, and audit shortlisting outcomes', 'Doing', 'Tariq Aslam', 'tariq.aslam@gresholt.nhs.uk', D(2021, 9, 1), D(2022, 1, 31), 'Metric 2', 'Adjustment question added to TRAC; audit template drafted.'],
    ['1200981123456703', D(2021, 8, 16), null, D(2021, 8, 16), 'Change the capability policy so that a disability-related absence triggers an occupational health review first', 'To do', 'Mairead Quill', 'mairead.quill@gresholt.nhs.uk', null, D(2022, 3, 31), 'Metric 3', ''],
    ['1200981123456704', D(2021, 8, 17), null, D(2021, 11, 22), 'Publish a short guide for managers on responding to disability-related harassment from patients, relatives and colleagues', 'Doing', 'Bethan Pryce', 'bethan.pryce@gresholt.nhs.uk', D(2021, 10, 4), D(2021, 12, 17), 'Metric 4a, Metric 4b', 'Draft with the network for comment.'],
    ['1200981123456705', D(2021, 8, 17), null, D(2021, 11, 29), 'Add a disability field to the Datix staff incident form so that reports can be analysed', 'Blocked', 'Owen Harcourt', 'owen.harcourt@gresholt.nhs.uk', D(2021, 10, 1), D(2021, 11, 30), 'Metric 4b', 'Needs the Datix upgrade – supplier date not confirmed.'],
    ['1200981123456706', D(2021, 8, 17), null, D(2021, 8, 17), 'Run a campaign telling staff they should not come to work when unwell because of their condition, with the Wellbeing Hub', '', '', '', null, D(2022, 2, 28), 'Metric 5', ''],
    ['1200981123456707', D(2021, 8, 18), D(2021, 12, 10), D(2021, 12, 13), 'Launch the reasonable adjustments passport and a central adjustments budget', 'Done', 'Mairead Quill', 'mairead.quill@gresholt.nhs.uk', D(2021, 9, 6), D(2021, 12, 10), 'Metric 7, Metric 8', '43 passports agreed by December.'],
    ['1200981123456708', D(2021, 8, 18), null, D(2021, 12, 1), 'Set up disability listening circles after the 2021 staff survey results are published', 'To do', 'Bethan Pryce', 'bethan.pryce@gresholt.nhs.uk', null, D(2022, 3, 31), 'Metric 9a, Metric 9b', ''],
    ['1200981123456709', D(2021, 8, 18), null, D(2021, 11, 5), 'Invite the network chair to present the WDES report to the Board in public each year', 'Doing', 'Graham Lowther', 'graham.lowther@gresholt.nhs.uk', null, D(2022, 3, 24), 'Metric 10', 'On the March 2022 Board agenda.'],
  ];
  for (const [tid, cr, cp, lm, name, sec, asg, em, sd, dd, tags, notes] of rows) {
    const r = p.action([tid, cr, cp || '', lm, name, sec, asg, em, sd || '', dd, tags, notes, proj, ''], { ref: '', indicators: tags.split(', ').map((x) => x.replace('Metric ', '')), action: name, lead: asg, due: sh(dd), status: sec, completed: sh(cp), progress: notes }, { border: false });
    for (const c of ['B', 'C', 'D', 'I', 'J']) if (p.ws.getCell(`${c}${r}`).value instanceof Date) p.ws.getCell(`${c}${r}`).numFmt = F;
  }
  p.ws.eachRow((row) => row.eachCell((c) => { c.alignment = undefined; }));
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute FT) run as an Asana board and exported to CSV, opened in Excel: one sheet named after the file, no formatting, default widths. Row 1 is Asana's header 'Task ID | Created At | Completed At | Last Modified | Name | Section/Column | Assignee | Assignee Email | Start Date | Due Date | Tags | Notes | Projects | Parent task'; nine task rows follow. Excel turned the Asana dates into real dates shown dd/mm/yyyy. The trust is named only in the Projects column ('Gresholt Hospitals NHS Foundation Trust – WDES Action Plan 2021-22'); Parent task is empty (no subtasks). Judgement calls: action = Name; the project is a BOARD, so Section/Column holds the board column (To do / Doing / Done / Blocked) – it is the STATUS, not a theme (theme null); one task sits in no column (status ''); no colour → rag null; lead = Assignee (the Assignee Email is the same person and is not used), '' for the unassigned task on row 7; due = Due Date as displayed ('31/10/2021'), never Start Date, Created At or Last Modified; completed = Completed At as displayed for the two finished tasks; progress = Notes; ref '' (Task ID is Asana's system number); indicators from the Tags, the 2021 metric codes ('Metric 4a, Metric 4b' → ['4a','4b']; 'Metric 7, Metric 8' → ['7','8']).", { notFrom: ['B', 'D', 'H', 'I', 'M'], forbidden: [proj] });
}
