// holdout96-wres-2025-26-ravenstow: teaching hospital, a ONE-PAGE DASHBOARD: the figures table (left, A–D) and the action plan (right,
// F–J) share the same rows, each indicator's name and figures MERGED DOWN beside its actions; indicators 4 and 9 have figures but a
// 'no action' note on the right; under it, last year's actions with their outcomes as a small grid of its own.
import { Book, Plan, C, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Ravenstow Teaching Hospitals NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout96-wres-2025-26-ravenstow', sheet: 'WRES dashboard', standard: 'WRES', period: '2025-26', trust, widths: [30, 9, 9, 9, 2, 6, 48, 24, 11, 32], font: { name: 'Calibri', size: 10 } });
  p.line([`${trust}: Workforce Race Equality Standard 2025 – data and action plan 2025/26`], { merge: ['A', 'J'], style: { bold: true, font: { size: 14 }, color: C.white, fill: C.darkblue }, height: 24 });
  p.line(['Data: ESR at 31 March 2025 and the 2024 NHS Staff Survey. Actions agreed by the Inclusion Board, 23 September 2025.'], { merge: ['A', 'J'], style: { italic: true } });
  p.blank();
  p.line(['OUR FIGURES', '', '', '', '', 'OUR ACTIONS FOR 2025/26'], { merge: [['A', 'D'], ['F', 'J']], style: { bold: true, color: C.darkblue } });
  const hdr = p.header(['Indicator', '2024', '2025', 'Trend', '', 'No.', 'What we will do', 'Lead', 'By', 'Measure of success'], { style: { fill: 'FFD9E1F2' }, styles: [{}, {}, {}, {}, { fill: undefined }] });
  p.ws.getCell(`E${hdr}`).border = {}; p.ws.getCell(`E${hdr}`).fill = undefined;
  const ctx = []; const R2 = 'FFFFC7CE', G2 = 'FFC6EFCE', N2 = C.palegrey;
  const block = (ind, codes, y1, y2, tr, fill, acts, note) => {
    const top = p.r + 1;
    const left = (i) => (i === 0 ? [ind, y1, y2, tr, ''] : ['', '', '', '', '']);
    const st = [{ bold: true }, { alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }, { fill, alignment: { horizontal: 'center' } }, {}];
    if (note) ctx.push(p.line([...left(0), '', note], { border: true, styles: [...st, {}, { italic: true, color: 'FF7F7F7F' }] }));
    acts.forEach(([ref, a, lead, by, meas, inds], i) => p.action([...left(i), ref, a, lead, by, meas], { ref, indicators: inds || codes, action: a, lead, due: by, outcome: meas }, { styles: [...st, {}, { alignment: { horizontal: 'center' } }] }));
    for (const col of ['A', 'B', 'C', 'D']) mergeDown(p.ws, col, top, p.r);
    for (let r = top; r <= p.r; r++) { p.ws.getCell(`E${r}`).border = {}; }
  };
  block('1. BME staff at Band 8a and above', ['1'], '14.2%', '15.8%', '▲', G2, [
    ['1a', 'Set an 8a+ representation goal for each clinical group and review progress at the quarterly performance reviews.', 'Chief People Officer', 'Jun 2025', '18% by March 2027'],
    ['1b', 'Fund 20 places on the regional “Stepping Up” programme for BME staff at Bands 6 and 7.', 'Head of Leadership', 'Nov 2025', '20 places filled; half promoted within two years', ['1', '7']],
  ]);
  block('2. Relative likelihood of White applicants being appointed from shortlisting', ['2'], '1.44', '1.52', '▼', R2, [
    ['2a', 'Make the interview panel’s scoring sheet and decision note mandatory on TRAC before an offer can be made.', 'Head of Recruitment', 'Aug 2025', 'Notes on 95% of appointments'],
    ['2b', 'Review every Band 7 and above appointment where a BME candidate scored highest at interview but was not appointed.', 'Deputy Chief People Officer', 'Quarterly', 'Review findings to the Inclusion Board'],
  ]);
  block('3. Relative likelihood of BME staff entering formal disciplinary', ['3'], '1.29', '1.17', '▲', G2, [
    ['3a', 'Continue the pre-formal triage panel and extend it to bank and agency workers.', 'Head of Employee Relations', 'Oct 2025', 'Ratio below 1.10'],
  ]);
  block('4. Relative likelihood of White staff accessing non-mandatory training', ['4'], '1.03', '0.99', '►', N2, [], 'No action – no adverse impact for a third year.');
  block('5. Harassment from patients / public (BME)', ['5'], '31.0%', '33.4%', '▼', R2, [
    ['5a', 'Issue body-worn cameras to security officers and to staff in the emergency department and acute medical unit.', 'Head of Security', 'Dec 2025', 'Reports of racist abuse followed up within 72 hours'],
  ]);
  block('6. Harassment from staff (BME)  ·  8. Discrimination (BME)', ['6', '8'], '26.1% · 15.9%', '27.9% · 16.4%', '▼', R2, [
    ['6a', 'Train 300 active bystanders across theatres, maternity and estates and facilities.', 'Head of Organisational Development', 'Mar 2026', '300 trained; 6 and 8 both down by 2 points'],
    ['8a', 'Introduce a route for BME staff to raise discrimination directly with a trained network advocate.', 'Race Equality Network Chair', 'Sep 2025', 'Route live; uses reported quarterly', ['8']],
  ]);
  block('7. Equal opportunities for career progression (BME)', ['7'], '47.5%', '49.0%', '▲', G2, [
    ['7a', 'Publish every secondment and acting-up opportunity on the intranet for at least five working days.', 'Director of Workforce', 'Jul 2025', 'No direct appointments to acting-up roles'],
  ]);
  block('9. BME voting Board members', ['9'], '2 of 14', '3 of 14', '▲', G2, [], 'No new action – Board appointments follow the Council of Governors’ own plan.');
  p.line(['Trend: ▲ better for BME staff (green), ▼ worse (red), ► little change (grey).'], { merge: ['A', 'J'], style: { italic: true, font: { size: 8 } } });
  p.blank();
  p.line(['Our 2024/25 actions – what happened'], { merge: ['A', 'J'], style: { bold: true, color: C.darkblue } });
  ctx.push(p.line(['2024/25 action', '', '', '', '', 'No.', 'Outcome', '', '', ''], { border: true, merge: [['A', 'D'], ['G', 'J']], style: { bold: true, fill: C.palegrey } }));
  for (const [a, n, o] of [
    ['Pre-formal triage panel for disciplinary cases', 'A4', 'Done – in place since June 2024; continued as 3a'],
    ['Name-blind shortlisting for administrative posts', 'A2', 'Done – evaluated; no change to the gap, stopped'],
    ['Reverse mentoring for executive directors', 'A7', 'Partly done – five of nine executives paired'],
  ]) ctx.push(p.line([a, '', '', '', '', n, o, '', '', ''], { border: true, merge: [['A', 'D'], ['G', 'J']] }));
  p.ws.views = [{ state: 'frozen', ySplit: hdr, showGridLines: false }];
  p.ws.pageSetup = { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 1 };
  await book.save(`${p.name}.xlsx`);
  const acts = p.actions.map((a) => a.row);
  p.saveGold(`Original report (fictional teaching hospital), the WRES 2025 report as a ONE-PAGE DASHBOARD (landscape, fit to one page). A navy title bar naming the trust, a data / approval line, two captions 'OUR FIGURES' (A–D) and 'OUR ACTIONS FOR 2025/26' (F–J), then ONE header row holding both tables' headers: 'Indicator | 2024 | 2025 | Trend' and 'No. | What we will do | Lead | By | Measure of success' (row ${hdr}, frozen; column E a narrow spacer). Each indicator's name, figures and a trend arrow on a red / green / grey fill are MERGED DOWN on the left beside its actions on the right (one to two actions; 6 and 8 share a block). Indicators 4 and 9 have figures but a grey italic 'No action – …' / 'No new action – …' note on the right; a trend key line under the dashboard. Under the dashboard, 'Our 2024/25 actions – what happened': a small grid of its own ('2024/25 action | No. | Outcome') with three rows. Nine actions. Judgement calls: a row is an action when the right-hand plan has an action on it; the merged figures beside it give no field (the trend fill is no RAG, the figures no due); the 'No action' rows and the 2024/25 rows are not actions; header rows = [${hdr}]; ref = No.; indicators from the indicator cell merged beside the action, and where the action names another indicator as well from its own wording (1b progression programme → ['1','7']; 8a in the shared 6 · 8 block → ['8']; 6a bystanders → ['6','8'] as its measure says); lead = Lead; due = By as typed ('Quarterly' kept); outcome = Measure of success; no status column → status '', rag null; theme null (the merged indicator cell is the data beside the action, not a heading); the approval date is no due.`, { notFrom: ['B', 'C', 'D'], dataRows: ctx, notFromRows: { rows: ctx, fields: ['action', 'lead', 'due', 'outcome'] }, forbidden: ['▲', '▼', '►', '23 September 2025', 'OUR ACTIONS FOR 2025/26'] });
}
