// holdout56-wdes-2021-22-pennistone: follows NHS England's long read 'How speaking out and formalising new standards can transform
// people's experience of disability at work' (Lancashire Teaching Hospitals; https://www.england.nhs.uk/long-read/how-speaking-out-and-
// formalising-new-standards-can-transform-peoples-experience-of-disability-at-work/): 'What was the aim/problem? / What was the solution?',
// a staff forum with a chair who does the work, and NAMED BOARD SPONSORS WITH CLEAR ACCOUNTABILITY. The forum's plan puts a board sponsor
// line under each priority and a forum lead on each action.
import { Book, Plan, C, D, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Pennistone Teaching Hospitals NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout56-wdes-2021-22-pennistone', sheet: 'Forum plan', standard: 'WDES', period: '2021-22', trust, widths: [40, 58, 18, 11, 36] });
  const W = ['A', 'E'];
  p.line([trust], { merge: W, style: { bold: true, font: { size: 13 }, color: C.navy } });
  p.line(['Living Well with Disability Forum – WDES action plan 2021-22'], { merge: W, style: { bold: true } });
  p.line(['Each priority has a named board sponsor, accountable for it at Board; the forum lead does the work with forum members.'], { merge: W, style: { italic: true } });
  p.blank();
  p.header(['Aim / problem', 'What we will do (solution)', 'Forum lead', 'Target', 'Impact so far'], { style: { fill: C.navy, color: C.white } });
  let theme;
  const prio = (t) => { theme = t; p.line([t], { merge: W, border: true, style: { bold: true, fill: C.lightblue } }); };
  const sponsor = (t) => p.line([t], { merge: W, style: { italic: true } });
  const act = (aim, a, lead, d, imp, inds) => p.action([aim, a, lead, d, imp], { theme, indicators: inds, action: a, lead, due: `${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()]}-${String(d.getUTCFullYear()).slice(2)}`, progress: imp }, { styles: [{}, {}, {}, { numFmt: 'mmm-yy' }] });
  prio('Priority 1 – Making it easier to declare a disability'); sponsor('Board sponsor: Chief Nursing Officer');
  let r = act('Staff in Bands 2–4 are the least likely to have declared a disability (metric 1).', 'Run drop-in "update your record" sessions at shift handover times on all three sites.', 'Emma Rawcliffe', D(2021, 9, 30), 'Sessions held on two sites so far.', ['1']);
  act('', 'Add a line to the payslip message explaining why we ask about disability and who sees the answer.', 'Tom Haworth', D(2021, 10, 31), '', ['1']); mergeDown(p.ws, 'A', r, r + 1);
  prio('Priority 2 – Making adjustments happen quickly'); sponsor('Board sponsor: Director of Finance');
  r = act('Adjustment requests take too long and are paid for from local budgets (metric 8).', 'Agree a central fund for workplace adjustments and write its criteria with the forum.', 'Emma Rawcliffe', D(2021, 12, 31), 'A fund of £40,000 agreed in principle.', ['8']);
  act('', 'Publish a short guide to Access to Work for managers and staff.', 'Priya Mistry', D(2021, 11, 30), 'Published on 1 November.', ['8']);
  act('', 'Count the days from request to adjustment in place and report them every quarter.', 'Priya Mistry', D(2022, 3, 31), '', ['8']); mergeDown(p.ws, 'A', r, r + 2);
  prio('Priority 3 – Fair processes'); sponsor('Board sponsor: Director of Workforce');
  act('Disabled staff are more likely to enter the capability process (metric 3).', 'Add a compulsory "adjustments considered?" checkpoint to the capability procedure.', 'Tom Haworth', D(2022, 1, 31), '', ['3']);
  r = act('Disabled staff report more harassment from managers and colleagues (metric 4).', "Include forum members' lived-experience stories in the civility and respect training.", 'Grace Okafor', D(2022, 2, 28), '', ['4']);
  act('', 'Offer forum-trained "disability buddies" whom staff can bring to difficult meetings.', 'Grace Okafor', D(2022, 3, 31), '', ['4']); mergeDown(p.ws, 'A', r, r + 1);
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, a teaching hospitals foundation trust) following an NHS England long read on a trust's disability forum (aim/problem – solution, a forum chair who does the work and named board sponsors with clear accountability), kept as the forum's plan on one sheet 'Forum plan': trust name, title, a line explaining board sponsors and forum leads, a blank row, the navy header on row 5 'Aim / problem | What we will do (solution) | Forum lead | Target | Impact so far'; three light-blue PRIORITY rows ('Priority 1 – Making it easier to declare a disability' …), each followed by an italic line 'Board sponsor: Chief Nursing Officer' (or Director of Finance / Director of Workforce), then the actions; the aim / problem cell (ending '(metric 8)' etc.) is merged down beside the actions that answer it. Targets are real dates shown as mmm-yy ('Sep-21'). Judgement calls: the action is the solution cell; lead = the Forum lead (a person's name) – the board sponsor line is the priority's accountable executive, a non-action row, and gives no lead; theme = the priority row above; indicators from the merged aim cell beside the action ('(metric 1)' → ['1']; '(metric 4)' → ['4'], as written in a 2021-22 plan); due = the Target as displayed ('Dec-21'); progress = 'Impact so far' where filled; no status or RAG; ref ''.", { ind: 'A', notFrom: ['A'], forbidden: ['Board sponsor: Chief Nursing Officer', 'Chief Nursing Officer', 'Director of Finance', 'Director of Workforce'] });
}
