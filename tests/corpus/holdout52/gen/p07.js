// holdout52-wres-2019-20-zealmoor: a mental health trust's WRES plan 'sorted' by a consultant clinical psychologist on the trust's
// CLINICAL AUDIT ACTION PLAN template: a project block (title, project lead, report date, action plan lead), then
// 'Recommendation | Action required | Action by (who) | Action by (date) | Evidence of completion | Status'; each recommendation
// (which names its WRES indicator and figure) merged down over its actions.
import { Book, Plan, D, shown, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Zealmoor Mental Health NHS Trust';
  const p = new Plan(book, { name: 'holdout52-wres-2019-20-zealmoor', sheet: 'Action Plan', standard: 'WRES', period: '2019-20', trust, widths: [36, 50, 22, 14, 34, 16], font: { name: 'Arial', size: 10 } });
  p.line([trust], { style: { bold: true } });
  p.line(['ACTION PLAN'], { merge: ['A', 'F'], style: { bold: true, font: { size: 14 }, alignment: { horizontal: 'center' } } });
  const kv = (k, v, extra = {}) => p.line([k, v], { border: true, merge: ['B', 'F'], styles: [{ bold: true, fill: 'FFF2F2F2' }, extra] });
  kv('Project title:', 'Workforce Race Equality Standard (WRES) 2019 - response to our data (action plan 2019/20)');
  kv('Project lead:', 'Dr Priya Nandakumar, Consultant Clinical Psychologist');
  const dRow = kv('Date of report:', D(2019, 10, 14), { numFmt: 'dd/mm/yyyy', alignment: { horizontal: 'left' } });
  kv('Action plan lead:', 'Dr Priya Nandakumar (with HR)');
  p.blank();
  p.header(['Recommendation', 'Action required', 'Action by (who)', 'Action by (date)', 'Evidence of completion', 'Status (not started / in progress / complete)'], { style: { fill: 'FFFCE4D6' }, height: 40 });
  const R = [
    [['2'], 'R1. Improve the chance of BME applicants being appointed after shortlisting (indicator 2 - 1.58, national 1.45)', [
      ['Values-based interview questions for all Band 6 and 7 nursing and AHP posts', 'Head of Recruitment', D(2020, 1, 31), 'Question bank on intranet; panel feedback', 'in progress'],
      ['Recruitment panels of 3 or more to include a member of a different ethnicity from the others', '', D(2019, 12, 1), 'Monthly audit of panel make-up', 'not started'],
    ]],
    [['3'], 'R2. Reduce the over-representation of BME staff in formal disciplinary (indicator 3 - 1.74)', [
      ['Second senior check of every case before it goes formal (decision tree)', 'Deputy Director of HR', D(2019, 11, 1), 'Decision tree in use; case numbers by ethnicity each quarter', 'complete'],
    ]],
    [['5', '6'], 'R3. Reduce bullying, harassment and abuse of BME staff from patients and colleagues (indicators 5 and 6)', [
      ['Racial abuse by patients included in the violence and aggression policy, with a post-incident debrief', 'Head of Health & Safety', D(2020, 3, 31), 'Policy ratified', 'in progress'],
      ['Reflective practice groups on ward teams to include discussion of race', 'Dr P Nandakumar', D(2020, 2, 28), 'Groups running on 6 wards', 'in progress'],
    ]],
    [['7'], 'R4. Improve BME staff confidence in career progression (indicator 7 - 72% v 86%)', [
      ['Mentoring for BME nurses Band 5-6 linked to the Mary Seacole programme', 'Deputy Chief Nurse', D(2020, 3, 31), 'Number of mentees; promotions after 12 months', 'not started'],
      ['Acting-up and secondment opportunities advertised openly, not by word of mouth', '', D(2019, 12, 31), 'All acting-up posts on the intranet', ''],
    ]],
    [['8'], 'R5. Reduce discrimination from managers and colleagues (indicator 8 - 14%)', [
      ['Bystander training for team leaders, starting with inpatient services', 'Learning & Development', D(2020, 3, 31), 'Attendance records', 'in progress'],
    ]],
    [['9', '1'], 'R6. Senior leadership and Board more representative (indicators 9 and 1)', [
      ['Use search agencies with a diverse shortlist requirement for all executive and NED appointments', 'Chair / Director of HR', D(2020, 6, 30), 'Shortlists include BME candidates', 'not started'],
    ]],
  ];
  for (const [inds, rec, acts] of R) {
    const first = p.r + 1;
    acts.forEach(([a, who, when, ev, st], i) => {
      p.action([i === 0 ? rec : '', a, who, when, ev, st], { indicators: inds, action: a, lead: who, due: shown(when, 'dd/mm/yyyy'), outcome: ev, status: st }, { styles: [{ fill: 'FFFFF2CC', bold: true }, {}, {}, { numFmt: 'dd/mm/yyyy', alignment: { horizontal: 'left' } }, {}, {}], height: 40 });
    });
    mergeDown(p.ws, 'A', first, p.r);
  }
  p.blank();
  p.line(['Action plan to be reviewed at the Workforce & OD Committee: Jan 2020 and April 2020.'], { style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional mental health trust): a WRES plan 'sorted' by a consultant clinical psychologist on the trust's CLINICAL AUDIT ACTION PLAN TEMPLATE, sheet 'Action Plan' – the trust, a centred 'ACTION PLAN' title, a four-row project block in two columns ('Project title:' WRES 2019 – response to our data (action plan 2019/20), 'Project lead:' Dr Priya Nandakumar, 'Date of report:' 14/10/2019, 'Action plan lead:' Dr Priya Nandakumar (with HR)), a blank row, then the template's header 'Recommendation | Action required | Action by (who) | Action by (date) | Evidence of completion | Status (not started / in progress / complete)'. Six recommendations 'R1.' … 'R6.', each naming its WRES indicator(s) and figure in brackets ('(indicator 2 - 1.58, national 1.45)', '(indicators 9 and 1)'), are MERGED DOWN column A over their actions. All dates are real dates shown dd/mm/yyyy; statuses typed in lower case with no colour; three rows have no 'Action by (who)'; one status blank. A review-dates line under the table. Judgement calls: the action is 'Action required', never the recommendation; indicators from the recommendation's brackets, in the order written ('9 and 1' → ['9','1']); theme null (the recommendation is a merged column on the action rows, not a heading row, and it is not a theme title); outcome = 'Evidence of completion' (what will show it was done – not progress, since nothing says it has happened); status as typed, rag null (no colour); lead '' where 'Action by (who)' is blank – the project lead and action plan lead in the block are not imputed to those rows; the report date and the review dates are not dues; the project block rows are not actions.", {});
}
