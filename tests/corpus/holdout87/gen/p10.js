// holdout87-wres-2026-27-kettlesham: mental health and community trust, Year 1 of a THREE-YEAR race equality plan 2026–2029: objective
// rows each with a 'By March 2029' ambition row, then actions with Start and Complete-by quarters, a tick in each plan year the action
// runs, a 2025 baseline and this year's Q2 position as plain words.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Kettlesham Health and Care NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout87-wres-2026-27-kettlesham', sheet: 'Year 1 2026-27', standard: 'WRES', period: '2026-27', trust, widths: [6, 40, 8, 24, 11, 11, 6, 6, 6, 26, 14], font: { name: 'Calibri', size: 10 } });
  p.line([trust], { merge: ['A', 'K'], style: { bold: true, font: { size: 14 }, color: C.darkred } });
  p.line(['Race Equality Plan 2026–2029 (WRES) – three-year delivery grid, Year 1 (2026/27) position at Quarter 2'], { merge: ['A', 'K'], style: { bold: true } });
  p.line(['✓ = the action is being delivered in that plan year.  Baselines are from the 2025 WRES return and the 2025 NHS Staff Survey.'], { merge: ['A', 'K'], style: { italic: true, font: { size: 9 } } });
  p.blank();
  p.header(['Ref', 'Action', 'WRES', 'Responsible officer', 'Start', 'Complete by', 'Y1 26/27', 'Y2 27/28', 'Y3 28/29', 'Baseline (2025)', 'Position Q2 26/27'], { style: { fill: C.darkred, color: C.white }, height: 28 });
  p.ws.views = [{ state: 'frozen', ySplit: 5 }];
  const sections = []; const dataRows = [];
  const objs = [
    ['Objective 1: A workforce that reflects our communities at every level', 'By March 2029: global majority staff make up at least 18% of Band 8a and above (from 9%).', [
      ['1a', 'Publish representation by band and staff group in every care group\'s monthly workforce report.', '1', 'Head of Workforce Intelligence', 'Q1 2026/27', 'Q3 2026/27', '✓', '', '', 'Band 8a+ global majority 9%', 'Started'],
      ['1b', 'Run a "Next Step" programme for Band 5 and 6 nurses and allied health professionals from global majority backgrounds, with guaranteed interviews for Band 7 posts.', '1, 7', 'Deputy Director of Nursing & AHPs', 'Q3 2026/27', 'Q4 2028/29', '✓', '✓', '✓', '64% believe there are equal chances of progression', 'Not started'],
      ['1c', 'Check that every shortlisting and interview panel for Band 7 and above has had inclusive recruitment training in the last two years.', '2', 'Head of Recruitment', 'Q1 2026/27', 'Q2 2027/28', '✓', '✓', '', 'Relative likelihood from shortlisting 1.49', 'Started'],
    ]],
    ['Objective 2: Fair and just treatment when things go wrong', 'By March 2029: global majority staff no more likely than White staff to enter formal disciplinary.', [
      ['2a', 'Hold a restorative "first conversation" with the staff member before any formal process is considered, with a second manager present.', '3', 'Associate Director of Employee Relations', 'Q2 2026/27', 'Q4 2026/27', '✓', '', '', 'Relative likelihood of formal disciplinary 1.62', 'Complete'],
      ['2b', 'Review every disciplinary case involving global majority staff at a quarterly panel that includes the Race Equality Network co-chairs.', '3', 'Associate Director of Employee Relations', 'Q3 2026/27', 'Q4 2028/29', '✓', '✓', '✓', '', 'Planned'],
    ]],
    ['Objective 3: Safe from racism at work', 'By March 2029: harassment and discrimination measures within 3 points of White colleagues.', [
      ['3a', 'Agree with inpatient and crisis teams how racist abuse by patients is recorded, followed up and discussed in supervision.', '5', 'Director of Nursing – Inpatient and Crisis Services', 'Q1 2026/27', 'Q4 2027/28', '✓', '✓', '', '41% harassed by patients, relatives or the public', 'Started'],
      ['3b', 'Make anti-racism training part of the leadership programme for every manager, and include it in managers\' appraisal objectives.', '6, 8', 'Head of Leadership & Organisational Development', 'Q4 2026/27', 'Q4 2028/29', '✓', '✓', '✓', '19% discriminated against by a manager or colleague', 'Not started'],
      ['3c', 'Invite a Race Equality Network co-chair to attend the Board as a participating observer, and report the Board\'s own ethnicity each year.', '9', 'Chief People Officer', 'Q1 2027/28', 'Q2 2027/28', '', '✓', '', '', 'Planned'],
    ]],
  ];
  for (const [obj, amb, acts] of objs) {
    sections.push(p.line([obj], { merge: ['A', 'K'], style: { bold: true, fill: 'FFF2DCDB' } }));
    dataRows.push(p.line(['', amb], { merge: ['B', 'K'], style: { italic: true, color: C.darkred } }));
    for (const [ref, act, ind, lead, start, by, y1, y2, y3, base, pos] of acts) {
      const ctr = { alignment: { horizontal: 'center' } };
      p.action([ref, act, ind, lead, start, by, y1, y2, y3, base, pos], { ref, indicators: ind.split(', '), theme: obj, action: act, lead, due: by, status: pos }, { styles: [{}, {}, ctr, {}, ctr, { ...ctr, bold: true }, { ...ctr, ...(y1 ? { fill: 'FFF2DCDB' } : {}) }, { ...ctr, ...(y2 ? { fill: 'FFF2DCDB' } : {}) }, { ...ctr, ...(y3 ? { fill: 'FFF2DCDB' } : {}) }, { italic: true }, {}] });
    }
  }
  for (let r = 6; r <= p.r; r++) p.ws.getCell(`K${r}`).dataValidation = { type: 'list', allowBlank: true, formulae: ['"Planned,Not started,Started,Complete"'] };
  p.blank();
  p.line(['Approved by the Board of Directors, 25 June 2026. Year 2 actions will be confirmed at the annual refresh in June 2027.'], { merge: ['A', 'K'], style: { italic: true, font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional mental health and community FT). Year 1 grid of a THREE-YEAR plan. Sheet 'Year 1 2026-27': trust name, title 'Race Equality Plan 2026–2029 (WRES) – three-year delivery grid, Year 1 (2026/27) position at Quarter 2', an italic KEY line ('✓ = the action is being delivered in that plan year'; baselines from 2025), a blank row, the header 'Ref | Action | WRES | Responsible officer | Start | Complete by | Y1 26/27 | Y2 27/28 | Y3 28/29 | Baseline (2025) | Position Q2 26/27' (row 5, frozen), three pink OBJECTIVE rows each followed by an italic red 'By March 2029: …' AMBITION row merged B–K and its actions (eight in all), an approval line at the end; a drop-down list on the Position column. Judgement calls: the plan's period is its FIRST year as stated (2026–2029, Year 1 = 2026/27) → '2026-27'; due = 'Complete by' as typed ('Q3 2026/27', 'Q4 2028/29', 'Q2 2027/28'), never Start, never the header of the last ✓ year, never 'March 2029' in the ambition row; the ✓ cells (shaded) say which years the action runs and give no field; theme = the objective row; the ambition row is the objective's target (no action, no outcome for any action: outcome ''); the Baseline is a figure and gives no field; status = the Position word as written ('Planned', 'Not started', 'Started', 'Complete'), uncoloured → rag null; progress ''; lead = Responsible officer; ref = Ref; indicators from the WRES column ('1, 7', '6, 8' → both). The approval date and 'June 2027' are no dues.", { sections, dataRows, notFrom: ['E', 'J'], forbidden: ['By March 2029', 'June 2027', '25 June 2026'] });
}
