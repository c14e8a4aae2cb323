// holdout65-wdes-2020-21-quarrybank: acute trust; the last two years' WDES results (2019, 2020) kept in two number columns BETWEEN the
// metric and the action, filled on the first action of each metric only; status words on fills.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Quarrybank University Hospitals NHS Foundation Trust';
  const font = { name: 'Arial', size: 9 };
  const p = new Plan(book, { name: 'holdout65-wdes-2020-21-quarrybank', sheet: 'WDES 2020-21', standard: 'WDES', period: '2020-21', trust, widths: [30, 9, 9, 56, 26, 12, 13], font });
  p.line([`${trust}`], { merge: ['A', 'G'], style: { bold: true, font: { size: 12 } } });
  p.line(['WDES action plan 2020/21 – results for disabled staff (2019 and 2020 returns) and the actions agreed'], { merge: ['A', 'G'], style: { bold: true } });
  p.header(['WDES metric', '2019', '2020', 'Action', 'Lead', 'Deadline', 'Progress'], { style: { fill: C.purple, color: C.white } });
  const S = { Complete: [C.green, 'green'], 'On track': [C.lightgreen, 'green'], Behind: [C.amber, 'amber'], 'Not started': [C.red, 'red'] };
  const pc = { numFmt: '0.0%' }, rt = { numFmt: '0.00' };
  const rows = [
    ['Metric 1 – disabled staff in the workforce', 0.031, 0.034, pc, 'Run a "Count Me In" campaign so that staff update their disability status on ESR.', 'Head of Workforce Information', 'Oct-20', 'Complete'],
    ['Metric 1 – disabled staff in the workforce', null, null, pc, 'Add the disability question to the exit interview form.', 'Head of Workforce Information', 'Dec-20', 'On track'],
    ['Metric 2 – relative likelihood of appointment', 1.41, 1.29, rt, 'Check that the guaranteed interview scheme is flagged to every shortlisting panel on TRAC.', 'Resourcing Manager', 'Nov-20', 'On track'],
    ['Metric 3 – relative likelihood of formal capability', 2.1, 1.87, rt, 'Review the capability policy with the Disabled Staff Network so that adjustments are considered first.', 'Head of Employee Relations', 'Mar-21', 'Behind'],
    ['Metric 4 – harassment, bullying or abuse', 0.321, 0.305, pc, 'Run an anti-bullying week with the network and the Freedom to Speak Up Guardian.', 'Freedom to Speak Up Guardian', 'Feb-21', 'Not started'],
    ['Metric 4 – harassment, bullying or abuse', null, null, pc, 'Include disability in the bullying and harassment e-learning for managers.', 'Head of Learning', 'Mar-21', 'On track'],
    ['Metric 5 – equal opportunities for promotion', 0.784, 0.792, pc, 'Offer coaching to disabled staff applying for promotion, with adjustments at interview.', 'Head of OD', 'Jan-21', 'On track'],
    ['Metric 7 – feeling valued', 0.352, 0.371, pc, 'Hold listening events for disabled staff working from home during the pandemic.', 'Disabled Staff Network Chair', 'Dec-20', 'Complete'],
    ['Metric 8 – reasonable adjustments', 0.698, 0.716, pc, 'Introduce a reasonable adjustments passport that follows the member of staff between departments.', 'Head of Occupational Health', 'Mar-21', 'Behind'],
    ['Metric 9 – engagement score', 6.5, 6.6, { numFmt: '0.0' }, 'Give the Disabled Staff Network a seat on the Inclusion Committee.', 'Director of Workforce', 'Sep-20', 'Complete'],
  ];
  for (const [m, a19, a20, fmt, act, lead, due, st] of rows) {
    const [fill, rag] = S[st];
    p.action([m, a19 ?? '', a20 ?? '', act, lead, due, st], { indicators: [/Metric (\d+)/.exec(m)[1]], action: act, lead, due, status: st, rag }, { styles: [{}, fmt, fmt, {}, {}, {}, { fill }] });
  }
  p.blank();
  p.line(['2019 and 2020 figures: metrics 1 and 4–8 are percentages of disabled staff; metrics 2 and 3 are relative likelihoods (1.00 = parity); metric 9 is the engagement score out of 10.'], { merge: ['A', 'G'], style: { italic: true, font: { size: 8 } }, height: 24 });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute teaching trust). Trust (row 1), title (row 2), one header 'WDES metric | 2019 | 2020 | Action | Lead | Deadline | Progress' (row 3, white on purple), ten actions (rows 4–13), a blank row and an italic footnote explaining the figures (row 15). The metric is written out on every row ('Metric 4 – harassment, bullying or abuse', repeated on the metric's second action); 2020-21 uses whole metrics 4 and 9. Quirk: the last two years' RESULTS sit in two number columns ('2019', '2020') BETWEEN the metric and the action – percentages (3.1%, 32.1%), likelihood ratios (1.41, 2.10) and an engagement score (6.5) – filled on the first action of each metric only. Deadlines are text 'Oct-20'. Judgement calls: the figures and the year headers are data, never indicators, dues, outcomes or statuses; indicators = the metric number in the metric cell; the 'Progress' column holds a status word on a fill (status = the word, rag = the fill: Complete green, On track light green → green, Behind amber, Not started red); no ref (ref ''); the footnote is no action.", { cols: { ind: 'A', action: 'D', lead: 'E', due: 'F', status: 'G', traps: ['B', 'C'] }, mode: 'fill', ragCol: 'G' });
}
