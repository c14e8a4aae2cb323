// holdout17-wdes-2026-27-dunsmore: ORDINARY new-year DRAFT of a SPECIALIST CANCER centre – purple title, red DRAFT line,
// intro; 'Metric(s) | Action | Accountable | Lead | Timeframe | Status' (gold lead = Lead, PEOPLE'S NAMES); the HIA is a
// '[HIA n]' TAG AT THE END OF THE ACTION TEXT (not a column); 'Metric 4a', 'Metrics 9a, 9b', 'All metrics'; month text
// timeframes ('June 2026', 'Jul–Sep 2026'); status words UNFILLED, no key (rag null); glossary and approval lines below.
import { Book, Plan, C, ALL_WDES21 } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout17-wdes-2026-27-dunsmore', sheet: 'Draft', standard: 'WDES', period: '2026-27', trust: 'Dunsmore Cancer Centre NHS Foundation Trust', widths: [15, 62, 24, 20, 15, 12] });
  p.line(['Dunsmore Cancer Centre NHS Foundation Trust'], { merge: ['A', 'F'], style: { bold: true, font: { size: 12 }, color: C.purple } });
  p.line(['WDES Action Plan 2026/27'], { merge: ['A', 'F'], style: { bold: true, font: { size: 12 } } });
  p.line(['DRAFT v0.2 – for discussion at the Inclusion Steering Group, 2 July 2026'], { merge: ['A', 'F'], style: { bold: true, color: C.red } });
  p.line(['Actions respond to our 2026 WDES data (published August 2026) and carry forward two actions from 2025/26. The high impact action (HIA) of the NHS EDI Improvement Plan each action supports is shown in square brackets.'], { merge: ['A', 'F'], height: 30 });
  p.blank();
  p.header(['Metric(s)', 'Action', 'Accountable', 'Lead', 'Timeframe', 'Status'], { style: { fill: C.lilac, alignment: { vertical: 'middle', wrapText: true } } });
  const data = [
    ['Metric 1', ['1'], 'Ask every member of staff to review their disability status on ESR during Disability History Month. [HIA 2]', 'Chief People Officer', 'Amira Salleh', 'Nov–Dec 2026', 'Not started'],
    ['Metric 2', ['2'], 'Check that the guaranteed interview scheme applies to research and clinical trials posts recruited through the university. [HIA 2]', 'Chief People Officer', 'Owen Pritchard', 'September 2026', 'Not started'],
    ['Metric 3', ['3'], 'Carry forward: add an independent reviewer to capability hearings for disabled staff. [HIA 6]', 'Chief People Officer', 'Bethan Lloyd', 'June 2026', 'Started'],
    ['Metric 4a', ['4a'], 'Give radiotherapy and chemotherapy day-unit staff de-escalation training that covers abuse from patients and relatives. [HIA 6]', 'Chief Nurse', 'Grace Ndlovu', 'Jul–Sep 2026', 'Not started'],
    ['Metric 4b', ['4b'], 'Make it possible to report bullying anonymously, with disability recorded, through the Speak Up app. [HIA 6]', 'Director of Corporate Affairs', 'Ian Baxter', 'October 2026', 'Not started'],
    ['Metric 5', ['5'], 'Offer shadowing placements with senior leaders to disabled staff at Bands 5–7. [HIA 2]', 'Chief People Officer', 'Priya Nair', 'Jan–Mar 2027', 'Not started'],
    ['Metric 6', ['6'], 'Carry forward: update the attendance policy so that adjusted triggers are agreed for long-term conditions. [HIA 4]', 'Chief People Officer', 'Bethan Lloyd', 'June 2026', 'Started'],
    ['Metric 8', ['8'], 'Bring reasonable adjustments requests into one online form with a 21-day response standard. [HIA 4]', 'Chief Finance Officer', 'Tomasz Wilk', 'December 2026', 'Not started'],
    ['Metrics 9a, 9b', ['9a', '9b'], 'Fund release time for the Disability and Long-Term Conditions Network chair and deputy. [HIA 1]', 'Chief Executive', 'Amira Salleh', 'From July 2026', 'Started'],
    ['Metric 10', ['10'], 'Give every Board member a disability equality objective and review it at mid-year. [HIA 1]', 'Chair', 'Helen Forsyth', 'September 2026', 'Not started'],
    ['All metrics', ALL_WDES21, 'Publish the 2026 WDES data and the final plan on the website and intranet. [HIA 1]', 'Chief People Officer', 'Amira Salleh', 'October 2026', 'Not started'],
  ];
  for (const [m, inds, action, acc, lead, due, st] of data) p.action([m, action, acc, lead, due, st], { indicators: inds, action, lead, due, status: st });
  p.blank();
  p.line(['HIA 1 Board objectives; HIA 2 Recruitment and talent; HIA 4 Health inequalities; HIA 6 Bullying, harassment and discrimination.'], { merge: ['A', 'F'], style: { font: { size: 9 } } });
  p.line(['To be approved by the People Committee, September 2026.'], { merge: ['A', 'F'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY new-year DRAFT WDES plan (2026-27) of a SPECIALIST CANCER centre: purple trust name, bold title, a red bold 'DRAFT v0.2 – for discussion …' line and a merged intro paragraph, a blank row, then a lilac header 'Metric(s) | Action | Accountable | Lead | Timeframe | Status' (row 6). The high impact action of the EDI Improvement Plan is a TAG AT THE END OF THE ACTION TEXT ('… [HIA 2]'), explained by the intro and a glossary line below; it stays in the action text (gold action = the whole cell). Metrics of the 2021 set: 'Metric 4a', 'Metric 4b', 'Metrics 9a, 9b', 'All metrics' (= all twelve codes). Two person columns: 'Accountable' (executive role) and 'Lead' (PEOPLE'S NAMES) – gold lead = Lead. Timeframes are text ('Nov–Dec 2026', 'September 2026', 'From July 2026'). Status words 'Not started' / 'Started', UNFILLED and with no key → rag null. No progress column. Two actions start 'Carry forward:' (this year's actions). Glossary and approval lines below. Judgement calls: lead = the named Lead, not the Accountable executive; the '[HIA n]' tag is part of the action text, not an indicator; status words with no colour have no rag; carried-forward actions are actions of this plan.");
}
