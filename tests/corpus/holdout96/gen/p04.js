// holdout96-wdes-2021-22-drayfield: specialist heart and lung hospital, WDES 2021 report on one sheet in three parts; in each part a
// figures table with its own header 'Metric | 2020 | 2021 | Change | Comment' (real numbers, signed change formats), a narrative line, then
// that part's action grid with its own header – the plan sits BETWEEN the figures, in three pieces. RAG letters on fills.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Drayfield Heart and Lung Hospital NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout96-wdes-2021-22-drayfield', sheet: 'WDES 2021', standard: 'WDES', period: '2021-22', trust, widths: [9, 13, 46, 12, 12, 30, 7], font: { name: 'Segoe UI', size: 9 } });
  const M = ['A', 'G'];
  p.line([trust], { merge: M, style: { bold: true, font: { size: 13 } } });
  p.line(['WDES 2021 – data, findings and action plan 2021-22'], { merge: M, style: { bold: true, font: { size: 11 }, color: C.darkblue } });
  p.line(['Version 1.2 – agreed at the Equality, Diversity and Inclusion Steering Group, 14 October 2021'], { merge: M, style: { italic: true, color: 'FF7F7F7F' } });
  p.blank();
  const secs = []; const hdrs = []; const ctx = []; const narr = [];
  const part = (t) => { const r = p.line([t], { merge: M, style: { bold: true, color: C.white, fill: C.darkblue, font: { size: 10 } } }); secs.push(r); return t; };
  const pct = { numFmt: '0.0%', alignment: { horizontal: 'center' } }, pts = { numFmt: '+0.0;-0.0;0.0', alignment: { horizontal: 'center' } };
  const rl = { numFmt: '0.00', alignment: { horizontal: 'center' } }, rlc = { numFmt: '+0.00;-0.00;0.00', alignment: { horizontal: 'center' } };
  const figHdr = () => ctx.push(p.line(['Metric', '', '', '2020', '2021', 'Change / comment', ''], { border: true, merge: [['A', 'C'], ['F', 'G']], style: { bold: true, fill: C.paleblue } }));
  const fig = (label, a, b, comment, f) => ctx.push(p.line([label, '', '', a, b, comment, ''], { border: true, merge: [['A', 'C'], ['F', 'G']], styles: [{}, {}, {}, f, f, { italic: true }] }));
  const grid = () => hdrs.push(p.header(['Ref', 'Metric', 'Action', 'Owner', 'Due', 'Evidence of completion', 'RAG'], { style: { fill: 'FFD6DCE4' } }));
  const F = { G: C.green, A: C.amber, R: C.red, B: C.blue }; const R = { G: 'green', A: 'amber', R: 'red', B: 'blue' };
  const act = (theme, ref, ind, action, lead, due, outcome, st) => p.action([ref, ind, action, lead, due, outcome, st], { ref, indicators: ind.split(/, | & /), theme, action, lead, due, outcome, status: st, rag: R[st] }, { styles: [{}, { alignment: { horizontal: 'center' } }, {}, {}, { alignment: { horizontal: 'center' } }, {}, { fill: F[st], bold: true, alignment: { horizontal: 'center' } }] });

  let t = part('Part 1 – Workforce metrics (ESR, 31 March 2021)');
  figHdr();
  fig('1 – Disabled staff, AfC Bands 8a to 8d (non-clinical)', 0.021, 0.029, 'up 0.8 points', pct);
  fig('1 – Disabled staff, medical consultants', 0.008, 0.011, 'up 0.3 points', pct);
  fig('2 – Relative likelihood of non-disabled applicants being appointed', 1.31, 1.12, 'better (-0.19)', rl);
  fig('3 – Relative likelihood of disabled staff entering formal capability', 0, 0, 'no cases in either year', rl);
  narr.push(p.line(['Declaration on ESR rose from 3.9% to 5.6% after last year’s campaign. Appointment from shortlisting is close to parity; capability has no cases, so no action is set for metric 3.'], { merge: M, height: 28 }));
  grid();
  act(t, 'D1', '1', 'Repeat the ESR self-declaration campaign with a focus on consultants and the cardiac physiology team.', 'Workforce Systems Manager', 'Jan 2022', 'Medical declaration rate above 60%', 'G');
  act(t, 'D2', '1 & 2', 'Guarantee a shortlisting place for disabled applicants at Band 8a and above who meet the essential criteria, and track outcomes.', 'Recruitment Lead', 'Dec 2021', 'Quarterly outcome report to the steering group', 'A');
  p.blank();
  t = part('Part 2 – Staff survey metrics (2020 NHS Staff Survey)');
  figHdr();
  fig('4a – Harassment, bullying or abuse from patients / public (disabled)', 0.296, 0.281, 'down 1.5 points', pct);
  fig('4a – … from managers (disabled)', 0.162, 0.171, 'up 0.9 points', pct);
  fig('4a – … from other colleagues (disabled)', 0.214, 0.233, 'up 1.9 points', pct);
  fig('4b – Last incident reported (disabled)', 0.452, 0.438, 'down 1.4 points', pct);
  fig('5 – Equal opportunities for career progression (disabled)', 0.801, 0.794, 'down 0.7 points', pct);
  fig('6 – Pressure to come to work when unwell (disabled)', 0.338, 0.302, 'down 3.6 points', pct);
  fig('7 – Satisfied that work is valued (disabled)', 0.412, 0.436, 'up 2.4 points', pct);
  fig('8 – Adequate adjustments made', 0.744, 0.768, 'up 2.4 points', pct);
  fig('9a – Engagement score, disabled / non-disabled', '6.6 / 7.1', '6.7 / 7.2', 'gap unchanged at 0.5', { alignment: { horizontal: 'center' } });
  narr.push(p.line(['Bullying by colleagues is the figure that worsened most. Fewer than half of disabled staff who were harassed reported it. Adjustments improved after the move to the new hospital building.'], { merge: M, height: 28 }));
  grid();
  act(t, 'D3', '4a', 'Give every ward and department a named Freedom to Speak Up champion and publish how disabled staff can raise bullying by colleagues.', 'Freedom to Speak Up Guardian', 'Feb 2022', 'Colleague bullying figure back below 21%', 'A');
  act(t, 'D4', '4b', 'Add a disability field to the Datix staff-incident form so harassment reports can be analysed.', 'Head of Risk', 'Nov 2021', 'Field live and first quarter’s report produced', 'B');
  act(t, 'D5', '6', 'Rewrite the attendance policy so that disability-related absence is recorded separately and not counted towards triggers.', 'Head of HR Advisory', 'Mar 2022', 'Policy ratified by the Joint Negotiating Committee', 'G');
  act(t, 'D6', '8', 'Set up a central adjustments budget so teams do not have to fund equipment from their own budgets.', 'Director of Finance', 'Jan 2022', 'Budget in place; requests answered within 20 working days', 'R');
  act(t, 'D7', '9a & 9b', 'Relaunch the Disability and Wellbeing Network with an executive sponsor and a seat on the staff partnership forum.', 'Inclusion Lead', 'Oct 2021', 'Network chair attends the forum', 'B');
  p.blank();
  t = part('Part 3 – Board (metric 10)');
  figHdr();
  fig('10 – Disabled voting Board members', '0%', '7.7%', 'one of 13 members; workforce 5.6% on ESR', { alignment: { horizontal: 'center' } });
  narr.push(p.line(['For the first time a Board member has declared a disability. We want all members to complete their declaration.'], { merge: M }));
  grid();
  act(t, 'D8', '10', 'Collect disability status from every Board member at the annual fit and proper person check.', 'Company Secretary', 'Apr 2022', 'All 13 declarations held', 'G');
  p.blank();
  p.line(['RAG: G on track · A some slippage · R off track · B complete'], { merge: M, style: { font: { size: 8 } } });
  p.ws.views = [{ showGridLines: false }];
  await book.save(`${p.name}.xlsx`);
  p.saveGold(`Original report (fictional specialist heart and lung hospital), the WDES 2021 report on ONE sheet 'WDES 2021' in three parts, with the action plan split between them. Top: trust, title, an italic version / approval line (14 October 2021). Each part starts with a navy heading ('Part 1 – Workforce metrics (ESR, 31 March 2021)', 'Part 2 – Staff survey metrics (2020 NHS Staff Survey)', 'Part 3 – Board (metric 10)'), then a FIGURES TABLE with its own pale-blue header 'Metric | 2020 | 2021 | Change / comment' (real percentages and ratios, a comment per row such as 'up 1.9 points'), a merged narrative paragraph, and then that part's ACTION GRID with its own header 'Ref | Metric | Action | Owner | Due | Evidence of completion | RAG' (rows ${hdrs.join(', ')}). Eight actions D1–D8. RAG letters on fills; key line at the foot. Judgement calls: the figures tables and their headers, and the narrative lines, are not actions (header rows = the three action-grid headers only); theme = the part heading above; ref = Ref; indicators from the Metric column with the 2021 codes ('1 & 2' → ['1','2'], '9a & 9b' → both); lead = Owner; due = Due as typed; outcome = 'Evidence of completion'; status = the letter, rag from its fill (B = complete on blue → blue); no action for metric 3 (the narrative says so); the version / approval date is no due.`, { mode: 'fill', ragCol: 7, sections: secs, dataRows: [...ctx, ...narr], notFromRows: { rows: ctx, fields: ['action', 'lead', 'due', 'status', 'outcome'] }, forbidden: ['14 October 2021'] });
}
