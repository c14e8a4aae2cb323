// holdout67-wres-2024-25-pellingbourne: integrated care board (own staff). Each action is a shaded ACTION ROW (ref, action, SRO,
// completion date, overall RAG) followed by a small MILESTONE TABLE with its own header row 'Milestone | Owner | Date | Done?' and
// milestone rows ticked ✓ or blank. Milestones are not actions and their header is not the plan's header.
import { Book, Plan, C } from './lib.js';
import { step } from './h.js';
export async function build() {
  const book = new Book();
  const trust = 'NHS Pellingbourne and Marsh Integrated Care Board';
  const p = new Plan(book, { name: 'holdout67-wres-2024-25-pellingbourne', sheet: 'WRES delivery plan', standard: 'WRES', period: '2024-25', trust, widths: [8, 10, 58, 28, 14, 10, 40], font: { name: 'Arial', size: 10 } });
  p.line([trust], { merge: ['A', 'G'], style: { bold: true, font: { size: 13 } } });
  p.line(['WRES delivery plan 2024/25 – ICB as an employer'], { merge: ['A', 'G'], style: { bold: true } });
  p.line(['Version 3 | Inclusion Oversight Group | 17 December 2024'], { merge: ['A', 'G'], style: { color: 'FF595959' } });
  p.blank();
  p.header(['Ref', 'WRES', 'Action', 'Senior responsible owner', 'Complete by', 'RAG', 'Position at December 2024'], { style: { fill: C.teal, color: C.white } });
  const F = { G: C.green, A: C.amber, R: C.red, C: C.blue };
  const RG = { G: 'green', A: 'amber', R: 'red', C: 'blue' };
  const acts = [
    ['E1', ['1'], 'Develop a talent pipeline so that ethnic minority representation at Band 8c and above reaches 18% by March 2026', 'Chief People Officer', '31/03/2025', 'A', 'Talent reviews complete in three of four directorates.', [
      ['Talent conversations for all Band 7–8b staff', 'Directors', '30/09/2024', '✓'], ['Stretch assignments offered to 12 staff', 'Head of OD', '31/12/2024', '✓'], ['Pipeline report to Remuneration Committee', 'Chief People Officer', '31/03/2025', '']]],
    ['E2', ['2'], 'Introduce values-based, diverse recruitment panels for every post at Band 8a and above', 'Director of Corporate Affairs', '30/11/2024', 'C', 'All panels now diverse; audit found 2 exceptions in Q2, both addressed.', [
      ['Agree panel standard with the staff networks', 'Inclusion Lead', '31/05/2024', '✓'], ['Train 30 panel members', 'Head of OD', '31/08/2024', '✓'], ['First audit of panel make-up', 'Workforce Analyst', '30/11/2024', '✓']]],
    ['E3', ['3'], 'Review every formal employee relations case by ethnicity at the Case Oversight Panel', 'Chief People Officer', 'Quarterly', 'G', 'Panel met in July and October; no disparity found so far this year.', []],
    ['E4', ['5', '6', '8'], 'Deliver the "Call it out" programme on racism and incivility to all line managers', 'Director of Nursing', '31/01/2025', 'R', 'Only 41% of managers attended; sessions moved online from January.', [
      ['Commission the programme', 'Head of OD', '30/06/2024', '✓'], ['Sessions for the executive and senior leadership teams', 'Head of OD', '31/08/2024', '✓'], ['Sessions for all other line managers', 'Directors', '31/01/2025', '']]],
    ['E5', ['7'], 'Make career conversations part of every appraisal and check completion by ethnicity', 'Chief People Officer', '31/03/2025', 'G', 'Appraisal form changed in September.', [
      ['Change the appraisal form', 'HR Operations Lead', '30/09/2024', '✓'], ['Completion reported by ethnicity', 'Workforce Analyst', '31/03/2025', '']]],
    ['E6', ['9'], 'Recruit an associate non-executive member from an ethnic minority background to the ICB Board', 'Chair', '31/12/2024', 'A', 'Interviews set for January.', []],
    ['E7', ['1', '2', '3', '4', '5', '6', '7', '8', '9'], 'Hold a joint review of this plan with the REACH staff network every quarter', 'Inclusion Lead', 'Quarterly', 'G', 'Q1–Q3 reviews held.', []],
  ];
  const hdrs = [];
  for (const [ref, inds, act, sro, due, r, pos, ms] of acts) {
    p.action([ref, inds.length === 9 ? 'All' : inds.join(', '), act, sro, due, r, pos], { ref, indicators: inds, action: act, lead: sro, due, status: r, rag: RG[r], progress: pos }, { style: { fill: C.palegrey, bold: true }, styles: [{}, {}, {}, {}, {}, { fill: F[r], bold: true }, { bold: false }] });
    if (ms.length) {
      const hr = p.line(['', '', 'Milestone', 'Owner', 'Date', 'Done?', ''], { border: true, style: { italic: true, font: { size: 9 }, color: 'FF595959' } });
      hdrs.push(hr); (p.blocks[p.actions[p.actions.length - 1].row] ||= []).push(hr);
      for (const [m, o, d, done] of ms) step(p, ['', '', m, o, d, done, ''], { style: { font: { size: 9 } }, styles: [{}, {}, {}, {}, {}, { alignment: { horizontal: 'center', vertical: 'top' } }] });
    }
    p.blank();
  }
  p.line(['RAG: C = complete (blue), G = on track, A = at risk, R = off track. Milestone ticks are updated by the milestone owner.'], { merge: ['A', 'G'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Fictional ICB, WRES 2024/25 for its own staff. Three title lines, a teal header 'Ref | WRES | Action | Senior responsible owner | Complete by | RAG | Position at December 2024'. Each action is a grey bold ACTION ROW (ref E1–E7, WRES indicators, SRO, completion date, RAG letter on a fill, position), followed on most actions by a small MILESTONE TABLE: an italic grey sub-header 'Milestone | Owner | Date | Done?' (in columns C–F, under the plan's own Action / SRO / Complete by / RAG headers) and two or three milestone rows with their owner, date and a ✓ when done; a blank row separates the actions. Judgement calls: only the E-rows are actions; the milestone rows are the action's steps, not actions (no ref, no RAG; the ✓ is not a status); the milestone sub-headers are non-action rows but NOT header rows of the plan (they head only their own little table and their columns mean something else – 'Owner' under SRO, 'Done?' under RAG), so headerRows = the one plan header; lead = the SRO, never a milestone owner; due = Complete by as written (dd/mm/yyyy text or 'Quarterly'), never a milestone date, even where the last milestone shares it; status = the RAG letter, rag from its fill (C on blue → blue); progress = Position; indicators from the WRES column ('5, 6, 8'; 'All' → all nine); theme null. The version line and RAG key are context.", { mode: 'fill', ragCol: 'F' });
}
