// holdout13-wdes-2025-26-greyhaven: NEW-YEAR PLAN, NO STATUS – two intro paragraphs, question headers, the aim
// ('What are we trying to achieve?') MERGED DOWN over its actions, metric AFTER the action, loose timings; approval lines.
import { Book, Plan, C, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout13-wdes-2025-26-greyhaven', sheet: 'Plan', standard: 'WDES', period: '2025-26', trust: 'Greyhaven Mental Health NHS Foundation Trust', widths: [6, 30, 56, 14, 28, 18, 40], font: { name: 'Calibri', size: 11 } });
  p.line(['Greyhaven Mental Health NHS Foundation Trust'], { merge: ['A', 'G'], style: { bold: true, font: { size: 14 }, fill: C.teal, color: C.white } });
  p.line(['Workforce Disability Equality Standard: our plan for 2025/26'], { merge: ['A', 'G'], style: { bold: true, font: { size: 12 } } });
  p.line(['Our 2025 WDES results show that Disabled colleagues are still more likely to experience harassment from other staff, less likely to feel valued, and that too many wait a long time for workplace adjustments.'], { merge: ['A', 'G'], height: 32 });
  p.line(['This plan was written with the Disability, Neurodiversity and Long-Term Conditions Network (DNLTC Network). Progress will be reported to the People and Culture Committee in January and June 2026.'], { merge: ['A', 'G'], height: 32 });
  p.blank();
  p.header(['No.', 'What are we trying to achieve?', 'Action', 'Metric', 'Lead', 'When', 'How will we measure success?'], { style: { fill: 'FFE2EFDA' } });
  const aim = (text, rows) => {
    const first = p.r + 1;
    rows.forEach(([n, action, ind, inds, lead, due, measure], i) => p.action([n, i ? undefined : text, action, ind, lead, due, measure], { ref: String(n), indicators: inds, action, lead, due, outcome: measure }));
    mergeDown(p.ws, 'B', first, p.r);
  };
  aim('Colleagues feel safe to tell us about their disability', [
    [1, 'Refresh the "Why tell us?" pages on the intranet and add declaration to the onboarding checklist.', 'Metric 1', ['1'], 'Workforce Information Lead', 'By end of Q2', 'Declaration on ESR rises from 7.1% to 9%'],
    [2, 'Give every Board member the disability confident leader briefing and ask them to update their own ESR record.', 'Metric 10', ['10'], 'Company Secretary', 'September 2025', 'Board declaration rate reported in the 2026 WDES'],
  ]);
  aim('No one experiences harassment because of their disability', [
    [3, 'Include disability and neurodiversity examples in the "Respect at Greyhaven" behaviour framework and training.', 'Metric 4b', ['4b'], 'Head of Organisational Development', 'H1 2025/26', 'Metric 4b gap halves by the 2026 staff survey'],
    [4, 'Make it possible to report harassment anonymously through the FTSU app and report themes to the network.', 'Metrics 4a and 4b', ['4a', '4b'], 'Freedom to Speak Up Guardian', 'Quarterly from July 2025', 'Quarterly themes report'],
  ]);
  aim('Adjustments are agreed quickly and follow the person', [
    [5, 'Launch an online adjustments request with a four-week service standard and a central budget.', 'Metric 8', ['8'], 'Head of Occupational Health and Wellbeing', 'October 2025', '80% of adjustments agreed within four weeks'],
    [6, 'Use the Health Adjustment Passport when colleagues move teams so that they do not have to ask again.', 'Metric 8', ['8'], 'Head of Occupational Health and Wellbeing', 'December 2025', 'Passport use in every team move recorded'],
    [7, 'Remove absence triggers for disability-related absence once an adjustment is agreed.', 'Metric 6', ['6'], 'Head of HR Policy', 'By end of Q3', 'Policy approved by JNCC'],
  ]);
  aim('Disabled colleagues feel valued and heard', [
    [8, 'Fund the DNLTC Network chair for one day a week and invite the chair to the People and Culture Committee.', 'Metrics 9a and 9b', ['9a', '9b'], 'Chief People Officer', 'April 2025 (in place)', 'Engagement score gap closes by 0.2'],
    [9, 'Hold an annual Disability History Month event with the executive team and publish what we heard.', 'Metric 7', ['7'], 'Associate Director of EDI', 'November 2025', 'Metric 7 improves for Disabled staff'],
  ]);
  p.blank();
  p.line(['Approved by the Board of Directors on 25 September 2025. Next review: March 2026.'], { merge: ['A', 'G'], style: { italic: true } });
  p.line(['Plan owner: Associate Director of Equality, Diversity and Inclusion'], { merge: ['A', 'G'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating a NEW-YEAR 2025 plan with NO STATUS: a teal merged trust title, a title, TWO merged intro paragraphs, blank, then a light-green question header 'No. | What are we trying to achieve? | Action | Metric | Lead | When | How will we measure success?' (row 6). 'What are we trying to achieve?' is an AIM merged down over its 2–3 actions – a column, so theme null (one could argue it is a theme; gold keeps theme null because it is a table column, not a heading row). The metric is written AFTER the action ('Metric 4b', 'Metrics 4a and 4b', 'Metrics 9a and 9b'). Numbers 1–9 are refs. 'When' is text as written ('By end of Q2', 'H1 2025/26', 'Quarterly from July 2025', 'April 2025 (in place)'). Outcome = 'How will we measure success?'. Status '' and rag null throughout. Approval and plan-owner lines below are non-action rows.", {});
}
