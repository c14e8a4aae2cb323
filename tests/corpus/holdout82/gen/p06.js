// holdout82-wres-2022-23-hollinsbridge: a Jira Cloud filter exported with 'Export Excel (current fields)'. Jira's two banner lines, then
// the field header; issues sorted by key, so the three EPICS (one per priority) sit among the tasks that belong to them; every task
// names its epic in 'Parent summary'. Jira dates as text ('31/Mar/23'); Assignee and Reporter as 'Surname, Firstname'.
import { Book, Plan } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Hollinsbridge University Hospitals NHS Trust';
  const p = new Plan(book, { name: 'holdout82-wres-2022-23-hollinsbridge', sheet: 'general_report', standard: 'WRES', period: '2022-23', trust, widths: [10, 9, 60, 20, 20, 9, 13, 11, 17, 17, 11, 24, 44], font: { name: 'Arial', size: 10 } });
  p.line([`${trust} Jira`], { style: { bold: true, font: { size: 12 }, color: 'FF0052CC' } });
  p.line(['Displaying 13 issues at 05/Dec/22 10:14 AM.']);
  p.header(['Issue Type', 'Key', 'Summary', 'Assignee', 'Reporter', 'Priority', 'Status', 'Resolution', 'Created', 'Updated', 'Due date', 'Labels', 'Parent summary'], { border: true, style: { fill: 'FFDFE1E6' } });
  const E1 = 'WRES 2022-23 Priority 1: Fair recruitment and progression', E2 = 'WRES 2022-23 Priority 2: Fair treatment and safety at work', E3 = 'WRES 2022-23 Priority 3: Leadership and accountability';
  const rep = 'Farrant, Diane';
  const items = [
    ['Epic', 'EDI-101', E1, 'Oduya, Samuel', rep, 'High', 'In Progress', 'Unresolved', '11/Jul/22 9:02 AM', '28/Nov/22 3:40 PM', '31/Mar/23', 'WRES_Ind2 WRES_Ind7', ''],
    ['Task', 'EDI-102', 'Introduce inclusive recruitment champions on all Band 7+ interview panels', 'Khatun, Rehana', rep, 'High', 'In Progress', 'Unresolved', '11/Jul/22 9:10 AM', '21/Nov/22 11:15 AM', '31/Jan/23', 'WRES_Ind2', E1],
    ['Task', 'EDI-103', 'Publish shortlisting-to-appointment likelihood by division every six months', 'Pemberton, Lucy', rep, 'Medium', 'Done', 'Done', '11/Jul/22 9:14 AM', '03/Oct/22 2:02 PM', '30/Sep/22', 'WRES_Ind2', E1],
    ['Task', 'EDI-104', 'Open the "Next Steps" development programme to BME staff at Bands 5 and 6 in nursing and midwifery', 'Oduya, Samuel', rep, 'High', 'To Do', 'Unresolved', '11/Jul/22 9:18 AM', '11/Jul/22 9:18 AM', '28/Feb/23', 'WRES_Ind7', E1],
    ['Epic', 'EDI-105', E2, 'Marchetti, Paul', rep, 'High', 'In Progress', 'Unresolved', '11/Jul/22 9:25 AM', '30/Nov/22 10:05 AM', '31/Mar/23', 'WRES_Ind3 WRES_Ind5 WRES_Ind6', ''],
    ['Task', 'EDI-106', 'Add a cultural ambassador to every formal disciplinary case involving a BME member of staff', 'Marchetti, Paul', rep, 'High', 'Done', 'Done', '11/Jul/22 9:31 AM', '14/Oct/22 4:48 PM', '30/Sep/22', 'WRES_Ind3', E2],
    ['Task', 'EDI-107', 'Write a procedure for staff racially abused by patients, including the right to withdraw care where safe', 'Ellison, Grace', rep, 'Highest', 'Blocked', 'Unresolved', '11/Jul/22 9:36 AM', '30/Nov/22 10:05 AM', '30/Nov/22', 'WRES_Ind5', E2],
    ['Task', 'EDI-108', 'Train all ward managers in bystander intervention', 'Ellison, Grace', rep, 'Medium', 'In Progress', 'Unresolved', '11/Jul/22 9:40 AM', '17/Nov/22 1:22 PM', '31/Mar/23', 'WRES_Ind5 WRES_Ind6', E2],
    ['Task', 'EDI-109', 'Run quarterly "speak up" drop-ins with the BME network and the FTSU Guardian', '', rep, 'Low', 'To Do', 'Unresolved', '12/Jul/22 8:55 AM', '12/Jul/22 8:55 AM', '', 'WRES_Ind6 WRES_Ind8', E2],
    ['Epic', 'EDI-110', E3, 'Achterberg, Nina', rep, 'Medium', 'In Progress', 'Unresolved', '12/Jul/22 9:03 AM', '25/Nov/22 9:30 AM', '31/Mar/23', 'WRES_Ind9', ''],
    ['Task', 'EDI-111', 'Include a WRES objective in every executive director appraisal for 2022-23', 'Achterberg, Nina', rep, 'Medium', 'In Progress', 'Unresolved', '12/Jul/22 9:07 AM', '25/Nov/22 9:30 AM', '31/Dec/22', 'WRES_Ind9', E3],
    ['Task', 'EDI-112', 'Hold a board development session on the WRES results with the BME network chairs', 'Achterberg, Nina', 'Oduya, Samuel', 'Medium', 'Done', 'Done', '12/Jul/22 9:12 AM', '08/Nov/22 5:10 PM', '31/Oct/22', 'WRES_Ind9', E3],
    ['Task', 'EDI-113', 'Report ethnicity of staff on the reverse mentoring scheme and where they move to', 'Pemberton, Lucy', rep, 'Low', 'To Do', 'Unresolved', '12/Jul/22 9:20 AM', '12/Jul/22 9:20 AM', '31/Mar/23', 'WRES_Ind7 WRES_Ind9', E3],
  ];
  for (const it of items) {
    const [type, key, sum, asg, , , st, , , , due, labels, parent] = it;
    if (type === 'Epic') { p.line(it, { border: true }); continue; }
    p.action(it, { ref: key, indicators: labels.split(' ').map((x) => x.replace('WRES_Ind', '')), theme: parent, action: sum, lead: asg, due, status: st }, { styles: [{}, { color: 'FF0052CC' }] });
  }
  p.line(['Generated at Mon Dec 05 10:14:22 UTC 2022 by Diane Farrant using Jira 1001.0.0-SNAPSHOT#100211-sha1:4c1fe22.'], { style: { italic: true, color: 'FF6B778C' } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional university hospitals trust) tracked in Jira Cloud and exported with 'Export Excel (current fields)'. Sheet 'general_report': Jira's banner line ('Hollinsbridge University Hospitals NHS Trust Jira'), 'Displaying 13 issues at 05/Dec/22 10:14 AM.', then the header 'Issue Type | Key | Summary | Assignee | Reporter | Priority | Status | Resolution | Created | Updated | Due date | Labels | Parent summary' (row 3); thirteen issues sorted by key; a grey 'Generated at … using Jira …' footer. Three of the issues are EPICS (rows 4, 8, 13: one per priority, with an assignee, status, due date and labels of their own) and they sit in key order AMONG the tasks. Judgement calls: the epics are NOT actions – they are the priorities the tasks belong to (their dates and statuses roll up the work); the ten Tasks are the actions; theme = the task's Parent summary (the epic's name), not the row above; ref = Key; action = Summary; lead = Assignee as written ('Khatun, Rehana'), '' on row 12 (unassigned); Reporter (the EDI manager who raised all but one of the issues) is NEVER the lead; due = Due date as written ('31/Jan/23'), '' where blank – never Created or Updated; status = Jira Status as written ('To Do', 'In Progress', 'Done', 'Blocked'), no colour → rag null; Resolution and Priority give no field; indicators from the Labels ('WRES_Ind5 WRES_Ind6' → ['5','6']). The banner, the issue count and the footer are not actions.", { themeCol: 'M', notFrom: ['E', 'I', 'J'], forbidden: ['Farrant, Diane', '05/Dec/22 10:14 AM'] });
}
