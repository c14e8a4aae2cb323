// holdout22-wdes-2026-27-fernhurst: ORDINARY new-year DRAFT WDES plan of a MENTAL HEALTH trust with regional EATING DISORDER and
// CAMHS inpatient services – merged title, red 'DRAFT v0.3' line, intro; peach header 'Metric | Our 2026 data | Action | Lead |
// Supported by | Timescale | Success measure'; Metric and data MERGED DOWN over two-action groups; FY-half and month text
// timescales; NO status; footnote.
import { Book, Plan, C, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Fernhurst Health and Care Partnership NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout22-wdes-2026-27-fernhurst', sheet: 'Draft WDES plan', standard: 'WDES', period: '2026-27', trust, widths: [20, 30, 54, 28, 26, 18, 34] });
  p.line([trust], { merge: ['A', 'G'], style: { bold: true, font: { size: 14 } } });
  p.line(['WDES action plan 2026/27'], { merge: ['A', 'G'], style: { bold: true, font: { size: 12 } } });
  p.line(['DRAFT v0.3 – for the Disability Equality Network and People Committee, June 2026. Not for publication.'], { merge: ['A', 'G'], style: { bold: true, color: C.darkred } });
  p.line(['This plan responds to our 2026 WDES data and to what disabled colleagues in our inpatient eating disorder and children\'s and young people\'s services told us. There is no status column yet; progress will be added from the Q2 review.'], { merge: ['A', 'G'], height: 30 });
  p.blank();
  p.header(['Metric', 'Our 2026 data', 'Action', 'Lead', 'Supported by', 'Timescale', 'Success measure'], { style: { fill: 'FFF8CBAD' } });
  const groups = [
    ['Metric 1', ['1'], '5.2% declared on ESR; 27% in the staff survey.', [
      ['Ask every new starter about disability at induction and explain how the information is used.', 'Head of Workforce Information', 'Induction team', 'H1 2026/27', 'ESR declaration of 8% by March 2027'],
      ['Show declaration rates for each service line in the monthly workforce dashboard.', 'Head of Workforce Information', 'Business intelligence team', 'By September 2026', 'Dashboard live'],
    ]],
    ['Metric 2', ['2'], 'Relative likelihood 1.29.', [
      ['Include a Disability Equality Network member on panels for all nursing and therapy posts at Band 7 and above.', 'Head of Recruitment', 'Disability Equality Network', 'H1 2026/27', 'Relative likelihood below 1.15'],
    ]],
    ['Metric 4a (patients and public)', ['4a'], '31% of disabled staff on inpatient wards report abuse from patients or relatives.', [
      ['Give inpatient staff on the eating disorder and CAMHS wards reflective practice after incidents of abuse, with a named senior contact.', 'Associate Director of Nursing, Inpatients', 'Psychology leads', 'Monthly from July 2026', 'Reflective practice on every ward'],
      ['Add disability to the incident reporting form for violence and aggression.', 'Head of Patient Safety', 'Risk team', 'By August 2026', 'Disability recorded on 90% of reports'],
    ]],
    ['Metrics 4b and 7', ['4b', '7'], 'Disabled staff report more bullying from managers and feel less valued.', [
      ['Train all ward managers in compassionate leadership, with a session led by disabled colleagues.', 'Head of Organisational Development', 'Disability Equality Network', 'H2 2026/27', 'All ward managers trained by March 2027'],
    ]],
    ['Metric 6', ['6'], '33% felt pressure to come to work when unwell.', [
      ['Agree a disability leave procedure separate from sickness absence.', 'Head of HR Policy', 'Staff side', 'By October 2026', 'Procedure in use'],
    ]],
    ['Metric 8', ['8'], '72% say adequate adjustments have been made.', [
      ['Set up a central reasonable adjustments fund and a 28-day standard for agreeing adjustments.', 'Director of Finance', 'Occupational health', 'H1 2026/27', '85% satisfied with adjustments'],
      ['Offer a workplace assessment to every member of staff who declares a disability.', 'Head of Occupational Health', 'Access to Work advisers', 'From September 2026', 'Assessments offered within 4 weeks'],
    ]],
    ['Metrics 9a and 9b', ['9a', '9b'], 'Engagement 6.4 v 6.9; the network says it is not heard at committees.', [
      ['Give the Disability Equality Network chair a standing seat on the People Committee.', 'Chief People Officer', 'Company Secretary', 'From July 2026', 'Chair attends every meeting'],
      ['Fund two days a month of protected time for the network chair and deputy chair.', 'Chief People Officer', 'Finance business partner', 'By June 2026', 'Time agreed in job plans'],
    ]],
  ];
  for (const [m, inds, dat, rows] of groups) {
    const first = p.r + 1;
    for (const [action, lead, sup, due, sm] of rows) p.action([m, dat, action, lead, sup, due, sm], { indicators: inds, action, lead, due, outcome: sm }, { styles: [{ bold: true }] });
    mergeDown(p.ws, 'A', first, p.r); mergeDown(p.ws, 'B', first, p.r);
  }
  p.blank();
  p.line(['Metric numbers follow the WDES technical guidance (2022 onwards: metric 4 in parts a and b, metric 9 in parts a and b).'], { merge: ['A', 'G'], style: { italic: true, font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY new-year DRAFT WDES plan of a MENTAL HEALTH trust with regional EATING DISORDER and CAMHS inpatient services: merged lines for the trust, 'WDES action plan 2026/27', a bold dark-red 'DRAFT v0.3 – … Not for publication.' line and an intro paragraph saying there is no status column yet, a blank row, then a peach header 'Metric | Our 2026 data | Action | Lead | Supported by | Timescale | Success measure' (row 6). Metric and 'Our 2026 data' are MERGED DOWN over each group of one or two actions; metrics from the 2021+ set ('Metric 4a (patients and public)' = ['4a'], 'Metrics 4b and 7' = ['4b','7'], 'Metrics 9a and 9b'). Leads are job titles; 'Supported by' names a team or network. Timescales are text ('H1 2026/27', 'By September 2026', 'Monthly from July 2026', 'From September 2026'). NO status column (status '', rag null). A footnote on metric numbering sits below. Judgement calls: the merged Metric cell belongs to every action it spans; lead = Lead, not Supported by; 'Our 2026 data' is context; Success measure = outcome; the '(patients and public)' gloss is not a metric; a draft is still the 2026-27 plan; the draft line, intro and footnote are not actions; no ref; theme null.", { notFrom: ['B', 'E'] });
}
