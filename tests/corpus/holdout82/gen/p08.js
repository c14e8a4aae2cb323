// holdout82-wres-2024-25-marlhurst: 'Export data' from a table visual on the trust's Power BI EDI dashboard. Sheet 'Export', every
// value text; the date columns came out of the model as SERIAL NUMBERS TYPED AS TEXT ('45747'); separate Status and RAG columns, the RAG
// as a word with no colour; Power BI's 'Applied filters' note in the last row.
import { Book, Plan, D } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Marlhurst and Teign Valley NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout82-wres-2024-25-marlhurst', sheet: 'Export', standard: 'WRES', period: '2024-25', trust, widths: [40, 14, 10, 11, 60, 28, 12, 14, 8, 50, 12], font: { name: 'Segoe UI', size: 10 } });
  p.header(['Organisation', 'Financial Year', 'Indicator', 'Action Ref', 'Action', 'Action Owner', 'Target Date', 'Status', 'RAG', 'Latest Update', 'Update Date'], { border: false });
  const ser = (d) => String(Math.round((d - Date.UTC(1899, 11, 30)) / 86400000));
  const dd = (d) => { const x = new Date(d); return `${String(x.getUTCDate()).padStart(2, '0')}/${String(x.getUTCMonth() + 1).padStart(2, '0')}/${x.getUTCFullYear()}`; };
  const RAG = { Green: 'green', Amber: 'amber', Red: 'red', Blue: 'blue' };
  const rows = [
    ['1', 'MW-01', 'Set representation goals for Black, Asian and minority ethnic staff at Band 8a and above for each division, in line with the Model Employer aims.', 'Director of People', D(2024, 9, 30), 'Complete', 'Blue', 'Goals agreed at People Committee in September.', D(2024, 10, 2)],
    ['2', 'MW-02', 'Put an inclusion adviser on every shortlisting and interview panel for Band 7 and above, and record where the advice was not followed.', 'Head of Resourcing', D(2025, 3, 31), 'On track', 'Green', '112 panels with an adviser since May.', D(2024, 11, 18)],
    ['2', 'MW-03', 'Reduce the time from offer to start for international recruits so that they are not lost at conditional offer stage.', 'International Recruitment Lead', D(2025, 1, 31), 'At risk', 'Amber', 'OSCE places limited until February.', D(2024, 11, 18)],
    ['3', 'MW-04', 'Audit every case moved to formal disciplinary for staff from ethnic minority backgrounds against the decision-making tree.', 'Head of Employee Relations', D(2024, 12, 20), 'On track', 'Green', 'Q2 audit: 14 cases, 3 stepped down.', D(2024, 11, 12)],
    ['4', 'MW-05', 'Publish access to non-mandatory training and CPD by ethnicity each quarter from the learning system.', 'Head of Education', 'TBC', 'Not started', 'Red', 'Report build waiting on the data warehouse.', D(2024, 10, 28)],
    ['5', 'MW-06', 'Give every ward and department a "no excuse for abuse" pack, with a clear route for staff to report racist abuse from patients.', 'Associate Director of Nursing', D(2024, 11, 29), 'Complete', 'Blue', 'Packs in all 64 areas.', D(2024, 12, 2)],
    ['6', 'MW-07', 'Introduce a racial harassment reporting route staffed by trained network members.', 'EDI Manager', D(2025, 2, 28), 'At risk', 'Amber', 'Five of twelve network advisers trained.', D(2024, 11, 25)],
    ['7', 'MW-08', 'Run the "Stepping Up" leadership programme for 24 staff at Bands 5–7 and track their moves for two years.', 'Head of OD', D(2025, 3, 31), 'On track', 'Green', 'Cohort started October.', D(2024, 10, 15)],
    ['8', 'MW-09', 'Train all line managers at Band 7 and above in the new civility and respect standards.', 'Head of OD', 'Ongoing', 'On track', 'Green', '61% trained.', D(2024, 11, 25)],
    ['9', 'MW-10', 'Ask the Council of Governors to agree a board diversity statement before the next non-executive recruitment.', 'Company Secretary', D(2025, 3, 14), 'Not started', 'Red', '', D(2024, 9, 9)],
  ];
  for (const [ind, ref, act, own, due, st, rag, upd, ud] of rows) {
    const dueText = due instanceof Date ? ser(due) : due;
    p.action([trust, '2024/25', ind, ref, act, own, dueText, st, rag, upd, ser(ud)], { ref, indicators: [ind], action: act, lead: own, due: due instanceof Date ? dd(due) : due, status: st, rag: RAG[rag], progress: upd }, { border: false });
  }
  p.line(['Applied filters:\nFinancial Year is 2024/25\nStandard is WRES\nAction Status is not Withdrawn'], { height: 60 });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute and community FT) held in the trust's EDI data model and exported with Power BI's 'Export data' from a table visual. Sheet 'Export': one header 'Organisation | Financial Year | Indicator | Action Ref | Action | Action Owner | Target Date | Status | RAG | Latest Update | Update Date' (row 1), ten action rows, and in the last row Power BI's note 'Applied filters: Financial Year is 2024/25 / Standard is WRES / Action Status is not Withdrawn'. EVERY VALUE IS TEXT; Target Date and Update Date came out as Excel SERIAL NUMBERS TYPED AS TEXT ('45565'), two target dates as words ('TBC', 'Ongoing'). Judgement calls: a careful reader recognises '45565' under Target Date as a date serial and reads it as the date it stands for (1900 system: 45565 → 30/09/2024; gold written dd/mm/yyyy); the words are kept as written; Update Date is never the due; ref = Action Ref; lead = Action Owner; status = the Status word; rag = the RAG column's word (Blue = complete → blue, Green, Amber, Red) – a word with no fill, but a column that says what colour the action is; progress = Latest Update; indicators from the Indicator column. Organisation and Financial Year repeat on every row and give no field; the applied-filters note is not an action (and tells us that withdrawn actions are not in the export). Theme null.", { mode: 'word', ragCol: 9, statusIsCell: false, words: RAG, textSerials: { col: 'G', also: ['K'] }, notFrom: ['A', 'B', 'K'] });
}
