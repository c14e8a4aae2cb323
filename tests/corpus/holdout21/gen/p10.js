// holdout21-wdes-2024-25-halberton: NEW LAYOUT – A ROADMAP: EACH ACTION IS WRITTEN IN THE COLUMN OF THE QUARTER IT WILL BE
// DELIVERED IN. An URBAN TEACHING ACUTE trust's 'plan on a page': two-row header with 'When we will deliver it' merged over
// 'Q1 Apr–Jun 2024' … 'Q4 Jan–Mar 2025' and '2025/26'; no Action or Timescale column – the action text sits, as a shaded bar,
// under its quarter (one bar merged across all four quarters of the year); HIA swimlane rows (themes); a status column at the
// right (Complete / On track / At risk filled, 'Not yet due' unfilled).
import { Book, Plan, C, ALL_WDES21, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout21-wdes-2024-25-halberton', sheet: 'Roadmap 2024-25', standard: 'WDES', period: '2024-25', trust: 'Halberton University Hospitals NHS Trust', widths: [7, 14, 26, 30, 30, 30, 30, 26, 15] });
  p.line(['Halberton University Hospitals NHS Trust'], { merge: ['A', 'I'], style: { bold: true, font: { size: 14 }, color: C.nhs } });
  p.line(['Disability equality roadmap 2024/25 – our WDES action plan on a page'], { merge: ['A', 'I'], style: { bold: true, font: { size: 12 } } });
  p.line(['Each action sits in the quarter in which it will be delivered. Status at 30 September 2024 (end of Q2).'], { merge: ['A', 'I'], style: { italic: true } });
  p.blank();
  const hs = { fill: C.nhs, color: C.white, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } };
  const h1 = p.header(['Ref', 'WDES metric(s)', 'Lead', 'When we will deliver it', '', '', '', '', 'Status (end of Q2)'], { merge: ['D', 'H'], style: hs });
  const Q = ['Q1 Apr–Jun 2024', 'Q2 Jul–Sep 2024', 'Q3 Oct–Dec 2024', 'Q4 Jan–Mar 2025', '2025/26'];
  const h2 = p.header(['', '', '', ...Q, ''], { style: hs });
  for (const c of ['A', 'B', 'C', 'I']) mergeDown(p.ws, c, h1, h2);
  p.ws.views = [{ state: 'frozen', ySplit: h2, xSplit: 3 }];
  const S = { Complete: [C.blue, 'blue', C.white], 'On track': [C.green, 'green'], 'At risk': [C.amber, 'amber'], 'Not yet due': [null, null] };
  const bar = 'FFDDEBF7';
  // [ref, metric text, indicators, lead, quarter index (0–4) or [from, to] for a bar merged across quarters, action, status]
  const lanes = [
    ['HIA 1 – Board and executive accountability for disability equality', [
      ['R1', 'Metric 10', ['10'], 'Chief People Officer', 0, 'Agree a measurable disability equality objective for every Board member and review it at appraisal.', 'Complete'],
      ['R2', 'Metric 9b', ['9b'], 'Director of Corporate Affairs', 2, 'Give the Disability and Long-Term Conditions Network a standing item at the People Committee.', 'Not yet due'],
    ]],
    ['HIA 2 – Fair and inclusive recruitment and talent management', [
      ['R3', 'Metric 2', ['2'], 'Head of Resourcing', 1, 'Add an "adjustments at interview" question to every NHS Jobs application and track the response.', 'On track'],
      ['R4', 'Metric 5', ['5'], 'Head of Leadership and Talent', 3, 'Guarantee disabled staff a place on the "Next Step" talent programme when they meet the criteria.', 'Not yet due'],
      ['R5', 'Metric 3', ['3'], 'Head of Employee Relations', 1, 'Add a reasonable adjustments check to the capability policy before the formal stage.', 'At risk'],
    ]],
    ['HIA 4 – Health inequalities within the workforce', [
      ['R6', 'Metric 8', ['8'], 'Head of Occupational Health', [0, 3], 'Run a central reasonable adjustments service with a six-week target from request to adjustment in place.', 'On track'],
      ['R7', 'Metric 6', ['6'], 'Head of Wellbeing', 2, 'Train line managers in supportive attendance conversations so disabled staff do not feel pressure to come to work when unwell.', 'Not yet due'],
      ['R8', 'Metric 1', ['1'], 'Head of Workforce Information', 0, 'Run a declaration campaign on ESR self-service with network members as ambassadors.', 'Complete'],
    ]],
    ['HIA 6 – Eliminating bullying, discrimination, harassment and violence', [
      ['R9', 'Metrics 4a & 4b', ['4a', '4b'], 'Head of Security and Violence Reduction', 1, 'Extend body-worn cameras and conflict-resolution training to the emergency department and acute medical unit.', 'On track'],
      ['R10', 'Metric 4a', ['4a'], 'Freedom to Speak Up Guardian', 3, 'Publish a quarterly "what happened next" summary of bullying and harassment concerns raised by disabled staff.', 'Not yet due'],
      ['R11', 'Metric 7', ['7'], 'Head of Communications', 4, 'Build disabled staff stories into the refreshed staff recognition scheme.', 'Not yet due'],
    ]],
    ['Reporting', [
      ['R12', 'All', ALL_WDES21, 'Chief People Officer', 1, 'Publish the 2024 WDES data and this roadmap on the Trust website.', 'Complete'],
    ]],
  ];
  const placed = {};
  for (const [lane, rows] of lanes) {
    p.line([lane], { merge: ['A', 'I'], border: true, style: { bold: true, fill: 'FFD9D9D9' } });
    for (const [ref, m, inds, lead, q, action, st] of rows) {
      const [from, to] = Array.isArray(q) ? q : [q, q];
      const vals = [ref, m, lead, '', '', '', '', '', st]; vals[3 + from] = action;
      const styles = []; for (let i = 3; i <= 7; i++) styles[i] = i - 3 >= from && i - 3 <= to ? { fill: bar } : {};
      styles[8] = S[st][0] ? { fill: S[st][0], ...(S[st][2] ? { color: S[st][2] } : {}) } : {};
      const r = p.action(vals, { ref, indicators: inds, theme: lane, action, lead, due: Q[to], status: st, rag: S[st][1] }, { styles });
      if (to > from) p.ws.mergeCells(`${String.fromCharCode(68 + from)}${r}:${String.fromCharCode(68 + to)}${r}`);
      placed[r] = [from, to];
    }
  }
  p.blank();
  p.line(['Shaded bars show the delivery quarter. Status: Complete (blue), On track (green), At risk (amber); "Not yet due" for actions in later quarters.'], { merge: ['A', 'I'], style: { italic: true, font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) with a real-world layout NO EARLIER BATCH HAS: A ROADMAP IN WHICH EACH ACTION IS WRITTEN IN THE COLUMN OF THE QUARTER IT WILL BE DELIVERED IN. An URBAN TEACHING ACUTE trust's 2024/25 WDES 'plan on a page': three merged lines (trust in NHS blue; 'Disability equality roadmap 2024/25 – our WDES action plan on a page'; 'Each action sits in the quarter in which it will be delivered. Status at 30 September 2024 (end of Q2).'), a blank row, then a TWO-ROW header (rows 5–6, NHS blue, frozen with columns A:C): 'Ref', 'WDES metric(s)', 'Lead' and 'Status (end of Q2)' merged down over both rows, and 'When we will deliver it' merged across D5:H5 over five period columns 'Q1 Apr–Jun 2024 | Q2 Jul–Sep 2024 | Q3 Oct–Dec 2024 | Q4 Jan–Mar 2025 | 2025/26'. There is NO Action column and NO timescale column: each action's text is written in ONE period column – the quarter of delivery – on a pale-blue shaded bar, the other period cells of the row empty; R6's bar is MERGED across D:G (the whole year, text in D). Grey merged SWIMLANE rows name the high impact actions of the NHS EDI Improvement Plan ('HIA 1 – Board and executive accountability for disability equality', 'HIA 2 …', 'HIA 4 …', 'HIA 6 …') and a last 'Reporting' lane: gold theme = the lane text. Refs 'R1'…'R12'; metrics from the 2021+ set ('Metric 9b', 'Metrics 4a & 4b', 'All' = all twelve). Leads are job titles. Status words: Complete blue, On track green, At risk amber filled; 'Not yet due' UNFILLED (rag null) for the actions in later quarters. A key note sits under the table. Judgement calls: the action is the text in the period columns, wherever it sits; the due is the header of the period column holding it, as written ('Q2 Jul–Sep 2024'; '2025/26' for R11, beyond the plan year); for the bar merged across Q1–Q4 the due is the LAST quarter it covers ('Q4 Jan–Mar 2025'), since the bar shows work running to the end of the year; both header rows are header rows; the HIA number is not a metric, the swimlane carries no metric; 'Not yet due' has no colour.", { ragCol: 'I', mode: 'fill', roadmap: { headerRow: h2, from: 'D', to: 'H', placed } });
}
