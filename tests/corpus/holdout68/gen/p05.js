// holdout68-wdes-2020-21-brackenshaw: community trust; LAST YEAR'S REVIEW ON TOP ('How did we do in 2019/20?' with G/A/R letters),
// THIS YEAR'S PLAN UNDERNEATH with its own header and a mid-year status; two carried-forward actions re-appear with a tag.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Brackenshaw Community Health NHS Trust';
  const p = new Plan(book, { name: 'holdout68-wdes-2020-21-brackenshaw', sheet: 'WDES 2020-21', standard: 'WDES', period: '2020-21', trust, widths: [7, 10, 52, 26, 14, 16], font: { name: 'Verdana', size: 9 } });
  p.line(['Workforce Disability Equality Standard (WDES)'], { merge: ['A', 'F'], style: { bold: true, font: { size: 13 }, color: C.teal } });
  p.line([`${trust} | Action plan 2020-21`], { merge: ['A', 'F'], style: { bold: true } });
  p.blank();
  p.line(['1. How did we do in 2019/20?'], { merge: ['A', 'F'], style: { bold: true, font: { size: 11 }, fill: C.palegrey } });
  const rh = p.line(['', 'Metric', 'In 2019/20 we committed to…', 'What happened', '', 'Year end'], { border: true, merge: [['D', 'E']], style: { bold: true, fill: C.teal, color: C.white } });
  const L = { G: C.green, A: C.amber, R: C.red };
  const review = [
    ['1', 'Encourage staff to update their disability status on ESR.', 'Declaration rose from 1.9% to 2.8%.', 'A'],
    ['2', 'Sign up to Disability Confident Employer (level 2).', 'Accredited in November 2019.', 'G'],
    ['4', 'Publicise how to report bullying and harassment to disabled staff.', 'Posters and intranet page; no change in reporting rates.', 'A'],
    ['7', 'Introduce a reasonable adjustments passport.', 'Drafted but not launched before the pandemic.', 'R'],
    ['9', 'Set up a disabled staff network.', 'Network met four times; 23 members.', 'G'],
  ];
  const prior = [rh];
  for (const [m, c, w, y] of review) prior.push(p.line(['', m, c, w, '', y], { border: true, merge: [['D', 'E']], height: 26, styles: [{}, { alignment: { horizontal: 'center' } }, {}, {}, {}, { fill: L[y], bold: true, alignment: { horizontal: 'center' } }] }));
  p.line(['G = achieved, A = partly achieved, R = not achieved. Work on metrics 7 and 1 continues below.'], { merge: ['A', 'F'], style: { italic: true } });
  p.blank();
  p.line(['2. What we will do in 2020/21'], { merge: ['A', 'F'], style: { bold: true, font: { size: 11 }, fill: C.palegrey } });
  p.header(['No.', 'Metric', 'Action', 'Responsible', 'Timescale', 'Status (Oct 2020)'], { style: { fill: C.teal, color: C.white } });
  const S = { 'In progress': C.amber, Complete: C.green, 'Not yet started': null, 'Paused (COVID)': C.red };
  const plan = [
    ['1', '1', 'Run a second declaration campaign through team briefs, aiming for 4% of staff declaring a disability (carried forward).', 'Workforce Information Manager', 'March 2021', 'In progress'],
    ['2', '7', 'Launch the reasonable adjustments passport and train managers to use it (carried forward).', 'Head of HR', 'December 2020', 'Paused (COVID)'],
    ['3', '3', 'Check whether disabled staff are more likely to enter formal capability on health grounds and report to the Workforce Committee.', 'Employee Relations Lead', 'January 2021', 'Not yet started'],
    ['4', '4', 'Give the network a slot at staff induction so that new starters know how to raise concerns.', 'Disabled Staff Network Chair', 'September 2020', 'Complete'],
    ['5', '5', 'Ask the network to review the questions used at promotion interviews for hidden barriers.', 'Recruitment Lead', 'February 2021', 'Not yet started'],
    ['6', '9', 'Survey network members on remote working during COVID-19 and feed the findings into the agile working policy.', 'Disabled Staff Network Chair', 'November 2020', 'In progress'],
    ['7', '10', 'Nominate a Board champion for disability who attends the network at least twice a year.', 'Director of Nursing and Workforce', 'July 2020', 'Complete'],
  ];
  for (const [n, m, a, r, t, s] of plan) p.action([n, m, a, r, t, s], { ref: n, indicators: [m], action: a, lead: r, due: t, status: s, rag: { 'In progress': 'amber', Complete: 'green', 'Paused (COVID)': 'red' }[s] ?? null }, { height: 36, styles: [{ alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }, {}, {}, {}, S[s] ? { fill: S[s] } : {}] });
  p.blank();
  p.line(['Agreed by the Equality and Inclusion Group, 3 June 2020.'], { merge: ['A', 'F'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional community trust). Layout: WDES title, trust and 'Action plan 2020-21', a blank row, a grey section bar '1. How did we do in 2019/20?', a teal header 'Metric | In 2019/20 we committed to… | What happened | Year end' (What happened merged D:E), five review rows ending in a bold G / A / R letter on a green / amber / red fill, an italic key line for the letters, a blank row, a second section bar '2. What we will do in 2020/21', a second teal header 'No. | Metric | Action | Responsible | Timescale | Status (Oct 2020)' (row 14, the only header of this plan's actions: the part-1 header over last year's review is a non-action row but not in headerRows) and seven numbered actions with status words (In progress amber, Complete green, Paused (COVID) red, Not yet started unfilled), a blank row and an approval line. Judgement calls: part 1 is LAST YEAR'S plan reviewed – its five rows are not actions even though they are phrased as commitments, and their G/A/R letters are year-end ratings of 2019/20 work, never a status; the actions are the seven rows of part 2 (the 2020/21 plan the title names); the two actions tagged '(carried forward)' are this year's actions – the tag stays in the action text as written; ref = No.; indicators = Metric (pre-2021 WDES, whole metrics '4', '9'); lead = Responsible; due = Timescale as written; status = the word, rag = its fill ('Not yet started' unfilled → rag null). Section bars are not themes (they separate review from plan). The approval date is not a due.", { mode: 'fill', ragCol: 'F', priorRows: prior, forbidden: ['G', 'A', 'R'] });
}
