// holdout19-wdes-2022-23-saltmarsh: NEW LAYOUT – DATES PASTED AS EXCEL SERIAL NUMBERS IN GENERAL FORMAT. A coastal DGH
// copied its WDES tracker with Paste Values into a fresh sheet: the formula-driven 'Target date' and 'Date updated'
// columns came across as bare serials (44834, 44926 …) in the General format, so they SHOW as five-digit numbers; the
// typed text timescales ('Ongoing', 'Quarterly') survived as text.
import { Book, Plan, C, D, ALL_WDES21 } from './lib.js';
const serial = (d) => Math.round((d.getTime() - Date.UTC(1899, 11, 30)) / 86400000);
const p2 = (n) => String(n).padStart(2, '0');
const uk = (d) => `${p2(d.getUTCDate())}/${p2(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
export async function build() {
  const book = new Book();
  const font = { name: 'Calibri', size: 11 };
  const p = new Plan(book, { name: 'holdout19-wdes-2022-23-saltmarsh', sheet: 'Sheet1', standard: 'WDES', period: '2022-23', trust: 'Saltmarsh Coast Hospitals NHS Trust', widths: [5, 16, 56, 26, 12, 12, 40, 13], font });
  p.line(['Saltmarsh Coast Hospitals NHS Trust'], { style: { bold: true } });
  p.line(['WDES Action Plan 2022-23 – copied from the EDI tracker (values only), 12/10/2022'], { style: { bold: true } });
  p.blank();
  p.header(['No', 'WDES Metric', 'Action', 'Lead', 'Target date', 'Status', 'Update', 'Date updated'], { style: { fill: C.palegrey } });
  const S = { Complete: [C.lightblue, 'blue'], 'On track': [C.lightgreen, 'green'], Delayed: [C.amber, 'amber'], 'Not started': [C.red, 'red'] };
  const data = [
    ['Metric 1', ['1'], 'Run a disability declaration campaign on ESR self-service before the 2022 staff survey.', 'Workforce Information Manager', D(2022, 9, 30), 'Complete', 'Declaration rate now 5.8%.', D(2022, 10, 3)],
    ['Metric 2', ['2'], 'Guarantee an interview to disabled applicants meeting the essential criteria and check it is applied on TRAC.', 'Recruitment Manager', D(2022, 12, 31), 'On track', 'TRAC report built.', D(2022, 10, 3)],
    ['Metric 3', ['3'], 'Review every formal capability case involving a disabled member of staff at the monthly ER panel.', 'Employee Relations Lead', 'Ongoing', 'On track', 'Three cases reviewed.', D(2022, 9, 28)],
    ['Metric 4a', ['4a'], 'Give staff in the emergency department a way to report abuse from patients that records disability.', 'ED Matron', D(2022, 11, 30), 'Delayed', 'Datix change queued behind other requests.', D(2022, 10, 5)],
    ['Metrics 4a & 4b', ['4a', '4b'], 'Add disability as a reason in the Freedom to Speak Up log and report the themes.', 'FTSU Guardian', 'Quarterly', 'On track', 'First themed report in Q2.', D(2022, 10, 5)],
    ['Metric 5', ['5'], 'Offer the "Next Step" career coaching to disabled staff at Bands 4–7.', 'Head of OD', D(2023, 3, 31), 'Not started', 'Coaching budget bid submitted.', D(2022, 9, 30)],
    ['Metric 6', ['6'], 'Brief managers on supporting staff with long-term conditions to stay away from work when unwell.', 'Head of Occupational Health', D(2023, 1, 31), 'On track', 'Briefing pack drafted.', D(2022, 10, 4)],
    ['Metric 8', ['8'], 'Set up a Health Passport and a central reasonable adjustments budget.', 'Head of Occupational Health', D(2022, 8, 31), 'Complete', 'Passport launched 24 August.', D(2022, 9, 1)],
    ['Metric 9a', ['9a'], 'Act on the staff survey engagement gap with a "you said, we did" session led by the Disability Network.', 'Disability Network Chair', D(2023, 2, 28), 'Not started', '', D(2022, 9, 30)],
    ['Metric 9b', ['9b'], 'Give the Disability Network chair and vice-chair protected time and a budget.', 'Chief People Officer', D(2022, 7, 31), 'Complete', 'Agreed at Executive Team.', D(2022, 8, 2)],
    ['Metric 10', ['10'], 'Ask Board members to declare their disability status in the annual declarations of interest.', 'Trust Secretary', D(2023, 3, 31), 'Delayed', 'Form not yet changed.', D(2022, 10, 6)],
    ['All metrics', ALL_WDES21, 'Report progress on this plan to the People Committee every quarter.', 'Chief People Officer', 'Quarterly', 'On track', 'Q1 report received.', D(2022, 10, 6)],
  ];
  let n = 0; const dueCells = [];
  for (const [m, inds, action, lead, due, st, upd, on] of data) {
    const ref = String(++n); const isDate = due instanceof Date;
    const r = p.action([n, m, action, lead, isDate ? serial(due) : due, st, upd || null, serial(on)], { ref, indicators: inds, action, lead, due: isDate ? uk(due) : due, status: st, rag: S[st][1], progress: upd }, { styles: [{}, {}, {}, {}, {}, { fill: S[st][0] }] });
    dueCells.push(r);
  }
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) with a real-world layout NO EARLIER BATCH HAS: DATES PASTED AS EXCEL SERIAL NUMBERS IN GENERAL FORMAT. A coastal district general hospital copied its WDES tracker into a new workbook with Paste Values, so the formula-driven date columns lost their date format: 'Target date' and 'Date updated' hold bare serial numbers in the GENERAL format and SHOW as five-digit numbers (44834, 44926, 44895 …); the two typed timescales ('Ongoing', 'Quarterly') survived as text. Rows 1–2 (unmerged, column A): trust and 'WDES Action Plan 2022-23 – copied from the EDI tracker (values only), 12/10/2022'; row 4 a plain grey header 'No | WDES Metric | Action | Lead | Target date | Status | Update | Date updated'. Numbers 1–12 as numbers; 'Metric N', 'Metrics 4a & 4b', 'Metric 9a', 'Metric 9b', 'All metrics' (= all twelve 2021+ metrics); job-title leads; status words filled Complete light blue / On track light green / Delayed amber / Not started red; one update empty. Gold due = the DATE each serial stands for (Excel's 1900 date system), written dd/mm/yyyy as a UK reader would say it (44834 → 30/09/2022, 44926 → 31/12/2022); the text timescales are kept as written. Judgement calls: a careful reader of a 'Target date' column full of numbers like 44926 recognises Excel date serials and reads them as dates (not as numbers and not as no due); 'Date updated' is the date of the last update, not the due, and is no gold field; the ref is the 'No' number.", { ragCol: 'F', mode: 'fill', serialDates: { col: 'E', also: ['H'] } });
}
