// holdout20-wdes-2023-24-wyebourne: ORDINARY WDES plan of a specialist BURNS AND PLASTIC SURGERY trust – title and EDI
// Improvement Plan line; header 'HIA | Metric(s) | Action | Lead | Timescale | Status | RAG | Q3 progress' with the status WORD
// unfilled and a separate FILL-ONLY RAG cell beside it; 'M4a/M4b', 'M9b', 'M4c' (read 4a); FY-quarter text; key row below.
import { Book, Plan, C, ALL_WDES21 } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout20-wdes-2023-24-wyebourne', sheet: 'WDES 23-24', standard: 'WDES', period: '2023-24', trust: 'Wyebourne Burns and Plastic Surgery NHS Trust', widths: [8, 12, 56, 30, 16, 16, 6, 42] });
  p.line(['Wyebourne Burns and Plastic Surgery NHS Trust'], { merge: ['A', 'H'], style: { bold: true, font: { size: 14 } } });
  p.line(['WDES Action Plan 2023/24 – aligned to the six high impact actions (HIA) of the NHS EDI Improvement Plan'], { merge: ['A', 'H'], style: { bold: true } });
  p.blank();
  p.header(['HIA', 'Metric(s)', 'Action', 'Lead', 'Timescale', 'Status', 'RAG', 'Q3 progress'], { style: { fill: 'FFF8CBAD' } });
  const R = { blue: C.blue, green: C.green, amber: C.amber, red: C.red };
  const data = [
    ['HIA 1', 'M10', ['10'], 'Give every Board member an objective on disability inclusion and review it at appraisal.', 'Chair', 'Q1 2023/24', 'Complete', 'blue', 'Objectives set in May.'],
    ['HIA 2', 'M1', ['1'], 'Publish disability pay gap figures alongside the gender and ethnicity pay gaps.', 'Head of Reward', 'Q4 2023/24', 'In progress', 'green', 'Data cleansed; draft report in February.'],
    ['HIA 3', 'M2', ['2'], 'Offer adjustments at every stage of recruitment, including theatre practical assessments.', 'Recruitment Manager', 'Q2 2023/24', 'Complete', 'blue', 'Adjustments question added to TRAC.'],
    ['HIA 3', 'M5', ['5'], 'Reserve places for disabled staff on the Band 6 burns care leadership course.', 'Head of Education', 'Q3 2023/24', 'In progress', 'amber', 'Only two applications; promoting again.'],
    ['HIA 4', 'M6', ['6'], 'Introduce disability leave so time for treatment and assessment is not recorded as sickness.', 'Head of HR Policy', 'Q3 2023/24', 'In progress', 'green', 'Policy at consultation.'],
    ['HIA 4', 'M8', ['8'], 'Cut the wait for workplace adjustments to four weeks with a central adjustments budget.', 'Occupational Health Lead', 'Q4 2023/24', 'Not started', 'red', 'Budget bid not approved.'],
    ['HIA 5', 'M3', ['3'], 'Check for reasonable adjustments before any formal capability stage and record the check.', 'Employee Relations Lead', 'Q2 2023/24', 'Complete', 'blue', 'Check in use.'],
    ['HIA 6', 'M4a/M4b', ['4a', '4b'], 'Train burns unit staff to respond to abuse from patients and relatives, and report it.', 'Head of Nursing, Burns', 'Q3 2023/24', 'In progress', 'amber', 'Three of six sessions run.'],
    ['HIA 6', 'M4c', ['4a'], 'Support managers to act on harassment of disabled staff by other colleagues through the civility programme.', 'Head of OD', 'Q4 2023/24', 'In progress', 'green', 'Civility champions in four teams.'],
    ['HIA 6', 'M9b', ['9b'], 'Fund the disabled staff network chair for one day a month.', 'Director of People', 'Q1 2023/24', 'Complete', 'blue', 'Agreed in April.'],
    ['All', 'All', ALL_WDES21, 'Report progress against this plan to the People Committee each quarter.', 'EDI Manager', 'Quarterly', 'In progress', 'green', 'Q1–Q3 reported.'],
  ];
  for (const [hia, m, inds, action, lead, due, st, rag, upd] of data)
    p.action([hia, m, action, lead, due, st, null, upd], { indicators: inds, action, lead, due, status: st, rag, progress: upd }, { styles: [{}, {}, {}, {}, {}, {}, { fill: R[rag] }] });
  p.blank();
  p.line(['RAG key:', 'Blue = complete', 'Green = on track', 'Amber = at risk', 'Red = not on track'], { styles: [{ bold: true }, { fill: C.blue, color: C.white }, { fill: C.green }, { fill: C.amber }, { fill: C.red, color: C.white }] });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY WDES plan of a specialist BURNS AND PLASTIC SURGERY trust: merged trust title, merged plan title naming the six high impact actions of the NHS EDI Improvement Plan, a blank row, then a peach header 'HIA | Metric(s) | Action | Lead | Timescale | Status | RAG | Q3 progress' (row 4). 'HIA N' column (not a theme) and 'All'; metrics as codes 'M1'…'M10', 'M4a/M4b', 'M9b', 'All' (= all twelve 2021+ metrics); one cell typed 'M4c' (no such metric: metric 4a has three parts – from patients/public, managers, other colleagues – that plans often number 4a/4b/4c). Leads are job titles. Timescale text FY quarters ('Q3 2023/24') and 'Quarterly'. STATUS is an UNFILLED WORD (Complete / In progress / Not started) and the RAG is a separate FILL-ONLY cell beside it (blue / green / amber / red, no text); 'In progress' is green or amber depending on the RAG cell. A key row of filled words below. Judgement calls: status = the word, rag = the fill of the RAG cell next to it (the word alone would not tell green from amber); 'M4c' is the plan's own label for the third part of metric 4a (harassment from other colleagues; 4b is about reporting it), so it is recorded as 4a; the HIA column is not a theme; the key row is not an action.", { ragCol: 'G', mode: 'fill', statusIsCell: false });
}
