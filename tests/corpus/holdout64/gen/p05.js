// holdout64-wdes-2025-26-severnwyre: follows a published 'Appendix 1: Review of Improvement Plan Milestones'
// (https://vdocuments.net/appendix-1-review-of-improvement-plan-milestones-2016-05-26-appendix-1-review.html): the RAGB criteria for an OBJECTIVE
// (Blue completed, Green on track, Amber a risk but not yet an issue, Red needs serious attention) and for a MILESTONE (Blue complete, Red
// slipped, Amber progressed but completion uncertain, Green will be delivered in time), a 'Breakdown by RAGB Status' with counts and the
// total number of objectives, then each objective with its overall RAGB over its milestones 'Milestone | End date | RAGB'. Using it for an
// ICB's WDES plan, the owner column and the numbering are ASSUMED.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'NHS Severn and Wyre Integrated Care Board';
  const p = new Plan(book, { name: 'holdout64-wdes-2025-26-severnwyre', sheet: 'Appendix 1', standard: 'WDES', period: '2025-26', trust, widths: [8, 60, 26, 12, 10] });
  const F = { Blue: C.blue, Green: C.green, Amber: C.amber, Red: C.red }; const RAG = { Blue: 'blue', Green: 'green', Amber: 'amber', Red: 'red' };
  p.line([`${trust}`], { merge: ['A', 'E'], style: { bold: true, font: { size: 13 } } });
  p.line(['Appendix 1: Review of WDES Improvement Plan 2025/26 milestones (position at 31 October 2025)'], { merge: ['A', 'E'], style: { bold: true } });
  p.line(['The RAGB status for each objective is an overall view of progress towards its outcome: Blue – completed; Green – on track with no issues; Amber – not yet complete, a risk but not yet an issue; Red – a problem requiring serious attention.'], { merge: ['A', 'E'], height: 42 });
  p.line(['The RAGB status for each milestone reflects that activity only: Blue – complete; Green – will be delivered within the timescale; Amber – progressing but completion in time is uncertain; Red – slipped beyond the timescale.'], { merge: ['A', 'E'], height: 42 });
  p.blank();
  p.line(['Breakdown by RAGB status (milestones)'], { merge: ['A', 'E'], style: { bold: true } });
  p.line(['', 'Red', 'Amber', 'Green', 'Blue'], { border: true, styles: [{}, { fill: C.red }, { fill: C.amber }, { fill: C.green }, { fill: C.blue }] });
  p.line(['', 1, 2, 3, 2], { border: true });
  p.line(['Total number of objectives = 3; milestones = 8'], { merge: ['A', 'E'] });
  p.blank();
  const O = [
    ['Objective 1 – Know our disabled workforce (WDES metric 1)', 'Amber', ['1'], [
      ['1.1', 'Add the disability question to the ICB\'s starter and leaver forms and map the answers into ESR.', 'Head of Workforce Systems', 'Jul-25', 'Blue'],
      ['1.2', 'Run a declaration campaign with the Disability and Neurodiversity Network during Disability History Month.', 'Head of EDI', 'Dec-25', 'Green'],
      ['1.3', 'Publish a declaration-rate dashboard by directorate for the Executive Team.', 'Head of Workforce Intelligence', 'Sep-25', 'Red'],
    ]],
    ['Objective 2 – Fair recruitment and progression (WDES metrics 2 and 5)', 'Green', ['2', '5'], [
      ['2.1', 'Include a disabled panel member or trained inclusion adviser on every band 8a and above interview panel.', 'Head of Resourcing', 'Mar-26', 'Green'],
      ['2.2', 'Launch a coaching offer for disabled staff applying for promotion.', 'Head of Leadership Development', 'Jan-26', 'Amber'],
    ]],
    ['Objective 3 – Adjustments and a voice for disabled staff (WDES metrics 8 and 9b)', 'Blue', ['8', '9b'], [
      ['3.1', 'Agree a workplace adjustments passport that is honoured by every partner organisation in the system.', 'Deputy Chief People Officer', 'Jun-25', 'Blue'],
      ['3.2', 'Give the network chair protected time and a seat at the People Committee.', 'Chief People Officer', 'May-25', 'Green'],
      ['3.3', 'Report adjustments request times to the People Committee twice a year.', 'Head of Health and Wellbeing', 'Mar-26', 'Amber'],
    ]],
  ];
  const secs = [];
  for (const [obj, ost, inds, ms] of O) {
    secs.push(p.line([obj, '', '', 'Overall', ost], { merge: ['A', 'C'], border: true, styles: [{ bold: true, fill: C.palegrey }, {}, {}, { bold: true, fill: C.palegrey }, { fill: F[ost], bold: true }] }));
    p.header(['No.', 'Milestone', 'Owner', 'End date', 'RAGB'], { style: { fill: C.navy, color: C.white } });
    for (const [n, m, owner, end, st] of ms) p.action([n, m, owner, end, st], { ref: n, indicators: inds, theme: obj, action: m, lead: owner, due: end, status: st, rag: RAG[st] }, { styles: [{}, {}, {}, {}, { fill: F[st] }] });
  }
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional organisation, an integrated care board) following a real published 'Appendix 1: Review of Improvement Plan Milestones': a body line, the appendix title with the position date, two paragraphs giving the RAGB CRITERIA separately for objectives and for milestones, a 'Breakdown by RAGB status' block (a row of four filled colour names and a row of counts under them – chart data), a totals line, then three OBJECTIVE ROWS (bold grey, the objective text merged A:C, 'Overall' and the objective's own RAGB word filled in its colour), each followed by its own header 'No. | Milestone | Owner | End date | RAGB' (rows 12, 17, 21) and its milestones. What is hard: the OBJECTIVE rows carry a status word and colour but are not actions – a milestone's status is its own RAGB cell, never the objective's (3.3 is Amber under a Blue objective); the breakdown rows hold the same colour words and numbers but are chart data; FOUR colours including Blue (complete). Judgement calls: eight actions (the milestones); ref = No.; theme = the objective row above; indicators from the metric(s) the objective names in brackets ('WDES metrics 8 and 9b' → ['8','9b']) for each of its milestones; lead = Owner; due = End date as written (text 'Jul-25'); status = the RAGB word, rag = its fill (Blue → blue); the criteria paragraphs, breakdown and totals are not actions; the position date is not a due.", { sections: secs, mode: 'fill', ragCol: 'E', forbidden: ['Overall'] });
}
