// holdout74-wres-2025-26-rookhurst: acute trust, WRES plan of the EDI Improvement Plan era grouped under four High Impact Actions, with a
// BUDGET column: each HIA closes with a grey 'Subtotal' row (a SUM formula in the budget column) and the grid ends with a total; an
// asterisked DEFINITION note row sits under the action that uses the asterisk. Plain status words at Q1; Aptos Narrow.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Rookhurst and Vale Hospitals NHS Trust';
  const p = new Plan(book, { name: 'holdout74-wres-2025-26-rookhurst', sheet: 'WRES Action Plan 2025-26', standard: 'WRES', period: '2025-26', trust, widths: [6, 54, 9, 26, 11, 13, 12], font: { name: 'Aptos Narrow', size: 11 } });
  const ws = p.ws;
  p.line([`${trust}`], { merge: ['A', 'G'], style: { bold: true, font: { size: 14 } } });
  p.line(['Workforce Race Equality Standard – Action Plan 2025-26, mapped to the NHS EDI Improvement Plan High Impact Actions. Status at Q1 (30 June 2025).'], { merge: ['A', 'G'], height: 30 });
  p.blank();
  const hdr = p.header(['No.', 'Action', 'WRES ind.', 'Lead', 'By', 'Budget 2025-26 (£)', 'Status'], { style: { fill: C.darkblue, color: C.white } });
  const ig = {}; const secs = []; let theme = null; let first = 0;
  const money = '"£"#,##0';
  const sec = (t) => { theme = t; secs.push(p.line([t], { merge: ['A', 'G'], border: true, style: { bold: true, fill: C.paleblue } })); first = p.r + 1; };
  const act = (no, a, ind, lead, by, cost, st) => p.action([no, a, ind, lead, by, cost, st], { ref: no, indicators: ind.split(', '), theme, action: a, lead, due: by, status: st },
    { styles: [{}, {}, { alignment: { horizontal: 'center' } }, {}, {}, { numFmt: money }, {}] });
  const subs = []; const sums = [];
  const sub = (label) => {
    const last = p.r; let total = 0; for (let r = first; r <= last; r++) { const v = ws.getCell(`F${r}`).value; if (typeof v === 'number') total += v; }
    const r = p.line(['', label, '', '', '', { formula: `SUM(F${first}:F${last})`, result: total }, ''], { border: true, style: { bold: true, fill: C.grey }, styles: [{}, { alignment: { horizontal: 'right' } }, {}, {}, {}, { numFmt: money }, {}] });
    ig[r] = 'budget subtotal row'; subs.push(r); sums.push(total); return r;
  };
  sec('High Impact Action 1 – Measurable objectives on EDI for Chairs, Chief Executives and Board members');
  act('1.1', 'Give every Board member an objective on race equality for 2025-26 and report progress against it in the annual WRES report.', '9', 'Chair', 'Jun 2025', null, 'Complete');
  act('1.2', 'Hold a Board development session on the WRES data for ethnic minority* staff, led by members of the Race Equality Network.', '9', 'Director of Corporate Affairs', 'Sep 2025', 2500, 'In progress');
  const def = p.line(['', '* “Ethnic minority” in this plan means every ethnic group other than White British, White Irish and any other White background, as in the 2025 WRES technical guidance. Staff whose ethnicity is not recorded (6.2%) are left out of the indicators.'], { merge: ['B', 'G'], border: true, height: 30, style: { italic: true, font: { size: 9 }, color: 'FF595959' } });
  ig[def] = 'definition note row';
  sub('Subtotal – High Impact Action 1');
  sec('High Impact Action 2 – Overhaul recruitment processes and embed talent management');
  act('2.1', 'Replace panel-only interviews for Band 7 and above with a structured assessment that is scored before the panel discusses it.', '2', 'Head of Talent Acquisition', 'Dec 2025', 18000, 'In progress');
  act('2.2', 'Pay for 40 staff to be accredited as inclusive recruitment assessors, at least half of them from ethnic minority backgrounds.', '2', 'Head of Talent Acquisition', 'Nov 2025', 9600, 'In progress');
  act('2.3', 'Offer a career conversation and a coach to ethnic minority staff at Bands 5 and 6 who have applied for promotion twice without success.', '7', 'Head of Leadership & OD', 'Mar 2026', 12000, 'Not started');
  sub('Subtotal – High Impact Action 2');
  sec('High Impact Action 3 – Eliminate total pay gaps');
  act('3.1', 'Publish the ethnicity pay gap by staff group, with a specific plan for the medical workforce where the gap is widest.', '1', 'Head of Reward', 'Mar 2026', 4000, 'Not started');
  sub('Subtotal – High Impact Action 3');
  sec('High Impact Action 6 – An environment free of bullying, discrimination, harassment and physical violence');
  act('6.1', 'Add a “racist abuse” option to the incident reporting form and have the security team follow up each report within 72 hours.', '5', 'Head of Security', 'Aug 2025', 1500, 'Complete');
  act('6.2', 'Change the disciplinary policy so that a decision-maker from outside the team reviews every case before a formal investigation starts.', '3', 'Head of Employee Relations', 'Oct 2025', null, 'In progress');
  act('6.3', 'Fund two days a month of protected time for each of the Race Equality Network co-chairs.', '6, 8', 'Chief People Officer', 'Apr 2025', 14400, 'Complete');
  sub('Subtotal – High Impact Action 6');
  const tot = p.line(['', 'Total WRES budget 2025-26', '', '', '', { formula: subs.map((r) => `F${r}`).join('+'), result: sums.reduce((a, b) => a + b, 0) }, ''], { border: true, style: { bold: true, fill: 'FFBFBFBF' }, styles: [{}, { alignment: { horizontal: 'right' } }, {}, {}, {}, { numFmt: money }, {}] });
  ig[tot] = 'budget total row';
  p.blank();
  p.line(['Budget agreed by the Finance and Performance Committee on 24 April 2025 from the Trust’s EDI reserve.'], { merge: ['A', 'G'], style: { italic: true, font: { size: 9 } } });
  ws.dataValidations.add(`G${hdr + 1}:G${p.r}`, { type: 'list', allowBlank: true, formulae: ['"Not started,In progress,Complete"'] });
  ws.views = [{ state: 'frozen', ySplit: hdr }];
  await book.save(`${p.name}.xlsx`);
  p.saveGold(`Original plan (fictional acute trust), WRES 2025-26 mapped to the EDI Improvement Plan. Sheet 'WRES Action Plan 2025-26': trust, a title line with the Q1 date, a blank row, the navy header 'No. | Action | WRES ind. | Lead | By | Budget 2025-26 (£) | Status' (row ${hdr}, frozen), four pale-blue HIGH IMPACT ACTION rows (themes) and nine actions, each HIA closed by a subtotal row, then a total row and a budget-approval line. In-grid non-action rows: row ${def} (definition note row) – an italic '* “Ethnic minority” in this plan means …' note merged across under action 1.2, whose text carries the asterisk: a definition and caveat, not an action and not part of 1.2's text; ${subs.map((r) => `row ${r}`).join(', ')} (budget subtotal rows) – grey 'Subtotal – High Impact Action n' rows with a SUM formula in the budget column; row ${tot} (budget total row) – 'Total WRES budget 2025-26' adding the subtotals: totals, not actions. Judgement calls: theme = the HIA row above (the HIA is a theme, not an indicator); indicators from 'WRES ind.' only ('6, 8' → both); ref = No.; lead = Lead; due = By as typed; the budget is no field (blank where an action costs nothing); status = the drop-down word, uncoloured (rag null). The approval date under the grid and the Q1 date are no dues.`,
    { sections: secs, notFrom: ['F'], forbidden: ['24 April 2025', '30 June 2025'], inGrid: ig });
}
