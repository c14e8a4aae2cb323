// holdout21-wdes-2026-27-lydbrook: ORDINARY new-year DRAFT WDES plan of a COMMUNITY HOSPITALS AND OLDER PEOPLE'S SERVICES
// trust – title, red 'DRAFT' line; header 'Metric(s) | Action | Lead | Partners | Timescale | Success measure' (Partners is not
// the lead); HIA SECTION rows (themes) with the HIA's full wording; 'Metric 4a/4b', 'Metric 9a'; text timescales; NO status;
// footnote on metric numbering.
import { Book, Plan, C, ALL_WDES21 } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout21-wdes-2026-27-lydbrook', sheet: 'Draft WDES plan', standard: 'WDES', period: '2026-27', trust: 'Lydbrook Community Hospitals NHS Trust', widths: [14, 58, 30, 30, 18, 38] });
  p.line(['Lydbrook Community Hospitals NHS Trust – Workforce Disability Equality Standard action plan 2026/27'], { merge: ['A', 'F'], style: { bold: true, font: { size: 13 } } });
  p.line(['DRAFT – for discussion at the People Committee on 21 April 2026. Not for publication.'], { merge: ['A', 'F'], style: { bold: true, color: 'FFC00000' } });
  p.blank();
  p.header(['Metric(s)', 'Action', 'Lead', 'Partners', 'Timescale', 'Success measure'], { style: { fill: 'FFFCE4D6' } });
  const sections = [
    ['High impact action 1: Chief executives, chairs and board members must have specific and measurable EDI objectives to which they will be individually and collectively accountable.', [
      ['Metric 10', ['10'], 'Include a disability equality objective in every Board member\'s appraisal for 2026/27.', 'Chair', 'Company Secretary', 'Q1 2026/27', 'All Board appraisals include the objective'],
      ['Metric 9b', ['9b'], 'Invite the Disabled Staff Network to present to the Board twice a year.', 'Chief Executive', 'Disabled Staff Network', 'From June 2026', 'Two Board presentations in the year'],
    ]],
    ['High impact action 2: Embed fair and inclusive recruitment processes and talent management strategies that target and dismantle barriers.', [
      ['Metric 2', ['2'], 'Offer a guaranteed interview and a choice of interview format to disabled applicants for community hospital posts.', 'Head of Recruitment', 'Occupational Health', 'Q2 2026/27', 'Relative likelihood of appointment at or below 1.0'],
      ['Metric 5', ['5'], 'Pair disabled staff who want to progress with a senior sponsor for a year.', 'Head of Organisational Development', 'Disabled Staff Network', 'By March 2027', 'Metric 5 gap halved'],
      ['Metric 1', ['1'], 'Run a short declaration drive in each community hospital, led by network members.', 'Workforce Information Manager', 'Communications team', 'Q1 2026/27', 'Declaration on ESR above 9%'],
    ]],
    ['High impact action 4: Develop and implement an improvement plan to address health inequalities within the workforce.', [
      ['Metric 8', ['8'], 'Fund workplace adjustments centrally and publish the average waiting time each quarter.', 'Director of Finance', 'Occupational Health', 'Q2 2026/27', 'Average wait below six weeks'],
      ['Metric 6', ['6'], 'Review the sickness absence policy with the network so that disability-related absence is recorded separately.', 'Head of Employee Relations', 'Staff side', 'Q3 2026/27', 'Revised policy approved'],
      ['Metric 3', ['3'], 'Check adjustments have been made before any formal capability hearing.', 'Head of Employee Relations', 'HR Business Partners', 'Ongoing (quarterly audit)', 'Audit shows checks in every case'],
    ]],
    ['High impact action 6: Create an environment that eliminates the conditions in which bullying, discrimination, harassment and physical violence at work occur.', [
      ['Metric 4a/4b', ['4a', '4b'], 'Train ward staff caring for older people with dementia to manage distressed behaviour, and make reporting abuse quick on the ward tablet.', 'Deputy Director of Nursing', 'Dementia Care Team', 'By December 2026', 'Fewer disabled staff report abuse from patients; more report incidents'],
      ['Metric 7', ['7'], 'Feature disabled colleagues in the "Lydbrook Stars" recognition scheme.', 'Head of Communications', 'Disabled Staff Network', 'Ongoing', 'Improvement in metric 7'],
      ['Metric 9a', ['9a'], 'Hold a staff survey "deep dive" with disabled staff in each locality.', 'Head of Organisational Development', 'Disabled Staff Network', 'Q4 2026/27', 'Engagement score gap narrowed'],
      ['All', ALL_WDES21, 'Publish the 2026 WDES report and the final plan on the Trust website.', 'Chief People Officer', 'Communications team', 'By 31 October 2026', 'Published on time'],
    ]],
  ];
  for (const [sec, rows] of sections) {
    p.line([sec], { merge: ['A', 'F'], border: true, style: { bold: true, fill: 'FFF8CBAD' }, height: 30 });
    for (const [m, inds, action, lead, partners, due, succ] of rows)
      p.action([m, action, lead, partners, due, succ], { indicators: inds, theme: sec, action, lead, due, outcome: succ });
  }
  p.blank();
  p.line(['Metric numbering follows the 2026 WDES technical guidance (metrics 4a and 4b; 9a and 9b). High impact actions 3 (pay gaps) and 5 (international recruitment) are covered in our separate pay gap and international recruitment plans.'], { merge: ['A', 'F'], style: { italic: true, font: { size: 9 } }, height: 28 });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY new-year DRAFT WDES plan of a COMMUNITY HOSPITALS AND OLDER PEOPLE'S SERVICES trust: a merged bold title naming trust and plan, a merged bold dark-red 'DRAFT – for discussion at the People Committee on 21 April 2026. Not for publication.' line, a blank row, then a peach header 'Metric(s) | Action | Lead | Partners | Timescale | Success measure' (row 4). Four merged SECTION rows carry the FULL WORDING of high impact actions 1, 2, 4 and 6 of the NHS EDI Improvement Plan ('High impact action 1: Chief executives, chairs and board members must have …'): gold theme = that text. Metrics from the 2021+ set: 'Metric N', 'Metric 4a/4b', 'Metric 9a', 'Metric 9b', 'All' (= all twelve). Leads are job titles; Partners names a team or network. Timescale is text ('Q1 2026/27', 'From June 2026', 'By March 2027', 'Ongoing (quarterly audit)', 'By 31 October 2026'). NO status column (status '', rag null). A footnote on metric numbering sits under the table. No refs. Judgement calls: a draft is still the 2026-27 plan; lead = Lead, never Partners; Success measure = outcome; the section rows are themes (the HIA number in them is not a metric); the footnote (which mentions HIAs 3 and 5 and metrics) is not an action.", { notFrom: ['D'] });
}
