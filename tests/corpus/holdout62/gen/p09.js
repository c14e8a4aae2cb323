// holdout62-wdes-2023-24-ashbury: specialist children's hospital; a single LINKS column that names BOTH the HIA and the WDES metric(s)
// ('HIA 3 · WDES 4a, 4b'); refs A1–A9; frozen header; measure-of-success column; no status.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = "Ashbury Children's Hospital NHS Foundation Trust";
  const p = new Plan(book, { name: 'holdout62-wdes-2023-24-ashbury', sheet: 'WDES 2023-24', standard: 'WDES', period: '2023-24', trust, widths: [6, 58, 22, 28, 15, 40], font: { name: 'Arial', size: 10 } });
  p.line([`${trust}`], { merge: ['A', 'F'], style: { bold: true, font: { size: 13 }, color: C.purple } });
  p.line(['Workforce Disability Equality Standard – Action Plan 2023-24 (first plan since the NHS EDI Improvement Plan)'], { merge: ['A', 'F'], style: { bold: true } });
  p.line(['Links: HIA = High Impact Action (NHS EDI Improvement Plan, June 2023); WDES = WDES metric number'], { merge: ['A', 'F'], style: { italic: true, font: { size: 9 } } });
  p.header(['Ref', 'Action', 'Links', 'Lead', 'Timescale', 'Measure of success'], { style: { fill: C.lilac } });
  const acts = [
    ['A1', 'Agree a disability-inclusion objective for each executive and non-executive director, reviewed at year-end appraisal.', 'HIA 1 · WDES 10', 'Chair', 'Sept 2023', 'All Board members hold an objective.'],
    ['A2', 'Use the applicant tracking system to report shortlisting-to-appointment rates for disabled applicants every quarter.', 'HIA 2 · WDES 2', 'Head of Recruitment', 'Dec 2023', 'Quarterly report in the workforce dashboard.'],
    ['A3', 'Add disabled staff to the talent conversations held for nursing Bands 5 to 7 and track who is put forward for development.', 'HIA 2 · WDES 1', 'Deputy Chief Nurse', 'Mar 2024', 'Share of disabled staff in talent pools at least matches the workforce.'],
    ['A4', 'Include the disability pay gap in the annual pay gap report.', 'HIA 3 · —', 'Head of Reward', 'Mar 2024', 'Disability pay gap published.'],
    ['A5', 'Set up a reasonable adjustments advice service run by occupational health and the Access Network.', 'HIA 4 · WDES 7', 'Head of Occupational Health', 'Jan 2024', 'Median time to agree an adjustment under 4 weeks.'],
    ['A6', 'Support disabled staff who are abused by parents or visitors on wards with a named senior contact and follow-up.', 'HIA 6 · WDES 4a', 'Head of Patient Experience', 'Feb 2024', 'Fewer disabled staff reporting abuse from the public in the 2024 survey.'],
    ['A7', 'Run a "reasonable adjustments for managers" session in every division, with disability-related bullying as one of the cases.', 'HIA 6 · WDES 4a, 4b', 'Head of OD', 'Mar 2024', 'Sessions held in all five divisions.'],
    ['A8', 'Check formal capability cases for disabled staff each quarter with the Access Network co-chairs.', 'HIA 6 · WDES 3', 'Head of Employee Relations', 'Quarterly', 'Relative likelihood falls toward 1.0.'],
    ['A9', 'Ask the Access Network to lead a listening exercise on presenteeism and report back to the People Committee.', 'HIA 4 · WDES 5, 6', 'Access Network co-chairs', 'Nov 2023', 'Report and actions agreed by the People Committee.'],
  ];
  for (const [ref, a, link, lead, due, out] of acts) {
    const w = link.split('·')[1].trim(); const inds = w === '—' ? [] : w.replace('WDES ', '').split(/,\s*/);
    p.action([ref, a, link, lead, due, out], { ref, indicators: inds, action: a, lead, due, outcome: out });
  }
  p.blank();
  p.line(['Monitored by the Disability Equality Steering Group; reported to the People Committee in April 2024.'], { merge: ['A', 'F'], style: { font: { size: 9 } } });
  p.ws.views = [{ state: 'frozen', ySplit: 4 }];
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional specialist children's hospital foundation trust), first WDES plan after the EDI Improvement Plan: purple trust line, title, an italic line decoding the Links column, one lilac header 'Ref | Action | Links | Lead | Timescale | Measure of success' (row 4, frozen), nine actions 'A1'–'A9', a blank row and a monitoring line. ONE 'Links' COLUMN carries BOTH mappings in one cell: the High Impact Action and the WDES metric(s), joined by a middle dot ('HIA 6 · WDES 4a, 4b'; 'HIA 3 · —' where no metric applies). Judgement calls: indicators = ONLY the WDES part of the Links cell ('HIA 6 · WDES 4a, 4b' → ['4a','4b']; 'HIA 4 · WDES 5, 6' → ['5','6']; 'HIA 1 · WDES 10' → ['10']; 'HIA 3 · —' → []), never the HIA number before it; the HIA part is a mapping, noted here, no gold field and no theme (theme null); outcome = Measure of success; due = Timescale as written ('Sept 2023', 'Quarterly'); no status column (status '', rag null); the monitoring line (April 2024) is not a due.", { indCol: 'C', indAfter: '·', forbidden: ['April 2024'] });
}
