// holdout30-wres-2017-18-larkwood: a hospice delivering NHS-funded palliative care keeps its WRES plan with SELF-LABELLED CELLS and no header:
// the action in A, then cells typed 'who: …', 'when: …', 'update: …' – not always in the same order.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = "St Larkwood's Hospice";
  const p = new Plan(book, { name: 'holdout30-wres-2017-18-larkwood', sheet: 'WRES', standard: 'WRES', period: '2017-18', trust, widths: [60, 28, 22, 46], font: { name: 'Calibri', size: 11 } });
  p.line([`${trust} (NHS-funded inpatient and community palliative care)`], { style: { bold: true, color: C.purple } });
  p.line(['Workforce Race Equality Standard - our actions for 2017/18, agreed by the Senior Leadership Team in July 2017']);
  p.blank();
  const secs = [];
  const groups = [
    ['Recruitment - indicators 1 and 2', ['1', '2'], [
      ['Put our vacancies on community and faith group websites as well as NHS Jobs', ['who: HR Advisor', 'when: Sept 2017', 'update: 3 groups signed up'], 'HR Advisor', 'Sept 2017', '3 groups signed up'],
      ['Two people on every interview panel, one from a BME background where we can', ['when: from Aug 2017', 'who: Head of HR', 'update: hard for night HCA posts'], 'Head of HR', 'from Aug 2017', 'hard for night HCA posts'],
      ['Record and look at the ethnicity of shortlisted and appointed candidates twice a year', ['who: HR Advisor', 'when: Jan 2018', ''], 'HR Advisor', 'Jan 2018', ''],
    ]],
    ['Staff experience - indicators 5 to 8', ['5', '6', '7', '8'], [
      ['Our own short survey for staff and volunteers, as the hospice is not in the NHS Staff Survey', ['who: Director of Care', 'when: Nov 2017', 'update: 61 replies'], 'Director of Care', 'Nov 2017', '61 replies'],
      ['Guidance for ward staff on handling racist remarks from patients or families, written with the chaplaincy team', ['when: Dec 2017', 'who: Ward Manager (IPU)', ''], 'Ward Manager (IPU)', 'Dec 2017', ''],
      ['Named Freedom to Speak Up contact for staff who do not want to go to their manager', ['who: Chief Executive', 'update: Guardian appointed Oct', ''], 'Chief Executive', '', 'Guardian appointed Oct'],
    ]],
    ['Leadership - indicator 9', ['9'], [
      ['Ask the trustee nominations group to reach BME communities when we recruit trustees', ['who: Chair of Trustees', 'when: Mar 2018', ''], 'Chair of Trustees', 'Mar 2018', ''],
    ]],
  ];
  for (const [head, inds, acts] of groups) {
    secs.push(p.line([head], { style: { bold: true, fill: C.lilac } }));
    for (const [a, cells, lead, due, up] of acts) p.action([a, ...cells], { indicators: inds, theme: head, action: a, lead, due, progress: up, dueSource: due ? 'labelled' : null });
    p.blank();
  }
  p.line(['(training figures not kept by ethnicity yet - indicator 4 next year)'], { style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional hospice delivering NHS-funded inpatient and community palliative care, adopting the WRES under its NHS contract), Calibri 11: a purple line naming the hospice, a title line saying the plan was agreed by the SLT in July 2017, then three lilac group rows ('Recruitment - indicators 1 and 2', 'Staff experience - indicators 5 to 8', 'Leadership - indicator 9') with actions under them and blank rows between, and an italic line at the end about indicator 4. NO HEADER ROW: each action is in column A and the cells to its right are SELF-LABELLED – 'who: …', 'when: …', 'update: …' – and NOT ALWAYS IN THE SAME ORDER (one row has 'when:' before 'who:', one has no 'when:' at all, its third cell being 'update:'). Judgement calls: lead = the text after 'who: ', due = the text after 'when: ' ('from Aug 2017' kept as written, dueSource 'labelled'), progress = the text after 'update: ' – found by their labels, not by column position; '' where a label is missing; theme = the group row; indicators from the group row ('indicators 5 to 8' → ['5','6','7','8']); the July 2017 approval date is not a due; no status, rag null; the closing line about indicator 4 is a note, not an action.", { sections: secs, forbidden: ['July 2017', 'Senior Leadership Team'] });
}
