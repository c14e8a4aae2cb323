// holdout12-wdes-2025-26-wendle: SMALL COMMUNITY TRUST – six actions in plain 'What we will do | Why | Who | By when'
// form, no status; a small WDES data table UNDER the plan and a sign-off line.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout12-wdes-2025-26-wendle', sheet: 'Sheet1', standard: 'WDES', period: '2025-26', trust: 'Wendle Valley Community Healthcare NHS Trust', widths: [5, 58, 30, 26, 16], font: { name: 'Calibri', size: 11 } });
  p.line(['Wendle Valley Community Healthcare NHS Trust'], { style: { bold: true, font: { size: 14 } } });
  p.line(['Our WDES action plan for 2025/26'], { style: { bold: true, font: { size: 12 } } });
  p.line(['We are a small community trust of around 1,900 staff. This year we have agreed six actions with our Disability and Long-Term Conditions Network. We will report on them in our 2026 WDES report.'], { merge: ['A', 'E'], height: 44 });
  p.blank();
  p.header(['', 'What we will do', 'Why (WDES metric)', 'Who', 'By when'], { style: { fill: C.lilac } });
  const act = (n, action, why, inds, who, when) => p.action([n, action, why, who, when], { ref: String(n), indicators: inds, action, lead: who, due: when });
  act(1, 'Ask every member of staff to check and update their disability status on ESR during their appraisal.', 'Metric 1 – only 61% of staff have declared', ['1'], 'Workforce Information Team', 'March 2026');
  act(2, 'Write a short guide to reasonable adjustments for managers in community teams, including adjustments for lone and home-visiting workers.', 'Metrics 6 and 8', ['6', '8'], 'Health and Wellbeing Lead', 'December 2025');
  act(3, 'Offer every Disabled member of staff who applies for promotion a conversation with a career coach.', 'Metric 5', ['5'], 'Head of Learning and OD', 'From October 2025');
  act(4, 'Include the experience of Disabled staff in the "Civility Saves Lives" sessions for team leaders.', 'Metric 4a', ['4a'], 'Head of Learning and OD', 'January 2026');
  act(5, 'Meet the Network chair every quarter with the Chief Executive and the Chief People Officer.', 'Metric 9b', ['9b'], 'Chief People Officer', 'Quarterly');
  act(6, 'Ask our Board members to update their equality monitoring information and report it in the annual report.', 'Metric 10', ['10'], 'Head of Corporate Governance', 'June 2025');
  p.blank();
  p.line(['', 'Our 2025 WDES data (selected metrics)'], { style: { bold: true } });
  p.header(['', 'Metric', 'Disabled staff', 'Non-disabled staff', 'Gap'], { style: { fill: C.palegrey } });
  const num = (vals, pct) => p.line(vals, { border: true, styles: [{}, {}, { numFmt: pct ? '0.0%' : '0.00' }, { numFmt: pct ? '0.0%' : '0.00' }, { numFmt: pct ? '0.0%' : '0.00' }] });
  num(['', 'Metric 4a – harassment, bullying or abuse from colleagues', 0.219, 0.142, 0.077], true);
  num(['', 'Metric 5 – equal opportunities for career progression', 0.512, 0.583, -0.071], true);
  num(['', 'Metric 6 – pressure to come to work when unwell', 0.241, 0.168, 0.073], true);
  num(['', 'Metric 9a – staff engagement score', 6.62, 7.01, -0.39], false);
  p.blank();
  p.line(['', 'Signed off by Rachel Okafor, Chief People Officer, on behalf of the Board – 18 September 2025'], { style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating a SMALL COMMUNITY TRUST plan on 'Sheet1' with only SIX actions: trust name, 'Our WDES action plan for 2025/26', a plain-English intro, then the header ' | What we will do | Why (WDES metric) | Who | By when' (the first header cell is empty; the action numbers 1–6 are numbers). 'Why' names the metric in words ('Metric 1 – only 61% of staff have declared', 'Metrics 6 and 8', 'Metric 4a', 'Metric 9b'). No status column: status '' and rag null. 'By when' is text ('From October 2025', 'Quarterly'). UNDER the plan: a caption 'Our 2025 WDES data (selected metrics)' and a SMALL DATA TABLE with its own header 'Metric | Disabled staff | Non-disabled staff | Gap' and four metric rows in 0.0% / 0.00 formats – these rows name metrics and have figures in the columns the plan uses for Who/By when, but they are not actions (the table's header is a header row). A sign-off line naming the Chief People Officer is a non-action row.", {});
}
