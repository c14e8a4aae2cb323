// holdout9-wdes-2020-21-quillbury: a WORD TABLE PASTED INTO EXCEL. Every logical column spans several merged grid columns
// (A:B, C:E, F:G, H, I:J, K, L), a few rows are split differently (action C:F, evidence G), metric cells merged DOWN over
// their block; 'Evidence / Measure of success' and 'Resources' columns; no status; paragraphs above and below unmerged.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout9-wdes-2020-21-quillbury', sheet: 'Sheet1', standard: 'WDES', period: '2020-21', trust: 'Quillbury Community and Mental Health NHS Trust', widths: [7, 7, 16, 16, 14, 13, 13, 18, 8, 8, 13, 30] });
  const tnr = { font: { name: 'Calibri', size: 11 } };
  p.line(['Quillbury Community and Mental Health NHS Trust'], { style: { bold: true, ...tnr } });
  p.line(['Workforce Disability Equality Standard Action Plan 2020/21'], { style: { bold: true, ...tnr } });
  p.line(['The actions below respond to our 2020 WDES data and were developed with the Disability and Wellbeing Network.'], { style: tnr });
  p.blank();
  // cells: [[from, to, value], …] – written at `from`, merged to `to`
  const put = (cells, kind, g, extra = {}) => {
    const vals = []; for (const [a, , v] of cells) vals[a.charCodeAt(0) - 65] = v;
    const merge = cells.filter(([a, b]) => a !== b && !(extra.noAB && a === 'A')).map(([a, b]) => [a, b]); delete extra.noAB;
    const opts = { border: true, merge: merge.length ? merge : undefined, style: { ...tnr, ...(kind === 'header' ? { bold: true } : {}) }, ...extra };
    if (kind === 'header') return p.header(vals, opts); if (kind === 'line') return p.line(vals, opts); return p.action(vals, g, opts);
  };
  put([['A', 'B', 'Metric'], ['C', 'E', 'Action'], ['F', 'G', 'Evidence / Measure of success'], ['H', 'H', 'Lead'], ['I', 'J', 'Resources'], ['K', 'K', 'Timescale'], ['L', 'L', 'Progress']], 'header');
  const P1 = (m, action, ev, lead, res, due, prog) => [['A', 'B', m], ['C', 'E', action], ['F', 'G', ev], ['H', 'H', lead], ['I', 'J', res], ['K', 'K', due], ['L', 'L', prog]];
  const P2 = (m, action, ev, lead, res, due, prog) => [['A', 'B', m], ['C', 'F', action], ['G', 'G', ev], ['H', 'H', lead], ['I', 'J', res], ['K', 'K', due], ['L', 'L', prog]];
  const act = (P, m, inds, action, ev, lead, res, due, prog, noAB) => put(P(m, action, ev, lead, res, due, prog), 'action', { indicators: inds, action, lead, due, outcome: ev, progress: prog }, noAB ? { noAB } : {});
  const down = (r1, r2) => p.ws.mergeCells(`A${r1}:B${r2}`);
  const a = act(P1, 'Metric 1 – Workforce representation', ['1'], 'Launch a campaign to encourage staff to update their disability status on ESR, co-designed with the Network.', 'Declaration rate on ESR rises from 3.1% to 5%', 'Head of Workforce Information', 'Staff time', 'Q3', 'Campaign launched November 2020; 3.9% at January.', true);
  act(P1, undefined, ['1'], 'Add the disability question to the recruitment on-boarding form and the appraisal template.', 'Both forms updated', 'HR Systems Lead', 'Nil', 'October 2020', 'Complete.', true); down(a, p.r);
  act(P2, 'Metric 2 – Shortlisting', ['2'], 'Check quarterly that all disabled applicants meeting the essential criteria are shortlisted (Disability Confident).', 'Relative likelihood below 1.10', 'Recruitment Manager', 'Recruitment team time', 'Quarterly', 'Q2 and Q3 checks done: 1.08.');
  act(P1, 'Metric 3 – Capability', ['3'], 'Review the capability policy so that reasonable adjustments are recorded before any formal stage.', 'Policy ratified; audit of 10 cases', 'Head of HR Operations', 'Nil', 'March 2021', 'Draft with staff side.');
  const b = act(P1, 'Metric 4 – Harassment, bullying or abuse', ['4'], 'Include disability harassment in the "Civility Saves Lives" sessions for all teams.', 'Fewer disabled staff report harassment from colleagues in the 2021 Staff Survey', 'Head of OD', '£1,500 (facilitator)', 'Q4', 'Postponed to 2021/22 – sessions paused during Covid-19.', true);
  act(P2, undefined, ['4'], 'Promote the Freedom to Speak Up Guardian and the Network as routes to report harassment.', 'Reporting rate above 50%', 'Freedom to Speak Up Guardian', 'Nil', 'Ongoing', 'Included in the staff bulletin each month.', true); down(b, p.r);
  act(P1, 'Metric 5 – Career progression', ['5'], 'Offer disabled staff places on the Trust\'s coaching and mentoring scheme.', 'At least 10 disabled staff coached', 'Head of Leadership', 'Existing coaching budget', 'January 2021', '6 staff matched with coaches.');
  act(P1, 'Metrics 6 & 7 – Presenteeism and feeling valued', ['6', '7'], 'Hold virtual listening events for disabled staff, shielding staff and staff with long-term conditions.', 'Two events; themes reported to the People Committee', 'Director of People', 'Nil', 'Autumn 2020', 'Events held in September and December.');
  act(P1, 'Metric 8 – Reasonable adjustments', ['8'], 'Introduce a Reasonable Adjustments Passport and a central equipment budget.', 'Passport launched; 80% of adjustments in place within 6 weeks', 'Occupational Health Manager', '£10,000 central budget', 'March 2021', 'Passport launched February 2021.');
  act(P2, 'Metrics 9a & 9b – Engagement and staff voice', ['9a', '9b'], 'Agree protected time for the Network chair and give the Network a seat on the Equality and Inclusion Group.', 'Engagement score gap reduced', 'Director of People', '0.1 WTE backfill', 'Q2', 'Agreed from July 2020.');
  act(P1, 'Metric 10 – Board', ['10'], 'Include disability in the Board diversity audit and share Board members\' own stories in Disability History Month.', 'Audit complete', 'Trust Secretary', 'Nil', 'December 2020', '');
  p.blank();
  p.line(['Resources: non-pay costs only; staff time is met from existing budgets.'], { style: tnr });
  p.line(['Agreed by the People Committee on 24 September 2020 and the Trust Board on 1 October 2020.'], { style: tnr });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust): a WORD TABLE PASTED INTO EXCEL on 'Sheet1' (Calibri, all borders, no fills). The title, subtitle and intro paragraph are in A1–A3, unmerged (Word paragraphs), then a blank row and the table. Because the Word table's column widths do not match the grid, EVERY logical column spans merged grid columns: header row 5 'Metric' A:B | 'Action' C:E | 'Evidence / Measure of success' F:G | 'Lead' H | 'Resources' I:J | 'Timescale' K | 'Progress' L. Three rows (metric 2, the second metric 4 action, metrics 9a & 9b) were split differently in Word: 'Action' spans C:F and 'Evidence' is only G – the action still starts in C and the evidence is one column further right. Where a metric has two actions, its Metric cell is merged DOWN over both rows (A6:B7 for metric 1, A10:B11 for metric 4), so the second row's indicator comes from the merged cell. Metric cells name the metric with a title: 'Metric 4 – Harassment, bullying or abuse' → ['4'] (2020 metric set), 'Metrics 6 & 7 – …' → ['6','7'], 'Metrics 9a & 9b – …' → ['9a','9b']. Gold action = the merged Action cell. Outcome = 'Evidence / Measure of success'; 'Resources' (costs, 'Nil', 'Staff time') has no gold field. Timescale is text: 'Q3', 'October 2020', 'Quarterly', 'March 2021', 'Q4', 'Ongoing', 'January 2021', 'Autumn 2020', 'Q2', 'December 2020'. There is NO status column and no key: status '' and rag null; progress = the Progress cell (empty for metric 10). Theme null. After a blank row, a resources note and the approval line (unmerged paragraphs) are non-action rows.", {});
}
