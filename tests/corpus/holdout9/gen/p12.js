// holdout9-wres-2022-23-dunstowe: a WORD TABLE PASTED INTO EXCEL with a two-row merged header ('Delivery' over 'Who' | 'When'),
// logical columns spanning merged grid columns, indicator cells merged DOWN over their block, 'Resources required' and
// 'How we will measure success' columns, RAG letters filled, and the key pasted as a second small Word table below.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout9-wres-2022-23-dunstowe', sheet: 'Sheet1', standard: 'WRES', period: '2022-23', trust: 'Dunstowe Valley NHS Trust', widths: [9, 9, 14, 14, 14, 12, 20, 10, 8, 18, 16, 16, 6] });
  const cal = { font: { name: 'Calibri', size: 11 } };
  p.line(['Dunstowe Valley NHS Trust'], { style: { bold: true, ...cal } });
  p.line(['Workforce Race Equality Standard (WRES) Action Plan 2022-23'], { style: { bold: true, ...cal } });
  p.blank();
  const col = (c) => c.charCodeAt(0) - 65;
  const put = (cells, kind, g, down = []) => {
    const vals = []; for (const [a, , v] of cells) vals[col(a)] = v;
    const merge = cells.filter(([a, b]) => a !== b && !down.includes(a)).map(([a, b]) => [a, b]);
    const opts = { border: true, merge: merge.length ? merge : undefined, style: { ...cal, ...(kind === 'header' ? { bold: true, alignment: { horizontal: 'center', vertical: 'middle' } } : {}) }, styles: g?.styles };
    if (kind === 'header') return p.header(vals, opts); if (kind === 'line') return p.line(vals, opts); return p.action(vals, g, opts);
  };
  const h1 = put([['A', 'B', 'WRES indicator'], ['C', 'F', 'What we will do'], ['G', 'I', 'Delivery'], ['J', 'J', 'Resources required'], ['K', 'L', 'How we will measure success'], ['M', 'M', 'RAG']], 'header', null, ['A', 'C', 'K']);
  const h2 = put([['G', 'G', 'Who'], ['H', 'I', 'When']], 'header');
  for (const r of ['A', 'C', 'K']) { const e = { A: 'B', C: 'F', K: 'L' }[r]; p.ws.mergeCells(`${r}${h1}:${e}${h2}`); }
  for (const c of ['J', 'M']) p.ws.mergeCells(`${c}${h1}:${c}${h2}`);
  const F = { R: C.red, A: C.amber, G: C.green }; const R = { R: 'red', A: 'amber', G: 'green' };
  // one indicator block: the indicator cell merged down A:B over its actions
  const block = (ind, inds, acts) => {
    const first = p.r + 1;
    acts.forEach(([action, who, when, res, measure, rag], i) => {
      const cells = [['A', 'B', i === 0 ? ind : undefined], ['C', 'F', action], ['G', 'G', who], ['H', 'I', when], ['J', 'J', res], ['K', 'L', measure], ['M', 'M', rag]];
      const styles = []; styles[col('M')] = rag ? { fill: F[rag], bold: true, alignment: { horizontal: 'center' } } : {};
      put(cells, 'action', { indicators: inds, action, lead: who, due: when, status: rag, rag: R[rag] ?? null, outcome: measure, styles }, acts.length > 1 ? ['A'] : []);
    });
    if (acts.length > 1) p.ws.mergeCells(`A${first}:B${p.r}`);
  };
  block('1. Percentage of BME staff in each AfC band and VSM', ['1'], [
    ['Set a target for BME representation at Band 8a and above for each directorate and report progress to the People Committee every quarter.', 'Director of People', 'Q2 2022/23', 'Workforce information analyst time', '19% of Band 8a+ posts held by BME staff by 2025', 'G'],
    ['Introduce a "stretch" secondment scheme for BME staff at Bands 6 and 7.', 'Head of Talent\nBME Network Chair', 'From October 2022', '£18,000 backfill', '12 secondments in year one', 'A'],
  ]);
  block('2. Relative likelihood of appointment from shortlisting', ['2'], [
    ['Include a trained Inclusion Ambassador on every interview panel for Band 7 and above.', 'Head of Recruitment', 'December 2022', '60 ambassadors trained (in-house)', 'Relative likelihood below 1.25', 'G'],
    ['Remove personal details from application forms at shortlisting.', 'Head of Recruitment', 'By March 2023', 'TRAC licence change (£2,400)', 'Anonymised shortlisting for all posts', 'R'],
  ]);
  block('3. Relative likelihood of entering the formal disciplinary process', ['3'], [
    ['Introduce a pre-formal assessment, signed off by the Deputy Director of People, for every proposed investigation.', 'Deputy Director of People', 'Q1 2022/23', 'Nil', 'Relative likelihood between 0.8 and 1.25', 'G'],
  ]);
  block('5, 6 & 8. Harassment, bullying, abuse and discrimination', ['5', '6', '8'], [
    ['Deliver "Active Bystander" training to all managers in the Emergency Department, Medicine and Estates.', 'Head of OD', 'Q3 2022/23', '£6,500 external trainers', '300 managers trained', 'A'],
    ['Record racist incidents by patients on Datix as a separate category and give every reporter feedback within 14 days.', 'Head of Patient Safety\nHead of Security', 'Q2 2022/23', 'Nil', 'Category live; 90% feedback within 14 days', 'G'],
  ]);
  block('7. Belief in equal opportunities for career progression', ['7'], [
    ['Run a reverse mentoring programme pairing BME staff with executive and senior managers.', 'Chief Executive', 'January 2023', '£4,000 programme costs', '15 pairs completing the programme', 'A'],
  ]);
  block('9. Board representation', ['9'], [
    ['Use a diverse longlist and an independent BME panel member for all Board-level appointments.', 'Chair', 'As vacancies arise', 'Search agency fees (existing budget)', 'BME Board membership at least 15%', 'G'],
    ['Give the BME Network chair a standing invitation to the People Committee.', 'Company Secretary', 'Q1 2022/23', 'Nil', 'Chair attending from June 2022', ''],
  ]);
  p.blank();
  // the key, pasted as a second small Word table
  const k1 = put([['A', 'B', 'RAG key'], ['C', 'C', 'R'], ['D', 'H', 'Not started or significantly off track']], 'line', { styles: Object.assign([], { 2: { fill: C.red, bold: true } }) }, ['A']);
  put([['C', 'C', 'A'], ['D', 'H', 'Started, some risk to delivery']], 'line', { styles: Object.assign([], { 2: { fill: C.amber, bold: true } }) });
  const k3 = put([['C', 'C', 'G'], ['D', 'H', 'On track or complete']], 'line', { styles: Object.assign([], { 2: { fill: C.green, bold: true } }) });
  p.ws.mergeCells(`A${k1}:B${k3}`);
  p.blank();
  p.line(['Approved by the Trust Board on 29 September 2022. Position at 31 January 2023.'], { style: cal });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust): a WORD TABLE PASTED INTO EXCEL on 'Sheet1' (Calibri, borders, no fills except the RAG cells). Title and subtitle are unmerged paragraphs in A1–A2, a blank row, then a TWO-ROW MERGED HEADER (rows 4–5): 'WRES indicator' (A4:B5), 'What we will do' (C4:F5), 'Delivery' (G4:I4) over 'Who' (G5) and 'When' (H5:I5), 'Resources required' (J4:J5), 'How we will measure success' (K4:L5), 'RAG' (M4:M5); both are header rows. Every logical column spans merged grid columns (action C:F, when H:I, measure K:L). The indicator cell ('1. Percentage of BME staff in each AfC band and VSM', '5, 6 & 8. Harassment, bullying, abuse and discrimination') is merged DOWN over its block of one or two actions (A:B over the rows), so later rows of a block get their indicator from the merged cell: '5, 6 & 8. …' → ['5','6','8']; indicator 4 has no action. Gold action = the merged 'What we will do' cell; lead = 'Who' (two cells hold two roles on two lines – gold = the whole cell); due = 'When' as text ('Q2 2022/23', 'From October 2022', 'December 2022', 'By March 2023', 'Q1 2022/23', 'Q3 2022/23', 'January 2023', 'As vacancies arise'); outcome = 'How we will measure success'; 'Resources required' (costs, 'Nil') has no gold field. RAG letters R / A / G filled in colour; rag by the key; the last action has an empty RAG (status '', rag null). No progress column (progress ''). Theme null. After a blank row the KEY is a second pasted Word table (rows 17–19: 'RAG key' merged A17:B19 down, then a filled letter in C and its meaning merged D:H on each row) – non-action rows; after another blank row the approval/position line is a non-action row.", { ragCol: 'M', mode: 'fill' });
}
