// holdout95-wres-2016-17-wychcombe: acute trust, the plan as the Equality & Diversity Steering Group left it after its November review:
// action 5 kept in the grid on a grey row with 'DELETED' typed in the RAG column, a numbered placeholder 'Action 9 – to be agreed …', and a
// new action 10 added at the foot whose progress begins 'New – agreed 17/11'. RAG letters on fills, timescales typed as text.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Wychcombe General Hospital NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout95-wres-2016-17-wychcombe', sheet: 'Action plan', standard: 'WRES', period: '2016-17', trust, widths: [6, 11, 50, 26, 12, 44, 7], font: { name: 'Calibri', size: 11 } });
  p.line([`${trust} – Workforce Race Equality Standard action plan 2016/17`], { merge: ['A', 'G'], style: { bold: true, font: { size: 13 } } });
  p.line(['Reviewed at the Equality & Diversity Steering Group, 17/11/2016. Changes agreed at the meeting are shown in the RAG column.'], { merge: ['A', 'G'], style: { italic: true } });
  const h = p.header(['No', 'WRES Indicator', 'Action', 'Lead', 'Timescale', 'Progress (Nov 2016)', 'RAG'], { style: { fill: C.paleblue } });
  p.ws.views = [{ state: 'frozen', ySplit: h }];
  const F = { R: C.red, A: C.amber, G: C.green };
  const RAG = { R: 'red', A: 'amber', G: 'green' };
  const kept = [];
  const act = (no, ind, a, lead, by, prog, rag) => p.action([no, ind, a, lead, by, prog, rag], { ref: no, indicators: ind.split(/\s*(?:&|,)\s*/), action: a, lead, due: by, status: rag, rag: RAG[rag] ?? null, progress: prog },
    { styles: [{ alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }, {}, {}, {}, {}, { fill: F[rag], bold: true, alignment: { horizontal: 'center' } }] });
  act('1', '1', 'Produce a breakdown of the workforce by band and ethnicity for each clinical division and share it with divisional boards.', 'Head of Workforce Information', 'Dec-16', 'First divisional packs sent in October; surgery and medicine discussed them at their boards.', 'G');
  act('2', '2', 'Add a trained BME assessor to interview panels for all posts at Band 7 and above.', 'Head of Recruitment', 'Mar-17', 'Twelve assessors trained so far; not enough to cover every panel yet.', 'A');
  act('3', '2', 'Check every shortlisting decision for nursing posts at Band 6 against the person specification, with a sample reviewed each month.', 'Deputy Chief Nurse', 'Feb-17', 'Sampling started in September – three months done.', 'G');
  act('4', '3', 'Review the last two years of disciplinary cases by ethnicity and report the findings to the Workforce Committee.', 'Employee Relations Manager', 'Jan-17', 'Data pulled; analysis delayed by the ER case review.', 'A');
  const del = p.line(['5', '4', 'Fund ten places for BME staff on the regional Stepping Up leadership course.', 'Head of Learning & Development', 'Mar-17', 'Agreed to delete at the 17/11 meeting – places are now funded centrally by the Leadership Academy.', 'DELETED'], { border: true, style: { fill: C.grey }, styles: [{ alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }, {}, {}, {}, {}, { bold: true, alignment: { horizontal: 'center' } }] });
  act('6', '5', 'Launch a zero-tolerance campaign on abuse of staff by patients and visitors in the Emergency Department and the Medical Assessment Unit.', 'Head of Security & Emergency Planning', 'Dec-16', 'Posters up in ED; MAU to follow. Incident reporting up 30%.', 'G');
  act('7', '6 & 8', 'Set up a BME staff network with an executive sponsor and two hours a month of protected time for its committee.', 'Director of Workforce', 'Nov-16', 'Inaugural meeting held 3 November; 41 members.', 'G');
  act('8', '7', 'Publish all Band 8a and above vacancies internally for five days before they go outside the trust.', 'Head of Recruitment', 'Jan-17', 'Not started – policy change needs JNCC agreement.', 'R');
  const ph = p.line(['9', '7', 'Action 9 – to be agreed at January E&D steering group', '', '', '', ''], { border: true, style: { italic: true, color: 'FF808080' }, styles: [{ alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }] });
  kept.push(act('10', '9', 'Ask the NHS Improvement appointments team for a diverse field for the non-executive director vacancy in 2017.', 'Company Secretary', 'Apr-17', 'New – agreed 17/11. Letter to go to NHSI in December.', 'G'));
  p.blank();
  p.line(['RAG: R = not started / off track   A = some slippage   G = on track or done'], { merge: ['A', 'G'], style: { italic: true } });
  p.line(['Next review: Equality & Diversity Steering Group, 19 January 2017.'], { merge: ['A', 'G'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute foundation trust) as the Equality & Diversity Steering Group left it after reviewing it on 17/11/2016. Calibri 11: one bold title naming the trust and the plan, an italic line saying the review's changes are shown in the RAG column, then the header 'No | WRES Indicator | Action | Lead | Timescale | Progress (Nov 2016) | RAG' (row 3, frozen), the rows, a blank row, a RAG key line and a next-review line. Timescales typed as text ('Dec-16'). RAG letters on fills. Review marks: row 8 (No 5) is kept in the grid on a GREY row, fully filled (action, lead, timescale), with 'DELETED' typed in the RAG column and its progress saying it was agreed to delete at the meeting; row 12 (No 9) is a numbered PLACEHOLDER 'Action 9 – to be agreed at January E&D steering group' in grey italic with an indicator and nothing else; No 10 (row 13) is new, its progress beginning 'New – agreed 17/11'. Judgement calls: the DELETED row is not an action (the group deleted it; its work is funded elsewhere) although every field is filled – as holdout29 tamarside's deleted row and holdout66 ashbyvale's withdrawn row; the placeholder is not an action even with its number and indicator (holdout91 quillford, halsgrove); No 10 is an action and its 'New – agreed 17/11' is part of its progress, not a status; so the plan has eight actions. Status = the RAG letter, rag from its fill; lead = Lead; due = Timescale as typed; ref = No; indicators from the indicator column ('6 & 8' → both); progress as written; theme null; the review and next-review dates are no dues.", { mode: 'fill', ragCol: 7, review: { col: 'C', dropped: [del], placeholders: [ph], kept }, forbidden: ['DELETED', '19 January 2017', '17/11/2016'] });
}
