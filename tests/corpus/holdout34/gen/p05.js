// holdout34-wres-2023-24-wealdbrook: a POWER BI table visual exported with 'Export data' – bare field-name header on row 1, rows
// sorted by Action Title (not by indicator), a 'Total' row summing the only numeric field, and Power BI's 'Applied filters:' cell
// (organisation, standard, year) after the data. No title, no formatting.
import { Book, Plan, D } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout34-wres-2023-24-wealdbrook', sheet: 'Export', standard: 'WRES', period: '2023-24', trust: 'Wealdbrook Hospitals NHS Trust', widths: [10, 60, 22, 16, 24, 12, 10, 55, 14], font: { name: 'Calibri', size: 11 } });
  p.header(['Action Ref', 'Action Title', 'Workstream', 'WRES Indicator', 'Responsible Officer', 'Target Date', 'RAG Status', 'Latest Commentary', 'Count of Milestones'], { border: false, style: { bold: false } });
  const dd = { numFmt: 'dd/mm/yyyy' };
  const rows = [
    ['WHT-R07', 'Agree a fair-process checklist for all investigations into BME staff, signed off by a senior manager before the case proceeds', 'Employee relations', '3', 'Head of Employee Relations', D(2023, 12, 31), 'Green', 'Checklist in use since October; 11 cases through it.', 3],
    ['WHT-R02', 'Appoint cultural ambassadors to sit on every Band 8a+ interview panel', 'Recruitment', '2', 'Head of Recruitment', D(2024, 3, 31), 'Amber', '14 ambassadors trained; 64% of panels covered.', 4],
    ['WHT-R09', 'Bring the WRES and the race pay gap report to the Board in public in the same meeting', 'Governance', '9', 'Director of Corporate Affairs', D(2023, 10, 26), 'Blue', 'Presented 26 October.', 1],
    ['WHT-R05', 'Deliver "Active Bystander" training to all ward managers in the Emergency and Medicine divisions', 'Culture', '5, 6', 'Associate Director of OD', D(2024, 3, 31), 'Amber', '212 of 340 ward managers trained.', 2],
    ['WHT-R01', 'Extend the Stepping Up leadership programme to 30 BME staff at Bands 5–7', 'Progression', '1, 7', 'Head of Leadership Development', D(2024, 1, 31), 'Green', 'Cohort 3 started in November with 31 staff.', 3],
    ['WHT-R04', 'Monitor non-mandatory training approvals by ethnicity through the new study leave form', 'Education', '4', 'Head of Education', D(2024, 2, 29), 'Red', 'Form change not yet made by the e-learning supplier.', 2],
    ['WHT-R06', 'Offer every international nurse a named buddy and a check-in at six weeks', 'Culture', '6, 8', 'Chief Nurse', D(2023, 11, 30), 'Blue', 'In place for all cohorts since September.', 2],
    ['WHT-R03', 'Review the last 12 months of shortlisting outcomes by ethnicity for each division', 'Recruitment', '2', 'Workforce Intelligence Lead', D(2023, 9, 29), 'Blue', 'Done; Surgery and Women\'s had the widest gaps.', 1],
    ['WHT-R08', 'Set up quarterly listening events between the Chief Executive and the Race Equality Network', 'Culture', '8', 'Chief Executive', D(2024, 3, 28), 'Green', 'Two held; next in February.', 4],
  ];
  const ragw = { Green: 'green', Amber: 'amber', Red: 'red', Blue: 'blue' };
  for (const [ref, title, ws_, ind, who, due, rag, com, n] of rows) {
    const d = [String(due.getUTCDate()).padStart(2, '0'), String(due.getUTCMonth() + 1).padStart(2, '0'), due.getUTCFullYear()].join('/');
    p.action([ref, title, ws_, ind, who, due, rag, com, n], { ref, theme: null, indicators: ind.split(', '), action: title, lead: who, due: d, status: rag, rag: ragw[rag], progress: com }, { border: false, styles: [{}, {}, {}, {}, {}, dd] });
  }
  p.line(['Total', null, null, null, null, null, null, null, rows.reduce((s, r) => s + r[8], 0)]);
  p.blank();
  p.line(['Applied filters:\nOrganisation is Wealdbrook Hospitals NHS Trust\nStandard is WRES\nReporting Year is 2023/24\nArchived is False'], { style: { alignment: { wrapText: true } } });
  p.saveGold('Power BI \'Export data\' of a table visual from an acute trust\'s EDI dashboard. Sheet \'Export\'; row 1 is the bare field-name header \'Action Ref | Action Title | Workstream | WRES Indicator | Responsible Officer | Target Date | RAG Status | Latest Commentary | Count of Milestones\' (not bold, no title); nine actions SORTED ALPHABETICALLY BY ACTION TITLE, so refs and indicators come out of order (WHT-R07, WHT-R02, WHT-R09 …); a \'Total\' row sums Count of Milestones; after a blank row ONE cell holds Power BI\'s \'Applied filters:\' block with line breaks – the only place the trust (\'Organisation is Wealdbrook Hospitals NHS Trust\') and the year (\'Reporting Year is 2023/24\') are written. Judgement calls: the Total row and the filters cell are non-action rows; identity from the filters; ref = Action Ref; indicators from the bare numbers (\'5, 6\'); lead = Responsible Officer; due = Target Date as shown (dd/mm/yyyy); status = the RAG word and rag from it (Blue = complete); progress = Latest Commentary; Workstream is a per-row word, not a section, so theme null; Count of Milestones gives no field; actions kept in sheet order (not re-sorted).', { rag: { col: 'G', words: ragw }, exact: { ref: 'A', lead: 'E', due: 'F', status: 'G', progress: 'H' }, notFrom: ['C', 'I'] });
  await book.save('holdout34-wres-2023-24-wealdbrook.xlsx');
}
