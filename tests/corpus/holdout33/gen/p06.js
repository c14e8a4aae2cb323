// holdout33-wdes-2019-20-brightlingham: follows East Suffolk and North Essex NHS FT's published 'NHS Workforce Standards' page
// (esneft.nhs.uk/about-us/equality-diversity-and-inclusion/nhs-workforce-standards/): the heading 'Implementing the NHS Workforce
// Disability Equality Standard (WDES)', paragraphs on what the WDES is, on the expectation of an action plan (ratified by the Board and
// published by 30 September 2019), and on how the '12 month WDES Action Plan' was consulted on (EDI Group) and ratified (People and OD
// Committee, on the Board's behalf), then the plan. The plan's columns are ASSUMED (the excerpt stops at 'the action plan below').
import { Book, Plan, C, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Brightlingham and Stour Hospitals NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout33-wdes-2019-20-brightlingham', sheet: 'WDES', standard: 'WDES', period: '2019-20', trust, widths: [26, 30, 52, 28, 16], font: { name: 'Arial', size: 10 } });
  p.line(['NHS Workforce Standards'], { merge: ['A', 'E'], style: { bold: true, font: { size: 14 }, color: C.nhs } });
  p.line(['Implementing the NHS Workforce Disability Equality Standard (WDES)'], { merge: ['A', 'E'], style: { bold: true, font: { size: 12 } } });
  p.line(['The WDES is a set of evidence-based metrics that give NHS organisations a picture of the experience of their Disabled staff. Comparing the data for Disabled and non-disabled staff shows where the differences lie and gives the basis for an action plan that lets us track progress from year to year.'], { merge: ['A', 'E'], height: 40 });
  p.line(['Every NHS trust is expected to agree an action plan with its Disabled staff and the wider community. NHS England asked that WDES action plans be ratified by the Trust Board and published by 30 September 2019.'], { merge: ['A', 'E'], height: 28 });
  p.line(['We have now developed our 12 month WDES Action Plan. The Equality, Diversity and Inclusion Group was consulted and endorsed it, and the People and Organisational Development Committee ratified it on behalf of the Trust Board.'], { merge: ['A', 'E'], height: 28 });
  p.blank();
  p.line([`${trust} – WDES Action Plan, October 2019 to September 2020`], { merge: ['A', 'E'], style: { bold: true } });
  p.header(['WDES Metric', 'Our data (2019)', 'Action', 'Lead', 'Target date'], { style: { fill: C.nhs, color: C.white } });
  const groups = [
    ['Metric 1 – Workforce representation', '3.1% of staff have declared a disability on ESR; 21% have no status recorded.', '1', [
      ['Run a "Count me in" campaign asking all staff to update their disability status, with payslip messages and ward visits.', 'Head of Workforce Systems', 'December 2019'],
      ['Add the disability question to the appraisal paperwork so that status is checked every year.', 'Head of Learning and Development', 'April 2020'],
    ]],
    ['Metric 2 – Recruitment', 'Non-disabled applicants 1.42 times more likely to be appointed from shortlisting.', '2', [
      ['Remind recruiting managers of the guaranteed interview scheme and check a sample of shortlists each quarter.', 'Recruitment Lead', 'Quarter 3'],
    ]],
    ['Metric 4 – Harassment, bullying or abuse', '33% of Disabled staff report abuse from patients or the public, against 26% of non-disabled staff.', '4', [
      ['Include disability in the Trust\'s zero-tolerance campaign on abuse from patients and visitors.', 'Head of Security and Health and Safety', 'January 2020'],
      ['Offer Disabled staff who report bullying a named contact in the Freedom to Speak Up team.', 'Freedom to Speak Up Guardian', 'March 2020'],
    ]],
    ['Metric 6 – Presenteeism', '31% of Disabled staff felt pressure from their manager to come to work when unwell.', '6', [
      ['Rewrite the managers\' guide to the attendance policy with the Disability Network so that disability-related absence is recorded separately.', 'Deputy Director of People', 'June 2020'],
    ]],
    ['Metric 8 – Reasonable adjustments', '71% of Disabled staff say adequate adjustments have been made.', '8', [
      ['Launch a reasonable adjustments passport and train HR advisers to support managers in using it.', 'Equality and Diversity Manager', 'September 2020'],
    ]],
    ['Metric 9 – Engagement', 'Engagement score 6.6 for Disabled staff, 7.0 for non-disabled staff.', '9', [
      ['Set up a Disability Network with an executive sponsor and a budget for its first year.', 'Director of People', 'November 2019'],
    ]],
  ];
  for (const [metric, data, ind, acts] of groups) {
    const first = p.r + 1;
    acts.forEach(([a, lead, due], i) => p.action([i ? undefined : metric, i ? undefined : data, a, lead, due], { indicators: [ind], action: a, lead, due }, { styles: [{ bold: true }] }));
    mergeDown(p.ws, 'A', first, p.r); mergeDown(p.ws, 'B', first, p.r);
  }
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, an acute foundation trust) laid out like a real trust's published 'NHS Workforce Standards' web page (East Suffolk and North Essex's): a page heading, the sub-heading 'Implementing the NHS Workforce Disability Equality Standard (WDES)', three paragraphs (what the WDES is; that NHS England asked for plans to be ratified by the Board and published by 30 September 2019; that the 12 month plan was endorsed by the EDI Group and ratified by the People and Organisational Development Committee on the Board's behalf), then a title line naming the trust and the plan's twelve months, and the plan 'WDES Metric | Our data (2019) | Action | Lead | Target date' (row 8). The metric cell ('Metric 4 – Harassment, bullying or abuse') and the data cell are MERGED DOWN over the metric's one or two actions. 2019 numbering: whole metrics 4 and 9. Judgement calls: each Action cell is an action (two under metrics 1 and 4); indicators = the number in the merged metric cell; 'Our data (2019)' is this year's data – not a target, outcome or progress; the paragraphs' date (30 September 2019) is a publication deadline for the plan, not an action's due, and the EDI Group / People and OD Committee are not leads; lead and target date as written ('Quarter 3' kept as the due); the title line's 'October 2019 to September 2020' is the plan period, not a due; theme null; no status.", { forbidden: ['30 September 2019', 'People and Organisational Development Committee', 'Equality, Diversity and Inclusion Group', 'October 2019 to September 2020'] });
}
