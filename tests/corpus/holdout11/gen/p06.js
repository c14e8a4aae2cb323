// holdout11-wdes-2023-24-quenbury: post-2023 plan, 10 columns; 'Accountable exec' + 'Operational lead' (gold = operational);
// 'What does the data tell us?' merged down per metric; 'HIA 1'…'HIA 6' column; dd/mm/yy dates; key block above the header.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout11-wdes-2023-24-quenbury', sheet: 'WDES Plan 23-24', standard: 'WDES', period: '2023-24', trust: 'Quenbury Community and Mental Health NHS Trust', widths: [11, 30, 48, 9, 20, 26, 11, 30, 38, 13] });
  p.line(['Quenbury Community and Mental Health NHS Trust'], { merge: ['A', 'J'], style: { bold: true, font: { size: 14 } } });
  p.line(['WDES Action Plan 2023/24 (aligned to the NHS EDI Improvement Plan high impact actions)'], { merge: ['A', 'J'], style: { bold: true, font: { size: 11 } } });
  p.blank();
  p.line(['Key', 'Complete'], { border: true, styles: [{ bold: true }, { fill: C.blue, color: C.white }] });
  p.line(['', 'On track'], { border: true, styles: [{}, { fill: C.green }] });
  p.line(['', 'Some slippage'], { border: true, styles: [{}, { fill: C.amber }] });
  p.line(['', 'Not started / off track'], { border: true, styles: [{}, { fill: C.red, color: C.white }] });
  p.blank();
  p.header(['Metric', 'What does the data tell us?', 'Action', 'HIA', 'Accountable exec', 'Operational lead', 'Target date', 'Measure of success', 'Update (Q2)', 'RAG'], { style: { fill: C.nhs, color: C.white } });
  const F = 'dd/mm/yy'; const FILL = { Complete: C.blue, 'On track': C.green, 'Some slippage': C.amber, 'Not started': C.red };
  const RG = { Complete: 'blue', 'On track': 'green', 'Some slippage': 'amber', 'Not started': 'red' };
  const block = (metric, inds, data, rows) => {
    const first = p.r + 1;
    rows.forEach(([action, hia, exec, lead, due, measure, upd, st], i) => {
      const dueText = due instanceof Date ? shown(due, F) : due;
      p.action([i ? '' : metric, i ? '' : data, action, hia, exec, lead, due, measure, upd, st], { indicators: inds, action, lead, due: dueText, status: st, rag: RG[st], progress: upd, outcome: measure },
        { styles: [{ bold: true }, {}, {}, { alignment: { horizontal: 'center' } }, {}, {}, due instanceof Date ? { numFmt: F } : {}, {}, {}, { fill: FILL[st], ...(st === 'Complete' || st === 'Not started' ? { color: C.white } : {}) }] });
    });
    if (p.r > first) { p.ws.mergeCells(`A${first}:A${p.r}`); p.ws.mergeCells(`B${first}:B${p.r}`); }
  };
  block('Metric 1', ['1'], '4.9% of staff declare a disability on ESR against 22.6% in the Staff Survey.', [
    ['Run a declaration campaign with the Disability Staff Network, including a short video from the Chief Executive.', 'HIA 3', 'Chief People Officer', 'Workforce Information Lead', D(2023, 11, 30), 'ESR declaration at least 7%', 'Video filmed; campaign launches in November.', 'On track'],
    ['Set a measurable objective on disabled staff representation at Band 8a+ for every executive director.', 'HIA 1', 'Chief Executive', 'Head of EDI', D(2023, 6, 30), 'Objective in all 2023/24 executive appraisals', 'Objectives agreed for all executives.', 'Complete'],
  ]);
  block('Metric 2', ['2'], 'Non-disabled applicants are 1.29 times more likely to be appointed from shortlisting.', [
    ['Publish adjustments available at interview in every advert and on the careers site.', 'HIA 3', 'Chief People Officer', 'Recruitment Manager', D(2023, 9, 30), 'Relative likelihood below 1.15 in 2024', 'Adverts updated; careers site in Q3.', 'Some slippage'],
  ]);
  block('Metric 3', ['3'], 'Disabled staff are 1.9 times more likely to enter the formal capability process.', [
    ['Check every proposed capability case for whether adjustments have been tried first.', 'HIA 6', 'Chief People Officer', 'Employee Relations Lead', D(2023, 12, 31), 'Relative likelihood below 1.25', 'Check in place from July; 5 cases reviewed.', 'On track'],
  ]);
  block('Metrics 4a & 4b', ['4a', '4b'], '29.4% of disabled staff report bullying from managers or colleagues (non-disabled 18.7%).', [
    ['Extend the Civility Saves Lives programme to community teams, with a module on disability.', 'HIA 6', 'Chief Nurse', 'Head of OD', D(2024, 3, 31), 'Gap in metric 4b reduced by 3 points', 'Four of nine teams done.', 'On track'],
    ['Include disability-related incidents in the quarterly bullying and harassment report to the People Committee.', 'HIA 6', 'Chief People Officer', 'Head of EDI', 'Quarterly', 'Report received each quarter', 'Not yet – Datix field still to be added.', 'Not started'],
  ]);
  block('Metric 5', ['5'], '49.1% of disabled staff believe there are equal opportunities for progression (non-disabled 58.0%).', [
    ['Offer a reciprocal mentoring scheme pairing disabled staff with senior leaders.', 'HIA 2', 'Chief Operating Officer', 'Head of Leadership Development', D(2024, 1, 31), '12 pairs completing the scheme', 'Eight pairs matched.', 'Some slippage'],
  ]);
  block('Metrics 6 & 8', ['6', '8'], '28.0% felt pressure to work when unwell; 71.5% say adequate adjustments have been made.', [
    ['Launch the Workplace Adjustments Passport and a central adjustments fund.', 'HIA 4', 'Chief People Officer', 'Head of Health and Wellbeing', D(2023, 10, 31), 'Adjustments in place within 8 weeks for 90% of requests', 'Launched 2 October; 34 passports.', 'Complete'],
  ]);
  block('Metrics 9a & 10', ['9a', '10'], 'Engagement 6.5 (non-disabled 6.9). No Board member has declared a disability.', [
    ['Include a lived-experience story from a disabled member of staff at every public Board meeting.', 'HIA 1', 'Chair', 'Company Secretary', 'Ongoing', 'Stories at every Board', 'Stories in May, July and September.', 'On track'],
    ['Give the Disability Staff Network chair two days a month protected time and an annual budget.', 'HIA 4', 'Chief People Officer', 'Head of EDI', D(2023, 5, 31), 'Protected time in the chair\'s job plan', 'Done.', 'Complete'],
  ]);
  p.blank();
  p.line(['HIA = High Impact Action in the NHS EDI Improvement Plan (June 2023).'], { merge: ['A', 'J'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust), ordinary post-2023 WDES plan with 10 columns. Two merged title rows, a blank row, a vertical KEY BLOCK in A4:B7 ('Key' then Complete blue, On track green, Some slippage amber, Not started / off track red – four non-action rows whose B cells are filled words), a blank row, and one header on row 9 (NHS blue, white text): 'Metric | What does the data tell us? | Action | HIA | Accountable exec | Operational lead | Target date | Measure of success | Update (Q2) | RAG'. Metric and data cells are MERGED DOWN over each metric's block ('Metrics 4a & 4b' → ['4a','4b'], 'Metrics 9a & 10' → ['9a','10']); theme null. Two person columns: gold lead = 'Operational lead' (the person doing the action), not the 'Accountable exec'. HIA column 'HIA 1'…'HIA 6' is mapping, not a theme. Target dates are REAL DATES shown dd/mm/yy ('30/11/23') with 'Quarterly' and 'Ongoing' as text. RAG words filled; 'Not started' (red) matches the key's 'Not started / off track'. 'Measure of success' is gold outcome, 'Update (Q2)' gold progress. The HIA footnote under the table is a non-action row.", { ragCol: 'J', mode: 'fill' });
}
