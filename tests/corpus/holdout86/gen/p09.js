// holdout86-wdes-2019-20-tatterford: community and mental health trust, laid out like the Somerset-style published plans that came out of
// Word: 'Metric | Objective | Action/s | Timescales | Lead/s | Progress'; the metric wording (with a 'Summary:' sentence) and the objective
// written ONCE on the first row of each group and left blank below (not merged); actions numbered 1, 2, 3 … straight through; the header
// repeated where a page broke; a 'See 8. below' row that is a pointer, not an action.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Tatterford Health and Care NHS Trust';
  const p = new Plan(book, { name: 'holdout86-wdes-2019-20-tatterford', sheet: 'Table 1', standard: 'WDES', period: '2019-20', trust, widths: [40, 32, 50, 14, 28, 20], font: { name: 'Calibri', size: 11 } });
  p.line([`${trust}`], { merge: ['A', 'F'], border: false, style: { bold: true } });
  p.line(['Workforce Disability Equality Standard Action Plan 2019/20'], { merge: ['A', 'F'], style: { bold: true, font: { size: 13 } } });
  p.line(['September 2019 – September 2020'], { merge: ['A', 'F'] });
  p.blank();
  const H = ['Metric', 'Objective', 'Action/s', 'Timescales', 'Lead/s', 'Progress'];
  p.header(H, { style: { fill: C.grey } });
  const groups = [
    ['1', 'Metric 1. Percentage of disabled staff in AfC bands 1–9 and VSM compared with the overall workforce.\nSummary: only 2.7% of staff have told us they have a disability; 29% have not answered.', 'More staff feel safe to share that they have a disability or long-term condition.', [
      ['1', '1. Ask every team to spend ten minutes of a team meeting on why declaring matters, using a short film made with the Disability Network.', 'December 2019', 'Head of Equality and Inclusion'],
      ['2', '2. Add the disability question to the annual appraisal form so that it is asked once a year.', 'April 2020', 'Workforce Systems Lead'],
    ]],
    ['2', 'Metric 2. Relative likelihood of non-disabled staff being appointed from shortlisting compared with disabled staff.\nSummary: 1.34 – non-disabled candidates more likely to be appointed.', 'Fairer interviews for disabled candidates.', [
      ['3', '3. Check that every recruiting manager has done the recruitment and selection course, and add a section on adjustments at interview.', 'March 2020', 'Recruitment Manager'],
      ['4', '4. Review the guaranteed interview scheme so that internal candidates are covered as well as external ones.', 'January 2020', 'Recruitment Manager / Disability Network Chair'],
      'header',
      ['5', '5. Monitor appointments by disability each quarter and report them to the Equality and Diversity Group.', 'Quarterly', 'Workforce Information Analyst'],
    ]],
    ['3', 'Metric 3. Relative likelihood of disabled staff entering the formal capability process.\nSummary: fewer than five cases – the figure cannot be relied on.', 'Capability is managed fairly and with adjustments in place.', [
      'pointer',
    ]],
    ['4', 'Metric 4. Percentage of disabled staff experiencing harassment, bullying or abuse from patients, the public, managers or colleagues, and reporting it.\nSummary: 34% of disabled staff experienced abuse from the public, against 26% of non-disabled staff.', 'Disabled staff feel protected and confident to report.', [
      ['6', '6. Publish a zero-tolerance statement on abuse of staff in every clinic waiting area and on the trust website.', 'November 2019', 'Head of Patient Experience'],
      ['7', '7. Launch Speak Up champions from the Disability Network so staff can raise concerns with someone who understands.', 'June 2020', 'Freedom to Speak Up Guardian'],
    ]],
    ['8', 'Metric 8. Percentage of disabled staff saying their employer has made adequate adjustments.\nSummary: 68% – lower than our neighbouring trusts.', 'Adjustments are agreed quickly and stay in place.', [
      ['8', '8. Introduce a tailored adjustments agreement that stays with the member of staff if they move post.', 'May 2020', 'Occupational Health Manager'],
    ]],
    ['9', 'Metric 9. Engagement score of disabled staff, and whether the trust has taken action to let the voices of disabled staff be heard.\nSummary: engagement 6.5 against 7.0; the Disability Network started in March 2019.', 'Disabled staff are heard at every level of the trust.', [
      ['9', '9. Give the Disability Network a standing item at the Equality and Diversity Group and an annual slot at the Trust Board.', 'October 2019', 'Director of Workforce'],
    ]],
  ];
  for (const [m, metric, obj, acts] of groups) {
    acts.forEach((a, i) => {
      const lead0 = i === 0 ? [metric, obj] : ['', ''];
      if (a === 'header') { p.header(H, { style: { fill: C.grey } }); return; }
      if (a === 'pointer') { p.line([...lead0, 'See 8. below.', '', '', ''], { border: true }); return; }
      const [ref, act, when, lead] = a;
      p.action([...lead0, act, when, lead, ''], { ref, indicators: [m], action: act, lead, due: when }, { styles: [{ font: { size: 10 } }, { font: { size: 10 } }] });
    });
  }
  p.blank();
  p.line(['The plan will be reviewed by the Equality and Diversity Group in March 2020 and published with our WDES report.'], { merge: ['A', 'F'], border: false, style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional community and mental health trust) laid out the way published Word tables are pasted into Excel (the Somerset 2020/21 plan's shape). Sheet 'Table 1': trust, title, the period line 'September 2019 – September 2020', a blank row, the grey header 'Metric | Objective | Action/s | Timescales | Lead/s | Progress' (row 5) REPEATED at row 10 where the page broke (in the middle of the metric-2 group), six metric groups and an italic review line. The metric wording (with its 'Summary:' sentence, a line break inside the cell) and the objective are written ONCE on the first row of each group and left blank below – NOT merged. Actions are numbered straight through ('1.' … '9.'). The metric-3 group's only row says 'See 8. below.' in the Action/s column – a pointer to action 8 (the adjustments agreement), setting out no work – so it is a non-action row. The Progress column is empty (new plan). Judgement calls: ref = the action's number ('5'); the action text keeps its number; indicators from the metric cell of the group (carried down over the blank rows below it, and across the repeated header: action 5 → 2); pre-2021 single metrics 4 and 9 stay '4' and '9'; theme null (the metric is a column, not a section row); lead = Lead/s as written (action 4 keeps both); due = Timescales as typed ('Quarterly' kept); status '' and rag null; the objective is the group's aim, not an action's outcome; the period line and the review line give no due.", { forbidden: ['September 2019 – September 2020', 'March 2020 and published', 'See 8. below.'] });
}
