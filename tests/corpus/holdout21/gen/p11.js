// holdout21-wres-2025-26-fennick: ORDINARY WRES tracker of a TWO-SITE ACUTE trust with a large INTERNATIONALLY RECRUITED
// workforce, Aptos 11 – title, subtitle, an 'Owner | Version | Last reviewed' row of three cells; header 'No | WRES indicator |
// Action | Executive owner | Operational lead | Start date | Completion date | Status' (lead = Operational lead, due = Completion
// date); 'Indicator 2 – Shortlisting to appointment'; dd/mm/yyyy; status words on PALE fills; key line below.
import { Book, Plan, C, D, shown, ALL_WRES } from './lib.js';
export async function build() {
  const book = new Book();
  const font = { name: 'Aptos', size: 11 };
  const p = new Plan(book, { name: 'holdout21-wres-2025-26-fennick', sheet: 'WRES tracker', standard: 'WRES', period: '2025-26', trust: 'Fennick Valley Hospitals NHS Trust', widths: [5, 34, 56, 24, 30, 13, 15, 13], font });
  p.line(['Fennick Valley Hospitals NHS Trust'], { style: { bold: true, font: { ...font, size: 16 } } });
  p.line(['Workforce Race Equality Standard: action tracker 2025/26'], { style: { bold: true, font: { ...font, size: 12 } } });
  p.line(['Owner: Deputy Chief People Officer', '', 'Version 2.0', '', 'Last reviewed 14/11/2025'], { style: { italic: true } });
  p.blank();
  const h = p.header(['No', 'WRES indicator', 'Action', 'Executive owner', 'Operational lead', 'Start date', 'Completion date', 'Status'], { style: { fill: 'FF44546A', color: C.white } });
  p.ws.autoFilter = `A${h}:H${h}`;
  const S = { Completed: ['FFBDD7EE', 'blue'], 'On track': [C.goodG, 'green'], 'At risk': [C.neutralA, 'amber'], 'Off track': [C.badR, 'red'] };
  const F = 'dd/mm/yyyy';
  const data = [
    ['Indicator 1 – Workforce by band', ['1'], 'Set divisional targets for BME representation at Band 8a and above, in line with the Model Employer goals.', 'Chief People Officer', 'Head of Workforce Planning', D(2025, 4, 1), D(2025, 9, 30), 'Completed'],
    ['Indicator 2 – Shortlisting to appointment', ['2'], 'Use diverse interview panels with a trained inclusion panel member for every post at Band 7 and above.', 'Chief People Officer', 'Head of Resourcing', D(2025, 5, 1), D(2026, 3, 31), 'On track'],
    ['Indicator 2 – Shortlisting to appointment', ['2'], 'Give internationally recruited nurses interview coaching for their first Band 6 applications.', 'Chief Nurse', 'Lead for International Recruitment', D(2025, 6, 1), D(2026, 1, 31), 'At risk'],
    ['Indicator 3 – Formal disciplinary process', ['3'], 'Require a second-level review of every decision to start a formal disciplinary investigation, with cultural context considered.', 'Chief People Officer', 'Head of Employee Relations', D(2025, 4, 1), D(2025, 7, 31), 'Completed'],
    ['Indicator 4 – Non-mandatory training', ['4'], 'Publish CPD funding decisions by ethnicity and staff group every six months.', 'Chief Nurse', 'Head of Education', D(2025, 7, 1), D(2026, 3, 31), 'On track'],
    ['Indicator 5 – Harassment from patients and public', ['5'], 'Roll out the "Respect our staff" policy so that patients who racially abuse staff get a warning letter.', 'Chief Operating Officer', 'Head of Security', D(2025, 6, 1), D(2025, 12, 31), 'Off track'],
    ['Indicator 6 – Harassment from staff', ['6'], 'Deliver the "Civility and respect" toolkit to every ward team at both sites.', 'Chief Nurse', 'Head of Organisational Development', D(2025, 9, 1), D(2026, 3, 31), 'On track'],
    ['Indicator 7 – Career progression', ['7'], 'Offer every internationally educated nurse and midwife a career conversation within 12 months of arrival.', 'Chief Nurse', 'Lead for International Recruitment', D(2025, 4, 1), D(2026, 3, 31), 'At risk'],
    ['Indicator 8 – Discrimination', ['8'], 'Train managers to respond to reports of discrimination within five working days, and audit response times.', 'Chief People Officer', 'Head of Employee Relations', D(2025, 10, 1), D(2026, 3, 31), 'On track'],
    ['Indicator 9 – Board representation', ['9'], 'Include a BME colleague in the recruitment of every executive and non-executive director.', 'Chair', 'Trust Secretary', D(2025, 4, 1), D(2026, 3, 31), 'On track'],
    ['Indicators 1–9', ALL_WRES, 'Include WRES progress in the Board\'s quarterly integrated performance report.', 'Chief People Officer', 'Head of Inclusion', D(2025, 4, 1), D(2025, 6, 30), 'Completed'],
  ];
  let n = 0;
  for (const [ind, inds, action, exec, lead, s, e, st] of data)
    p.action([++n, ind, action, exec, lead, s, e, st], { ref: String(n), indicators: inds, action, lead, due: shown(e, F), status: st, rag: S[st][1] }, { styles: [{}, {}, {}, {}, {}, { numFmt: F }, { numFmt: F }, { fill: S[st][0] }] });
  p.blank();
  p.line(['Status: Completed (pale blue); On track (pale green); At risk (pale yellow); Off track (pale red).'], { style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY 2025/26 WRES tracker of a TWO-SITE ACUTE trust with a large internationally recruited workforce, Aptos 11: unmerged title lines in A (trust; 'Workforce Race Equality Standard: action tracker 2025/26'), then ONE ROW of three italic cells ('Owner: Deputy Chief People Officer' in A, 'Version 2.0' in C, 'Last reviewed 14/11/2025' in E), a blank row, then a slate header 'No | WRES indicator | Action | Executive owner | Operational lead | Start date | Completion date | Status' (row 5, autofilter). Numbers 1–11 (ref '1'…'11'); indicators written 'Indicator N – short title', 'Indicators 1–9' (= all nine). Executive owner is a director; Operational lead a job title. Start and Completion dates are real dates dd/mm/yyyy. Status words on PALE fills: Completed pale blue, On track pale green, At risk pale yellow, Off track pale red; a key line under the table. Judgement calls: lead = Operational lead (not Executive owner); due = Completion date, not Start date; the pale fills are the RAG (pale blue = blue); the owner / version / reviewed row is not an action (its cells sit in the No, Action and Operational lead columns); theme null.", { ragCol: 'H', mode: 'fill', dueFrom: ['G'], notFrom: ['D', 'F'] });
}
