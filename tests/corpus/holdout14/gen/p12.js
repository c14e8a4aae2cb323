// holdout14-wres-2026-27-colneford: ORDINARY 2026 PLAN aligned to the EDI Improvement Plan – 'HIA' codes first,
// 'WRES N – short name' indicators, TWO person columns 'Senior responsible officer' + 'Delivery lead' (gold = delivery
// lead), real dd/mm/yyyy milestone dates mixed with text, status words filled incl. GREY 'Not started' (no colour in the
// key), key line under the title, autofilter, a version table under the plan.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout14-wres-2026-27-colneford', sheet: 'WRES 2026-27', standard: 'WRES', period: '2026-27', trust: 'Colneford Integrated Care NHS Trust', widths: [8, 22, 58, 24, 28, 14, 14], font: { name: 'Arial', size: 10 } });
  p.ws.views = [{ state: 'frozen', ySplit: 5 }];
  p.line(['Colneford Integrated Care NHS Trust'], { merge: ['A', 'G'], style: { bold: true, font: { size: 13 }, color: C.navy } });
  p.line(['Workforce Race Equality Standard – Action Plan 2026/27 (Q1 position, July 2026)'], { merge: ['A', 'G'], style: { bold: true } });
  p.line(['Key: Complete (blue) – On track (green) – At risk (amber) – Off track (red) – Not started (grey, not yet due)'], { merge: ['A', 'G'], style: { italic: true, font: { size: 9 } } });
  p.blank();
  p.header(['HIA', 'WRES indicator(s)', 'Action', 'Senior responsible officer', 'Delivery lead', 'Milestone date', 'RAG'], { style: { fill: C.navy, color: C.white, alignment: { vertical: 'middle', wrapText: true } } });
  p.ws.autoFilter = 'A5:G5';
  const S = { Complete: [C.blue, 'blue', C.white], 'On track': [C.green, 'green'], 'At risk': [C.amber, 'amber'], 'Off track': [C.red, 'red', C.white], 'Not started': [C.grey, null] };
  const data = [
    ['HIA 1', 'WRES 9 – Board', ['9'], 'Set an EDI objective for every Board member and review it in their annual appraisal.', 'Chair', 'Company Secretary', D(2026, 6, 30), 'dd/mm/yyyy', 'Complete'],
    ['HIA 1', 'WRES 1 – representation', ['1'], 'Report BME representation at Band 8a and above against the Trust\'s 2028 goal in every Board workforce report.', 'Chief People Officer', 'Head of Workforce Intelligence', 'Quarterly', null, 'On track'],
    ['HIA 2', 'WRES 1 – representation', ['1'], 'Publish the ethnicity pay gap with an action plan to close it.', 'Chief People Officer', 'Reward Manager', D(2026, 9, 30), 'dd/mm/yyyy', 'Not started'],
    ['HIA 3', 'WRES 2 – shortlisting', ['2'], 'Use values-based, structured interviews with a trained inclusion panel member for all posts at Band 7 and above.', 'Chief People Officer', 'Head of Resourcing', D(2026, 12, 31), 'dd/mm/yyyy', 'At risk'],
    ['HIA 3', 'WRES 2 – shortlisting\nWRES 7 – progression', ['2', '7'], 'Open a talent pool for BME staff at Bands 6–7 with sponsorship from a senior leader.', 'Chief Nurse', 'Head of Talent and Leadership', 'Sept 2026', null, 'On track'],
    ['HIA 3', 'WRES 4 – training', ['4'], 'Track access to non-mandatory training and CPD funding by ethnicity and close any gap above 5 points.', 'Chief People Officer', 'Head of Education', D(2027, 3, 31), 'dd/mm/yyyy', 'Not started'],
    ['HIA 4', 'WRES 1 – representation', ['1'], 'Support internationally educated nurses and midwives into Band 6 roles with a preceptorship and promotion pathway.', 'Chief Nurse', 'Deputy Chief Nurse – Workforce', D(2027, 3, 31), 'dd/mm/yyyy', 'On track'],
    ['HIA 5', 'WRES 3 – disciplinary', ['3'], 'Keep the pre-formal review panel for all proposed disciplinary cases and report outcomes by ethnicity to the People Committee.', 'Chief People Officer', 'Head of Employee Relations', 'Every quarter', null, 'On track'],
    ['HIA 6', 'WRES 5 – abuse from public', ['5'], 'Introduce a sanctions process for patients and visitors who racially abuse staff, agreed with the police liaison officer.', 'Chief Operating Officer', 'Head of Security', D(2026, 10, 31), 'dd/mm/yyyy', 'Off track'],
    ['HIA 6', 'WRES 6 – bullying\nWRES 8 – discrimination', ['6', '8'], 'Train "speak up" allies in every care group and publish what was done about the concerns raised.', 'Chief Executive', 'Freedom to Speak Up Guardian', D(2027, 1, 31), 'dd/mm/yyyy', 'Not started'],
    ['HIA 6', 'WRES 6 – bullying', ['6'], 'Run "civility and respect" sessions for the teams with the highest staff survey scores for bullying of BME staff.', 'Chief People Officer', 'Head of Organisational Development', 'Q2–Q3', null, 'At risk'],
    ['HIA 6', 'All WRES indicators', ['1', '2', '3', '4', '5', '6', '7', '8', '9'], 'Co-produce the 2027/28 plan with the Race Equality Network and the Staff Side.', 'Chief People Officer', 'Head of EDI', D(2027, 3, 31), 'dd/mm/yyyy', 'Not started'],
  ];
  for (const [hia, ind, inds, action, sro, lead, due, fmt, st] of data)
    p.action([hia, ind, action, sro, lead, due, st], { indicators: inds, action, lead, due: fmt ? shown(due, fmt) : due, status: st, rag: S[st][1] }, { styles: [{ alignment: { horizontal: 'center', vertical: 'top' } }, {}, {}, {}, {}, fmt ? { numFmt: fmt } : {}, { fill: S[st][0], ...(S[st][2] ? { color: S[st][2] } : {}) }] });
  p.blank();
  p.line(['HIA = high impact action of the NHS equality, diversity and inclusion improvement plan (June 2023).'], { merge: ['A', 'G'], style: { italic: true, font: { size: 9 } } });
  p.blank();
  p.header(['Version', 'Date', 'Change'], { style: { fill: C.palegrey } });
  p.ws.mergeCells(`C${p.r}:E${p.r}`);
  for (const [v, d, c] of [['0.3', '12/05/2026', 'Draft shared with the Race Equality Network'], ['1.0', '04/06/2026', 'Approved by the People Committee'], ['1.1', '21/07/2026', 'Q1 position added']]) { p.line([v, d, c], { border: true }); p.ws.mergeCells(`C${p.r}:E${p.r}`); }
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY 2026 WRES plan aligned to the EDI Improvement Plan: navy trust name, title with the Q1 position, a small italic KEY LINE under the title (Complete blue, On track green, At risk amber, Off track red, Not started grey), blank, a navy header 'HIA | WRES indicator(s) | Action | Senior responsible officer | Delivery lead | Milestone date | RAG' (row 5, frozen, autofilter). HIA codes 'HIA 1'…'HIA 6' in the first column (not a theme). Indicators as 'WRES N – short name', two on TWO LINES of one cell ('WRES 6 – bullying\\nWRES 8 – discrimination'), 'All WRES indicators'. Milestone date mixes real dates shown dd/mm/yyyy and text ('Quarterly', 'Sept 2026', 'Every quarter', 'Q2–Q3'). Status words filled; 'Not started' is GREY – the key gives it no RAG colour (not yet due) → rag null. Under the plan: an HIA footnote line and a small VERSION TABLE with its own 'Version | Date | Change' header (recorded in headerRows; versions and dates typed as text). Judgement calls: gold lead = Delivery lead, not the Senior responsible officer (an executive sponsor); the version table rows (which contain dates) are not actions. Theme null, no refs.", { ragCol: 'G', mode: 'fill' });
}
