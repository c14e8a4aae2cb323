// holdout87-wres-2018-19-yarrowfield: mental health trust, a THREE-YEAR race equality plan 2018–2021 laid out as ROWS PER YEAR under
// each objective: objective row, a baseline / three-year measure row, then the actions with the plan year MERGED DOWN beside them.
import { Book, Plan, C, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Yarrowfield Care NHS Trust';
  const p = new Plan(book, { name: 'holdout87-wres-2018-19-yarrowfield', sheet: 'Race Equality Plan', standard: 'WRES', period: '2018-19', trust, widths: [11, 52, 8, 26, 16], font: { name: 'Arial', size: 10 } });
  p.line([`${trust} – Race Equality Plan 2018 to 2021 (Workforce Race Equality Standard)`], { merge: ['A', 'E'], style: { bold: true, font: { size: 12 } } });
  p.line(['Each objective runs for three years. Actions are set out in the year they are due to be delivered: 2018/19 (Year 1), 2019/20 (Year 2), 2020/21 (Year 3). Status is reported for Year 1 actions only.'], { merge: ['A', 'E'], height: 28, style: { italic: true } });
  p.blank();
  p.header(['Year', 'Action', 'WRES', 'Lead', 'Status (Mar 2019)'], { style: { fill: C.teal, color: C.white } });
  const sections = [];
  const F = { Achieved: C.green, 'In progress': C.amber, 'Not achieved': C.red };
  const R = { Achieved: 'green', 'In progress': 'amber', 'Not achieved': 'red' };
  const data = [
    ['Objective 1 – Recruit and promote fairly', 'Baseline (WRES 2018): white applicants 1.62 times more likely to be appointed from shortlisting. Measure of success by March 2021: below 1.25.', [
      ['2018/19', [['Use structured interview questions and scoring sheets for all Band 5 to Band 7 clinical posts.', '2', 'Head of Recruitment', 'Achieved'], ['Report appointment rates by ethnicity to each locality quarterly.', '2', 'Workforce Information Manager', 'In progress']]],
      ['2019/20', [['Open a secondment route into Band 7 team leader posts for Band 6 community nurses, with places ring-fenced for applicants from the BME network.', '1, 7', 'Deputy Director of Nursing', '']]],
      ['2020/21', [['Review whether the structured interviews have narrowed the gap and decide whether to keep them.', '2', 'Head of Recruitment', '']]],
    ]],
    ['Objective 2 – Treat concerns about conduct fairly', 'Baseline (WRES 2018): BME staff 1.9 times more likely to enter formal disciplinary. Measure of success by March 2021: no higher than 1.2.', [
      ['2018/19', [['Train every ward and team manager in dealing with conduct concerns informally first, using the new decision checklist.', '3', 'Associate Director of HR', 'Not achieved']]],
      ['2019/20', [['Review all disciplinary cases involving BME staff in the year, with the network chair as an independent reviewer.', '3', 'Associate Director of HR', '']]],
    ]],
    ['Objective 3 – Make it safe to speak up', 'Baseline (2017 staff survey): 32% of BME staff harassed by service users; 14% discriminated against by a manager. Measure of success by March 2021: both down by a third.', [
      ['2018/19', [['Set up a race equality staff network with a board sponsor and two hours a month protected time.', '7, 8', 'Director of Workforce & OD', 'Achieved']]],
      ['2020/21', [['Add questions on racist abuse from service users to the inpatient ward safety huddle and act on what they show.', '5', 'Head of Nursing, Inpatient Services', '']]],
    ]],
  ];
  for (const [obj, base, years] of data) {
    sections.push(p.line([obj], { merge: ['A', 'E'], style: { bold: true, fill: C.paleblue } }));
    p.line([base], { merge: ['A', 'E'], height: 26, style: { italic: true, color: 'FF404040' } });
    for (const [yr, acts] of years) {
      const r0 = p.r + 1;
      for (const [act, ind, lead, st] of acts) p.action([yr, act, ind, lead, st], { indicators: ind.split(', '), theme: obj, action: act, lead, due: yr, status: st, rag: R[st] ?? null }, { styles: [{ bold: true, alignment: { horizontal: 'center' } }, {}, { alignment: { horizontal: 'center' } }, {}, st ? { fill: F[st] } : {}] });
      mergeDown(p.ws, 'A', r0, p.r);
    }
  }
  p.blank();
  p.line(['Owner: Director of Workforce & OD. Reviewed each March by the Equality, Diversity and Inclusion Group; next review March 2020.'], { merge: ['A', 'E'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  const dataRows = sections.map((r) => r + 1);
  p.saveGold("Original plan (fictional mental health trust). A THREE-YEAR plan (2018 to 2021) laid out with ROWS PER YEAR under each objective. Sheet 'Race Equality Plan': a title naming the trust and 'Race Equality Plan 2018 to 2021', an italic line (Year 1 = 2018/19, Year 2 = 2019/20, Year 3 = 2020/21; status for Year 1 actions only), a blank row, the header 'Year | Action | WRES | Lead | Status (Mar 2019)' (row 4), then three shaded OBJECTIVE rows, each followed by an italic BASELINE / MEASURE OF SUCCESS row (the objective's 2018 figure and its March 2021 target) and the objective's actions, the plan year MERGED DOWN in column A beside the actions of that year (2018/19 over two actions under Objective 1); an owner line at the end. Judgement calls: the plan's period is its FIRST year as stated (2018 to 2021, Year 1 = 2018/19) → '2018-19'; due = the plan year the action sits under, read from the merged Year cell as written ('2018/19', '2019/20', '2020/21'), which the italic line says is the year it is due to be delivered; theme = the objective row; the baseline / measure row belongs to the objective, is no action and gives no action an outcome (outcome ''); indicators from the WRES column ('1, 7' and '7, 8' → both, in order); status = the Year 1 status word, rag from its fill; Year 2 and Year 3 actions have no status yet (status '', rag null); no ref. 'March 2020' in the owner line is no due.", { mode: 'fill', ragCol: 5, sections, dataRows, forbidden: ['March 2020'] });
}
