// holdout43-wdes-2023-24-fernhallow: follows South East London ICB's web page on its workforce reports (https://selondonics.org/?p=4397):
// a paragraph on staff as the greatest asset, the WDES paragraph saying the body is not mandated but has elected to report, 'Based on the
// WDES metrics and staff engagement, the ICB has agreed to take a series of actions …', a 'Click here to view …' link line, then the WRES
// and gender pay gap paragraphs and 'Examples of some of our initiatives include:' with a list of initiative names. ASSUMED: the actions
// agreed, pasted as a table right under the WDES paragraph (a CSU here, not an ICB).
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'NHS Fernhallow Commissioning Support Unit';
  const p = new Plan(book, { name: 'holdout43-wdes-2023-24-fernhallow', sheet: 'Workforce reports', standard: 'WDES', period: '2023-24', trust, widths: [10, 38, 56, 26, 14], font: { name: 'Calibri', size: 11 } });
  const W = ['A', 'E'];
  p.line([`${trust} – Workforce equality reports`], { merge: W, style: { bold: true, font: { size: 16, color: { argb: C.nhs } } }, height: 24 });
  p.line(['Home > About us > Equality and inclusion > Workforce reports'], { merge: W, style: { font: { size: 9, color: { argb: 'FF595959' } } } });
  p.blank();
  p.line(['Our colleagues are what makes the CSU work. We want every people process – recruitment, development, appraisal, managing attendance – to be built on fairness and human rights, with inclusion designed in from the start rather than checked at the end.'], { merge: W, height: 46 });
  p.line(['Workforce Disability Equality Standard (WDES)'], { merge: W, style: { bold: true, font: { size: 13 } } });
  p.line(['The WDES asks NHS trusts to send NHS England their data on ten metrics every year. As a commissioning support unit we are not required to take part, but we have chosen to collect and publish the same metrics because we want disabled colleagues to see how their experience compares and what we are doing about it.'], { merge: W, height: 60 });
  p.line(['Based on the 2023 metrics and what colleagues told us at three listening sessions run with the Enable network, the Executive Team has agreed the actions below.'], { merge: W, height: 32 });
  p.header(['Metric', 'What the data told us', 'Action agreed', 'Executive sponsor', 'By when'], { style: { fill: C.nhs, font: { color: { argb: C.white }, bold: true } } });
  const A = [
    ['1', '4.2% of colleagues have a disability recorded on ESR; 21% said so in the staff survey.', 'Run a "Count me in" campaign asking every colleague to check and update their ESR self-service record, with a short video from the Chief Executive.', 'Director of People', 'Nov 2023'],
    ['2', 'Disabled applicants were 1.31 times less likely to be appointed from shortlisting.', 'Give every recruiting manager a one-page guide to the Disability Confident interview guarantee and check in TRAC that it has been applied.', 'Director of People', 'Sep 2023'],
    ['4', '27% of disabled colleagues reported harassment from other colleagues (non-disabled 15%).', 'Add a disability scenario to the compulsory "Civility at work" module and report completion by directorate to the People Committee.', 'Chief Operating Officer', 'Mar 2024'],
    ['6', '24% of disabled colleagues felt pressure to come to work when unwell.', 'Rewrite the managing attendance toolkit with the Enable network so that adjustments are discussed before any trigger point is applied.', 'Director of People', 'Jan 2024'],
    ['7', '38% of disabled colleagues feel the organisation values their work (non-disabled 51%).', 'Include a named Enable network member in each directorate\'s staff recognition panel.', 'Director of Corporate Affairs', 'Dec 2023'],
    ['8', '68% said adequate adjustments had been made.', 'Introduce the Health and Wellbeing Passport and a central budget for adjustments so that teams do not fund equipment from their own cost centres.', 'Chief Finance Officer', 'Oct 2023'],
    ['9', 'Engagement score 6.4 for disabled colleagues, 7.0 for non-disabled.', 'Give the Enable network co-chairs two days a month protected time and a seat on the Inclusion Steering Group.', 'Chief Executive', 'Jul 2023'],
    ['10', 'No voting Board member has declared a disability.', 'Ask the Board to complete the ESR equality declaration refresh and include disability in the next non-executive recruitment brief.', 'Director of Corporate Affairs', 'Mar 2024'],
  ];
  for (const [m, d, a, s, w] of A) p.action([m, d, a, s, w], { ref: '', indicators: [m], action: a, lead: s, due: w }, { height: 48 });
  p.line(['Click here to view the Workforce Disability Equality Standard 2023 report'], { merge: W, style: { font: { underline: true, color: { argb: 'FF0563C1' } } } });
  p.blank();
  p.line(['Workforce Race Equality Standard (WRES)'], { merge: W, style: { bold: true, font: { size: 13 } } });
  p.line(['This is the first WRES report we have published. Its nine indicators look at the experience of colleagues from Black, Asian and minority ethnic backgrounds, and we will set out our actions on each of them over the coming year.'], { merge: W, height: 46 });
  p.line(['Click here to view the Workforce Race Equality Standard 2023 report'], { merge: W, style: { font: { underline: true, color: { argb: 'FF0563C1' } } } });
  p.line(['Gender pay gap'], { merge: W, style: { bold: true, font: { size: 13 } } });
  p.line(['Employers with 250 or more staff must publish their gender pay gap. Our first report uses a snapshot date of 31 March 2023 and was published on 28 March 2024.'], { merge: W, height: 32 });
  p.line(['Examples of some of our initiatives include:'], { merge: W, style: { bold: true } });
  for (const t of ['Anti-racism statement and pledge', 'Equality, Diversity and Inclusion Strategy 2022–2025', 'Reverse mentoring for the Executive Team', 'Staff networks and inclusion champions', 'Inclusive recruitment working group']) p.line([`• ${t}`], { merge: W });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional body, a commissioning support unit that reports the WDES though not mandated) following the layout of a real ICB web page on its workforce reports: a title and breadcrumb, a paragraph on fairness in people processes, the heading 'Workforce Disability Equality Standard (WDES)', a paragraph saying the CSU is not required to report but chooses to, a line saying the Executive Team agreed the actions below, then the table 'Metric | What the data told us | Action agreed | Executive sponsor | By when' (8 rows, one per metric worked on), then a 'Click here to view …' link line and the rest of the page: WRES heading, paragraph and link, gender pay gap heading and paragraph, and 'Examples of some of our initiatives include:' with five '•' lines naming initiatives. Judgement calls: the action is 'Action agreed'; 'What the data told us' is the finding (context, never the action or outcome); lead = the executive sponsor; due = 'By when' as written ('Nov 2023'); indicators = the metric number in column A; no status column, so status '' and rag null; the WRES paragraph ('we will set out our actions … over the coming year') promises a future plan and is not an action; the five initiative bullets are names of existing work, not actions (non-action rows); theme null (one table, no sections).", { notFrom: ['B'], forbidden: ['Anti-racism statement and pledge'] });
}
