// holdout33-wdes-2020-21-copperdale: follows the Whittington Health NHS Trust's 'Workforce Disability Equality Standard (WDES)' page
// (whittington.nhs.uk/default.asp?c=41237): an introductory paragraph, 'Within the WDES are ten core metrics …', then a line 'The nine
// indicators are:' followed by TEN metric wordings as bullets without numbers, a pointer to the reports page and a 'Last updated' line.
// Here that page text sits above the trust's action plan on the same sheet; the plan's columns are ASSUMED.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Copperdale Orthopaedic Hospital NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout33-wdes-2020-21-copperdale', sheet: 'WDES', standard: 'WDES', period: '2020-21', trust, widths: [12, 54, 28, 16, 46], font: { name: 'Verdana', size: 9 } });
  p.line(['Workforce Disability Equality Standard (WDES)'], { merge: ['A', 'E'], style: { bold: true, font: { size: 13 } } });
  p.line(['This annual reporting process lets the Trust compare the experience of staff with disabilities or long-term health conditions with that of other staff. The WDES is mandated through the Standard NHS Contract and is newer than the WRES.'], { merge: ['A', 'E'], height: 36 });
  p.line(['Within the WDES are ten core metrics on which the Trust collects and publishes its performance; our reports include action plans for the areas that need to improve. The nine indicators are:'], { merge: ['A', 'E'], height: 36 });
  const bullets = [
    'Representation of clinical and non-clinical staff in pay bands.',
    'Relative likelihood of non-disabled staff compared to Disabled staff being appointed from shortlisting across all posts.',
    'Relative likelihood of Disabled staff compared to non-disabled staff entering the formal capability process on the grounds of performance.',
    'Percentage of Disabled staff compared to non-disabled staff experiencing harassment, bullying or abuse.',
    'Percentage of Disabled staff compared to non-disabled staff believing that the Trust provides equal opportunities for career progression or promotion.',
    'Percentage of Disabled staff compared to non-disabled staff saying that they have felt pressure from their manager to come to work, despite not feeling well enough to perform their duties.',
    'Percentage of Disabled staff compared to non-disabled staff saying that they are satisfied with how much their organisation values their work.',
    'Percentage of Disabled staff saying that their employer has made reasonable adjustment(s) to enable them to carry out their work.',
    'Staff engagement score for Disabled staff, compared to non-disabled staff.',
    'Board representation of Disabled and non-disabled members.',
  ];
  for (const b of bullets) p.line([undefined, `- ${b}`], { merge: ['B', 'E'] });
  p.line(['To see our current and previous reports, go to the Equality, Diversity and Inclusion Reports page.'], { merge: ['A', 'E'], style: { italic: true } });
  p.line(['Last updated 06 Mar 2021'], { merge: ['A', 'E'], style: { italic: true, color: 'FF808080' } });
  p.blank();
  p.line([`${trust} – WDES Action Plan 2020/21`], { merge: ['A', 'E'], style: { bold: true, font: { size: 11 } } });
  p.header(['Indicator', 'What we will do', 'Who', 'When', 'Update (March 2021)'], { style: { fill: C.tan } });
  const acts = [
    ['2', 'Review the wording of all job adverts with the Disabled Staff Network so that adjustments at interview are offered up front.', 'Head of Resourcing', 'September 2020', 'Advert template changed in October; offer now in every advert.'],
    ['3', 'Ask occupational health to advise on every capability case that involves a member of staff with a long-term condition.', 'Head of HR', 'October 2020', 'In place; two cases referred so far.'],
    ['4', 'Publish clear routes for reporting abuse from patients, including on the theatres and outpatients intranet pages.', 'Head of Patient Safety', 'December 2020', 'Pages live. Poster run delayed by the second Covid wave.'],
    ['5', 'Track applications from Disabled staff to the Trust\'s first-line leadership course and ring-fence two places each cohort.', 'Head of Education', 'March 2021', 'One cohort run (two Disabled staff); second cohort moved online.'],
    ['6', 'Add a question on wellbeing at work to the weekly manager huddles for shielding and returning staff.', 'Director of Nursing and Operations', 'November 2020', 'Running in all clinical areas.'],
    ['8', 'Create a fast-track route for home-working equipment for staff with long-term conditions who were shielding.', 'Head of IT Services', 'August 2020', 'Forty-one requests met, average nine days.'],
    ['9', 'Start a Disabled Staff Network with protected time for its chair.', 'Director of Workforce', 'July 2020', 'Network launched in July with 28 members.'],
  ];
  for (const [ind, a, who, when, upd] of acts) p.action([ind, a, who, when, upd], { indicators: [ind], action: a, lead: who, due: when, progress: upd }, { styles: [{ alignment: { horizontal: 'center', vertical: 'top' } }] });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, a specialist orthopaedic hospital) laid out like a real trust's WDES web page (the Whittington's) with the trust's plan beneath it on the same sheet: a heading, two paragraphs, the line '… The nine indicators are:' followed by TEN metric wordings as '- ' bullets WITHOUT NUMBERS (the page's own miscount kept), a pointer to the reports page, 'Last updated 06 Mar 2021', then a title line and the plan 'Indicator | What we will do | Who | When | Update (March 2021)' (row 18). Judgement calls: the ten bullets are the national metric wordings, not actions – they are list items like actions but carry no owner or date and sit above the plan; the 'nine' in the lead-in line changes nothing (the indicators come from the plan's own column); the 'Last updated' date is the page's, not a due; action = What we will do; indicators = the Indicator column (2020 numbering, whole metrics 4 and 9); lead = Who; due = When as written; progress = the Update text; no status column, so status '' and rag null even where an update says something is in place; theme null.", { forbidden: ['Last updated 06 Mar 2021', '06 Mar 2021'] });
}
