// holdout38-wdes-2025-26-maddersfield: an ICB's own WDES plan (as an employer) kept as a progress tracker whose only status is
// PERCENTAGE COMPLETE in four quarterly review columns (Q1–Q4 under a merged '% complete at quarterly review' header); Q4 not yet
// reviewed; an average-completion formula row under the grid.
import { Book, Plan, C, D } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'NHS Maddersfield and Tame Integrated Care Board';
  const p = new Plan(book, { name: 'holdout38-wdes-2025-26-maddersfield', sheet: 'Tracker', standard: 'WDES', period: '2025-26', trust, widths: [7, 10, 52, 26, 12, 8, 8, 8, 8, 38] });
  p.line([trust], { merge: ['A', 'J'], style: { bold: true, font: { size: 13 }, color: C.nhs } });
  p.line(['Workforce Disability Equality Standard – Action Plan 2025/26: progress tracker'], { merge: ['A', 'J'], style: { bold: true } });
  p.line(['Progress is recorded as % complete at each quarterly review of the People and Culture Group. 100% = action closed. Q4 review: April 2026.'], { merge: ['A', 'J'], style: { italic: true } });
  p.blank();
  const hs = { fill: C.nhs, color: C.white, alignment: { horizontal: 'center', vertical: 'middle' } };
  const h1 = p.header(['Ref', 'Metric', 'Action', 'Owner', 'Due', '% complete at quarterly review', '', '', '', 'Notes'], { style: hs, merge: ['F', 'I'] });
  const h2 = p.header(['', '', '', '', '', 'Q1', 'Q2', 'Q3', 'Q4', ''], { style: hs });
  for (const c of ['A', 'B', 'C', 'D', 'E', 'J']) p.ws.mergeCells(`${c}${h1}:${c}${h2}`);
  const pc = { numFmt: '0%', alignment: { horizontal: 'center' } };
  const dt = { numFmt: 'dd/mm/yyyy' };
  const acts = [
    ['MT01', 'M1', ['1'], 'Run a “Your record, your voice” campaign so that colleagues update their disability status on ESR.', 'Workforce Information Lead', D(2025, 9, 30), [0.25, 0.6, 1], 'Declaration up from 4.2% to 6.0%.'],
    ['MT02', 'M2', ['2'], 'Offer the guaranteed interview scheme for disabled applicants on every ICB vacancy and check it is applied.', 'Recruitment and Resourcing Manager', D(2025, 12, 31), [0.1, 0.5, 0.75], 'Audit of Q2 vacancies found two adverts without the scheme.'],
    ['MT03', 'M4a', ['4a'], 'Deliver the ICB’s civility and respect sessions to every team, covering disability and neurodiversity.', 'Head of Organisational Development', D(2026, 3, 31), [0, 0.2, 0.45], 'Nine of twenty teams done.'],
    ['MT04', 'M4b', ['4b'], 'Publish how to report harassment anonymously and share themes from reports with the Disability and Wellbeing Network each quarter.', 'Freedom to Speak Up Guardian', D(2025, 10, 31), [0.5, 1, 1], 'Closed at Q2.'],
    ['MT05', 'M6', ['6'], 'Train all line managers in the ICB’s health passport and reasonable adjustments process.', 'HR Business Partner', D(2026, 3, 31), [0.15, 0.35, 0.6], ''],
    ['MT06', 'M7', ['7'], 'Recognise disabled colleagues’ contributions through the ICB staff awards, with a category judged by the network.', 'Head of Communications', D(2025, 12, 31), [0, 0.5, 1], 'Awards held 4 December.'],
    ['MT07', 'M5', ['5'], 'Open the ICB’s shadowing and secondment offers to disabled staff first for a trial period.', 'Head of Organisational Development', D(2026, 3, 31), [0, 0, 0.1], 'Delayed by the ICB restructure consultation.'],
    ['MT08', 'M9a', ['9a'], 'Share the staff survey engagement results with the network and agree three actions with them.', 'Staff Experience Manager', D(2025, 6, 30), [1, 1, 1], ''],
    ['MT09', 'M9b', ['9b'], 'Give the Disability and Wellbeing Network chair a standing place at the People and Culture Group.', 'Chief People Officer', D(2025, 7, 31), [0.5, 1, 1], 'Chair attending since July.'],
    ['MT10', 'M10', ['10'], 'Ask board members to declare disability in the annual skills and diversity return.', 'Corporate Secretary', D(2026, 1, 31), [0, 0.25, 0.5], 'Return issued; 6 of 14 received.'],
  ];
  const first = p.r + 1;
  for (const [ref, m, inds, act, own, due, q, note] of acts) {
    const d = due; const shown = `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
    p.action([ref, m, act, own, due, q[0], q[1], q[2], '', note], { ref, indicators: inds, action: act, lead: own, due: shown, status: `${Math.round(q[2] * 100)}%`, progress: note },
      { styles: [{}, { alignment: { horizontal: 'center' } }, {}, {}, dt, pc, pc, pc, pc, {}] });
  }
  const lastA = p.r;
  const avg = p.line(['', '', 'Average % complete', '', '', ...['F', 'G', 'H'].map((c) => ({ formula: `AVERAGE(${c}${first}:${c}${lastA})`, result: +(acts.reduce((s, a) => s + a[6]['FGH'.indexOf(c)], 0) / acts.length).toFixed(3) })), '', ''], { border: true, styles: [{}, {}, { bold: true }, {}, {}, pc, pc, pc, pc, {}] });
  p.blank();
  p.line(['Owners update their row before each review; the WDES lead checks the percentage against the evidence folder.'], { merge: ['A', 'J'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional ICB, an integrated care board's own WDES plan as an employer) kept as a PROGRESS TRACKER (sheet 'Tracker'): title, subtitle, an italic line ('Progress is recorded as % complete at each quarterly review … 100% = action closed. Q4 review: April 2026.'), then a TWO-ROW HEADER: 'Ref | Metric | Action | Owner | Due | % complete at quarterly review | Notes' with the percentage header merged across four columns and 'Q1 | Q2 | Q3 | Q4' under it (the other headers merged down over both rows). Ten actions MT01–MT10; Due is a real date shown dd/mm/yyyy; the quarter cells hold REAL NUMBERS shown as percentages ('0%', '25%', '100%'); Q4 is EMPTY on every row (not yet reviewed). Under the grid an 'Average % complete' row of AVERAGE formulas and a note. Judgement calls: the ONLY status is the percentage, and the current one is the LATEST FILLED review column, Q3 (status '75%' for MT02, '100%' for MT04 closed at Q2, '10%' for MT07 – never Q1 or Q2's older figures); rag null – a percentage has no colour and the plan gives no key mapping percentages to RAG; lead = Owner; due = Due as shown; progress = Notes where filled; indicators from 'Metric' ('M4a' → ['4a'], 'M9b' → ['9b']); theme null; the average row is a summary, not an action.",
    { pct: { cols: ['F', 'G', 'H', 'I'] }, dataRows: [avg] });
}
