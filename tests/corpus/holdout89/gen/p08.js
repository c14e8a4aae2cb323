// holdout89-wres-2024-25-thurlmere: a MENTAL HEALTH, learning disability and community trust's WRES plan in the EDI Improvement Plan era:
// a column mapping each action to the Plan's High Impact Actions (numbers that are not WRES indicators), an Accountable (Exec) column
// beside the Responsible one, quarters as deadlines, the RAG written as colour words on matching fills; key and notes at the foot.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Thurlmere Health and Care NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout89-wres-2024-25-thurlmere', sheet: 'WRES AP 2024-25', standard: 'WRES', period: '2024-25', trust, widths: [6, 50, 10, 12, 22, 26, 11, 9, 38], font: { name: 'Arial', size: 9 } });
  p.line(['Workforce Race Equality Standard (WRES) Action Plan 2024-25'], { merge: ['A', 'I'], style: { bold: true, font: { size: 14 }, color: C.purple } });
  p.line([`${trust} · approved by the Board of Directors, 30 July 2024`], { merge: ['A', 'I'], style: { color: C.purple } });
  p.blank();
  p.header(['Ref', 'Action', 'WRES indicator', 'EDI Improvement Plan HIA', 'Accountable (Exec)', 'Responsible', 'Deadline', 'RAG', 'Update (Q2)'], { style: { fill: C.purple, color: C.white }, height: 30 });
  const FILL = { Green: C.green, Amber: C.amber, Red: C.red, Blue: C.lightblue };
  const RAG = { Green: 'green', Amber: 'amber', Red: 'red', Blue: 'blue' };
  const rows = [
    ['T1', 'Give each care group a BME representation target for Band 7 and above, tracked on the care group workforce dashboard.', 'Ind 1', 'HIA 3', 'Chief People Officer', 'Head of Workforce Intelligence', 'Q2 24/25', 'Blue', 'Targets agreed with all four care groups.', ['1']],
    ['T2', 'Use diverse interview panels and a structured scoring sheet for all Band 6+ posts in inpatient and crisis services.', 'Ind 2', 'HIA 2', 'Chief People Officer', 'Head of Resourcing', 'Q3 24/25', 'Green', 'Panels 82% diverse in Q2.', ['2']],
    ['T3', 'Apply the Just and Learning Culture check before any formal disciplinary, with a monthly audit of decisions by ethnicity.', 'Ind 3', 'HIA 6', 'Chief People Officer', 'Deputy Director of People', 'Q1 24/25', 'Blue', 'In place; audit reported to People Committee.', ['3']],
    ['T4', 'Publish uptake of CPD funding and the apprenticeship levy by ethnicity and staff group each half-year.', 'Ind 4', 'HIA 2', 'Chief Nurse', 'Head of Learning & Development', 'Q4 24/25', 'Amber', 'Learning system report not yet built.', ['4']],
    ['T5', 'Roll out the sexual safety and racism charter on every inpatient ward and support staff to press charges when they are racially abused by patients.', 'Ind 5', 'HIA 6', 'Chief Operating Officer', 'Head of Security & Violence Reduction', 'Q3 24/25', 'Red', 'Police liaison post vacant since August.', ['5']],
    ['T6', 'Train Speaking Up champions from the Race Equality Network and report the themes of race-related concerns to the Board each quarter.', 'Ind 6, 8', 'HIA 6', 'Director of Corporate Affairs', 'Freedom to Speak Up Guardian', 'Q4 24/25', 'Green', '11 champions trained.', ['6', '8']],
    ['T7', 'Run the Stepping Up programme for BME staff at Bands 5–7 and track promotions of past participants.', 'Ind 7', 'HIA 2, 5', 'Chief Nurse', 'Head of Leadership & OD', 'Mar-25', 'Amber', 'Cohort delayed to January for release of ward staff.', ['7']],
    ['T8', 'Set an EDI objective for every Board member and report progress in the annual appraisal of executives and NEDs.', 'Ind 9', 'HIA 1', 'Chair', 'Trust Secretary', 'Q1 24/25', 'Blue', 'Objectives set in April.', ['9']],
  ];
  for (const [ref, act, ind, hia, acc, resp, dl, rag, upd, inds] of rows) {
    p.action([ref, act, ind, hia, acc, resp, dl, rag, upd], { ref, indicators: inds, action: act, lead: resp, due: dl, status: rag, rag: RAG[rag], progress: upd }, { styles: [{}, {}, { alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }, {}, {}, {}, { fill: FILL[rag] }] });
  }
  p.blank();
  p.line(['RAG key:', 'Blue = complete; Green = on track; Amber = some risk to delivery; Red = off track / needs escalation.'], { merge: ['B', 'I'], style: { font: { size: 8 } }, styles: [{ bold: true }] });
  p.line(['HIA = High Impact Action in the NHS EDI Improvement Plan (June 2023). HIA numbers are shown so that this plan can be read alongside the trust’s EDI Improvement Plan return; they are not WRES indicators.'], { merge: ['A', 'I'], height: 24, style: { font: { size: 8 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional mental health, learning disability and community foundation trust). Sheet 'WRES AP 2024-25', Arial 9: a purple title, a line naming the trust and the Board approval (30 July 2024), a blank row, the purple header 'Ref | Action | WRES indicator | EDI Improvement Plan HIA | Accountable (Exec) | Responsible | Deadline | RAG | Update (Q2)' (row 4), eight actions T1–T8, and at the FOOT a RAG key line and a line explaining the HIA numbers. Judgement calls: indicators from 'WRES indicator' ('Ind 6, 8' → both), never from the HIA column ('HIA 2, 5' gives nothing); lead = Responsible, never Accountable (Exec); due = Deadline as written ('Q2 24/25', 'Mar-25'); status = the colour word as written ('Blue', 'Green' …), rag from its fill (Blue on light blue → blue); progress = Update (Q2); ref = Ref; the approval date is no due; theme null; key and HIA lines are no actions.", { mode: 'fill', ragCol: 8, notFrom: ['D', 'E'], crossRef: { metricCol: 'C', otherCols: ['D'] }, indCol: 'C' });
}
