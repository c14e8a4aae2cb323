// holdout56-wdes-2023-24-tollbridge: follows NHS England's 'NHS Workforce Disability Equality Standard (WDES) 2023: Factsheet'
// (https://www.england.nhs.uk/long-read/nhs-wdes-2023-factsheet/), which says a trust's WDES annual report holds three parts: a report of
// the data for each metric, a WDES action plan for the forthcoming 12 months, and a narrative of progress on the 2022 action plan. The
// trust keeps the three parts as three tabs of one workbook; the plan is mapped to the EDI Improvement Plan's high impact actions.
import { Book, Plan, C, BORDER } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Tollbridge Hospitals NHS Trust';
  const font = { name: 'Calibri', size: 11 };
  // Tab 1: the metrics (context)
  const m = book.wb.addWorksheet('1. Metrics 2023');
  [44, 14, 16, 14].forEach((w, i) => { m.getColumn(i + 1).width = w; });
  const put = (ws, r, vals, st = {}) => vals.forEach((v, i) => { const c = ws.getRow(r).getCell(i + 1); if (v !== '') c.value = v; c.font = { ...font, ...(st.bold ? { bold: true } : {}) }; c.alignment = { wrapText: true, vertical: 'top' }; if (st.border !== false) c.border = BORDER; if (st.fill) c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: st.fill } }; });
  put(m, 1, [`${trust} – WDES 2023, Part 1: metrics`], { bold: true, border: false });
  put(m, 3, ['Metric', 'Disabled', 'Non-disabled', 'Change on 2022'], { bold: true, fill: C.paleblue });
  [['Metric 1 – declared on ESR', '4.6%', '', '+0.7'], ['Metric 2 – likelihood of appointment (non-disabled : disabled)', '1.18', '', '-0.05'], ['Metric 3 – likelihood of entering capability', '2.10', '', '+0.32'], ['Metric 4a – harassment from managers', '16.4%', '9.8%', '-1.1'], ['Metric 4b – reported it', '46.0%', '48.2%', '+2.0'], ['Metric 6 – presenteeism', '25.9%', '18.7%', '-0.6'], ['Metric 8 – adequate adjustments', '70.3%', '', '-2.2'], ['Metric 9a – engagement score', '6.5', '7.0', '0.0'], ['Metric 10 – board members declaring', '1 of 14', '', '']].forEach((v, i) => put(m, 4 + i, v));
  // Tab 2: progress on the 2022 plan (last year's actions – not this plan)
  const g = book.wb.addWorksheet('2. Progress on 2022 plan');
  [8, 54, 54, 16].forEach((w, i) => { g.getColumn(i + 1).width = w; });
  put(g, 1, [`${trust} – WDES 2023, Part 2: what happened to our 2022 actions`], { bold: true, border: false });
  put(g, 3, ['No.', '2022 action', 'What happened', 'Status'], { bold: true, fill: C.paleblue });
  [['1', 'Launch a disability network with an executive sponsor', 'Network launched in June 2022; 64 members.', 'Completed'], ['2', 'Publish a reasonable adjustments guide', 'Guide drafted; waiting for policy sign-off.', 'Carried forward'], ['3', 'Offer mentoring to disabled staff at Bands 5–7', 'Eleven pairs matched; scheme paused over winter.', 'Partly'], ['4', 'Audit job adverts for accessible wording', 'All templates updated.', 'Completed']].forEach((v, i) => put(g, 4 + i, v));
  // Tab 3: the action plan (gold sheet)
  const p = new Plan(book, { name: 'holdout56-wdes-2023-24-tollbridge', sheet: '3. Action plan 2023-24', standard: 'WDES', period: '2023-24', trust, widths: [6, 14, 9, 58, 26, 14, 36], font });
  const W = ['A', 'G'];
  p.line([`${trust}`], { merge: W, style: { bold: true, font: { size: 14 }, color: C.nhs } });
  p.line(['WDES annual report 2023 – Part 3: our action plan for the next 12 months (2023-24)'], { merge: W, style: { bold: true } });
  p.line(['Part 1 (the metrics) and Part 2 (progress on the 2022 plan) are on the first two tabs. Each action is mapped to one of the six high impact actions (HIA) of the NHS EDI Improvement Plan.'], { merge: W, height: 30 });
  p.blank();
  p.header(['No.', 'WDES metric(s)', 'HIA', 'Action', 'Lead', 'By when', 'How we will measure success'], { style: { fill: C.nhs, color: C.white } });
  const rows = [
    ['1', 'Metric 2', 'HIA 2', 'Require every shortlisting panel chair to complete a disability-confident recruiter e-learning module.', 'Head of Resourcing', 'Q3 2023/24', 'Metric 2 ratio below 1.10 in the 2024 return', ['2']],
    ['2', 'Metric 1', 'HIA 2', 'Run a "count me in" declaration campaign with the Disability Network during Disability History Month.', 'EDI Manager', 'December 2023', 'ESR declaration rate above 5%', ['1']],
    ['3', 'Metric 10', 'HIA 1', "Include a disability inclusion objective in every board member's 2024/25 appraisal.", 'Chair and Chief Executive', 'April 2024', 'Objectives recorded for all board members', ['10']],
    ['4', 'Metric 4a, 4b', 'HIA 6', 'Open an anonymous route for disabled staff to raise bullying or harassment through the Freedom to Speak Up Guardian.', 'Freedom to Speak Up Guardian', 'Q4 2023/24', 'More disabled staff say they reported it (metric 4b)', ['4a', '4b']],
    ['5', 'Metric 8', 'HIA 4', 'Set up a central adjustments budget so that teams no longer buy equipment from ward budgets.', 'Chief Finance Officer', 'April 2024', 'Median time to put an adjustment in place under six weeks', ['8']],
    ['6', 'Metric 6', 'HIA 4', 'Add a disability and long-term conditions section to the wellbeing conversation template.', 'Head of Health and Wellbeing', 'January 2024', 'Metric 6 gap narrows by 3 points', ['6']],
    ['7', 'Metric 5, 7', 'HIA 2', "Keep two places for disabled colleagues in each cohort of the Trust's Aspire leadership programme.", 'Head of Leadership Development', 'Q2 2024/25', 'Places filled; progression of participants tracked for two years', ['5', '7']],
    ['8', 'Metric 3', '—', 'Audit every capability case opened in 2022/23 for evidence that adjustments were considered before a formal stage.', 'Head of Employee Relations', 'February 2024', 'Audit report to People Committee', ['3']],
    ['9', 'Metric 9a', 'HIA 6', 'Hold a "you told us" session on the staff survey with the Disability Network and agree three local fixes.', 'Disability Network Chair', 'March 2024', 'Engagement score for disabled staff rises', ['9a']],
  ];
  for (const [no, met, hia, a, lead, due, meas, inds] of rows) p.action([no, met, hia, a, lead, due, meas], { ref: no, indicators: inds, action: a, lead, due, outcome: meas });
  p.blank();
  p.line(['Approved by the People Committee on 17 October 2023 and ratified by the Trust Board on 26 October 2023.'], { merge: W, style: { italic: true } });
  book.wb.views = [{ activeTab: 2 }];
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, an acute trust) laid out as NHS England's WDES 2023 factsheet says an annual report is made up, kept as THREE TABS of one workbook: '1. Metrics 2023' (metric | disabled | non-disabled | change figures), '2. Progress on 2022 plan' (last year's four actions with 'What happened' and a Status – Completed, Carried forward, Partly) and '3. Action plan 2023-24', the plan itself (the tab the workbook opens on). On the plan tab: trust name, title naming Part 3 and the next 12 months, an intro line saying the other parts are on the first two tabs and that actions are mapped to the six HIAs, a blank row, the NHS-blue header on row 5 'No. | WDES metric(s) | HIA | Action | Lead | By when | How we will measure success', nine numbered actions and an approval line. Judgement calls: the plan is the third tab – the 2022 actions on tab 2 are last year's plan (with their own statuses) and the figures on tab 1 are data, so neither gives an action or field; ref = the 'No.' (1–9); indicators from the 'WDES metric(s)' column ('Metric 4a, 4b' → ['4a', '4b'], 'Metric 5, 7' → ['5', '7']); the HIA column ('HIA 2', '—') gives no indicator and no theme; theme null; lead and 'By when' as written (quarters 'Q3 2023/24' and months); outcome = the success measure; no status column, so status '' and rag null; the approval dates are not dues.", { ind: 'B', notFrom: ['C'] });
}
