// holdout26-wdes-2023-24-ribblemoor: follows Lancashire Teaching Hospitals NHS FT's 'Workforce Disability Equality Standard (WDES)
// Submission 2023' (https://lancsteachinghospitals.nhs.uk/workforce-disability-equality-standard-wdes-submission-2023): a committee
// report header (Report to, Date, Report of, Prepared by, 'For approval / For discussion'), an Executive Summary, the PRIORITY AREAS
// recommended for action as 'Metric 3 – …', 'Metric 4a – …' lines (chosen by the four-fifths rule), the next step of consulting the
// Disability Inclusion Forum on the draft action plan, and the recommendation to the Committee.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Ribblemoor Teaching Hospitals NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout26-wdes-2023-24-ribblemoor', sheet: 'WDES 2023', standard: 'WDES', period: '2023-24', trust, widths: [34, 58, 30, 16, 36], font: { name: 'Arial', size: 10 } });
  const wide = (t, st = {}, h) => p.line([t, null, null, null, null], { merge: ['A', 'E'], style: st, height: h });
  wide(trust, { bold: true, color: C.nhs, font: { size: 12 } });
  wide('Workforce Disability Equality Standard (WDES) Submission 2023', { bold: true, font: { size: 15 } });
  for (const [l, v] of [['Report to:', 'Workforce Committee'], ['Date:', '18th July 2023'], ['Report of:', 'Chief People Officer'], ['Prepared by:', 'Rosalind Achebe, EDI Manager']]) p.line([l, v, null, null, null], { border: true, merge: ['B', 'E'], styles: [{ bold: true, fill: C.palegrey }] });
  p.line(['For approval', '☒', 'For discussion', '☐', null], { border: true, styles: [{ bold: true, fill: C.palegrey }, {}, { bold: true, fill: C.palegrey }] });
  wide('Executive Summary:', { bold: true });
  wide('This report shares the data for the Trust\'s 2023 WDES submission and publication. It proposes priority areas for action where the results show disabled colleagues are disadvantaged under the four-fifths rule, and a draft action plan which will now go to the Disability Inclusion Forum so that colleagues\' lived experience shapes the final version.', {}, 45);
  wide('The priority areas recommended for action are:', { bold: true });
  for (const t of ['Metric 3 – Likelihood of disabled colleagues entering the formal capability process.', 'Metric 4a(i) – Colleagues experiencing harassment, bullying or abuse from patients, service users or the public.', 'Metric 4a(ii) – Colleagues experiencing harassment, bullying or abuse from managers.', 'Metric 6 – Colleagues who felt pressure from their manager to come to work when not well enough.', 'Metric 7 – Colleagues satisfied with the extent to which the organisation values their work.']) wide(t);
  wide('It is recommended that the Committee receives the report, notes its content, approves the priority areas and approves the draft action plan for consultation.', { italic: true }, 30);
  p.blank();
  wide('Appendix 1: Draft WDES action plan 2023/24 (for consultation with the Disability Inclusion Forum)', { bold: true, font: { size: 12 }, color: C.nhs });
  p.header(['Priority area', 'Action', 'Lead', 'Target date', 'Forum feedback'], { style: { fill: C.grey } });
  const rows = [
    ['Metric 3 – capability', 'Separate the health-related route from the performance route in the capability policy, so that ill health is never managed as poor performance.', 'Head of Employee Relations', '30/11/2023', 'Supported', ['3']],
    ['Metric 3 – capability', 'Ask an HR business partner to review every capability case involving a disabled colleague before stage 1.', 'Head of Employee Relations', '31/10/2023', 'Supported – asked for quarterly data', ['3']],
    ['Metric 4a(i) – patients and public', 'Extend body-worn cameras and the violence reduction team\'s support to the emergency department and the assessment units.', 'Head of Security and Violence Reduction', '31/03/2024', '', ['4a']],
    ['Metric 4a(ii) – managers', 'Include disability inclusion and the Equality Act in the new line managers\' programme.', 'Head of Leadership Development', '31/01/2024', 'To discuss at September meeting', ['4a']],
    ['Metric 6 – presenteeism', 'Refresh the attendance policy so that disability-related absence is recorded separately and not counted towards triggers.', 'Deputy Director of People', '31/12/2023', 'Supported', ['6']],
    ['Metric 7 – feeling valued', 'Feature disabled colleagues\' work in the Trust\'s annual staff awards and monthly recognition.', 'Head of Communications', '30/04/2024', 'Supported – network to nominate', ['7']],
    ['All priority areas', 'Report progress on this plan to the Workforce Committee every six months.', 'EDI Manager', '31/01/2024', '', ['3', '4a', '6', '7']],
  ];
  for (const [pa, a, lead, due, fb, inds] of rows) p.action([pa, a, lead, due, fb], { indicators: inds, action: a, lead, due }, { border: true });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute teaching trust) following a trust's published WDES Submission report to its Workforce Committee: trust name, title, a REPORT HEADER of label / value rows (Report to:, Date: 18th July 2023, Report of: Chief People Officer, Prepared by:, and 'For approval ☒ / For discussion ☐'), 'Executive Summary:', the five PRIORITY AREAS as 'Metric 3 – …', 'Metric 4a(i) – …' lines, an italic recommendation, then 'Appendix 1: Draft WDES action plan 2023/24 (for consultation with the Disability Inclusion Forum)' with `Priority area | Action | Lead | Target date | Forum feedback`. Judgement calls: the priority-area lines above the table are not actions (they say where to act, not what will be done); the report header is context – 'Chief People Officer' (Report of) and the author are not leads, 18th July 2023 is not a due, the ☒ box is not a status; indicators = the metric code in the Priority area cell, with the sub-part (i)/(ii) of metric 4a dropped ('Metric 4a(ii) – managers' → ['4a']), and 'All priority areas' → the four priority metrics ['3','4a','6','7']; due = Target date as shown (dd/mm/yyyy text); 'Forum feedback' ('Supported', 'To discuss at September meeting') is the staff network's response to a DRAFT, not a status or progress – status '', rag null, progress ''; theme null.", { notFrom: ['E'], forbidden: ['Chief People Officer', '18th July 2023', '☒', 'Rosalind Achebe, EDI Manager'] });
}
