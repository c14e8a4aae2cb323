// holdout11-wdes-2022-23-dunhollow: NEW LAYOUT – a plan PASTED FROM A POWERPOINT BOARD DECK: two slides' tables one under the
// other, each with its slide title, its own header and a 'Source:' footer; one row per metric whose 'What we will do' cell is a
// TEXT BOX of several bulleted actions (gold action = the whole cell); no status.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout11-wdes-2022-23-dunhollow', sheet: 'WDES actions', standard: 'WDES', period: '2022-23', trust: 'Dunhollow and Weir Valley NHS Foundation Trust', widths: [18, 40, 62, 22, 16] });
  const SEG = { font: { name: 'Segoe UI', size: 10 } };
  p.line(['Dunhollow and Weir Valley NHS Foundation Trust'], { merge: ['A', 'E'], style: { bold: true, font: { name: 'Segoe UI', size: 16, color: { argb: C.nhs } } } });
  p.line(['WDES 2022 – what our data tells us and what we will do (Board seminar, 8 September 2022)'], { merge: ['A', 'E'], style: { font: { name: 'Segoe UI', size: 12 } } });
  p.blank();
  const slide = (title) => {
    p.line([title], { merge: ['A', 'E'], style: { bold: true, font: { name: 'Segoe UI', size: 14, color: { argb: C.white } }, fill: C.nhs } });
    p.header(['WDES metric', 'What the data tells us', 'What we will do', 'Exec lead', 'When'], { style: { ...SEG, fill: C.lightblue, font: { name: 'Segoe UI', size: 10, bold: true } } });
  };
  const footer = () => p.line(['Source: WDES data return August 2022; NHS Staff Survey 2021. Slide pasted from the Board seminar pack.'], { merge: ['A', 'E'], style: { italic: true, font: { name: 'Segoe UI', size: 8 } } });
  const act = (m, inds, data, bullets, lead, due) => {
    const action = bullets.map((b) => '• ' + b).join('\n');
    return p.action([m, data, action, lead, due], { indicators: inds, action, lead, due }, { style: SEG, height: 15 * bullets.length + 8 });
  };
  slide('Our WDES actions 2022/23 (1 of 2)');
  act('Metric 1\nRepresentation', ['1'], '5.2% of staff declare a disability on ESR, but 23% do in the Staff Survey.', ['Relaunch "Tell us once" declaration campaign', 'Add declaration prompt to ESR self-service and induction', 'Publish declaration rate by division quarterly'], 'Chief People Officer', 'Q3 2022/23');
  act('Metric 2\nRecruitment', ['2'], 'Non-disabled applicants 1.41× more likely to be appointed from shortlisting.', ['Audit the guaranteed interview scheme', 'Adjustments offered to all candidates at invitation to interview'], 'Chief People Officer', 'By Dec 22');
  act('Metric 3\nCapability', ['3'], 'Disabled staff 2.3× more likely to enter formal capability (small numbers).', ['Independent check of adjustments before any formal capability meeting', 'Review all 2021/22 capability cases with staff side'], 'Director of Workforce', 'Q2–Q3 2022/23');
  act('Metrics 4a & 4b\nBullying & harassment', ['4a', '4b'], '31% of disabled staff report bullying from colleagues (non-disabled 20%); fewer report it.', ['Extend Civility and Respect training to all managers', 'Add disability to the Datix staff incident form', 'Promote Freedom to Speak Up routes with the Network'], 'Chief Nurse', 'By Mar 23');
  act('Metric 5\nCareer progression', ['5'], '50% of disabled staff believe in equal opportunities for progression (non-disabled 58%).', ['Ring-fenced places on the Aspiring Leaders programme', 'Reciprocal mentoring pairs with executive directors'], 'Chief Executive', 'Jan 2023 cohort');
  footer();
  p.blank();
  slide('Our WDES actions 2022/23 (2 of 2)');
  act('Metric 6\nPresenteeism', ['6'], '31% felt pressure to come to work when unwell (non-disabled 22%).', ['Manager guidance on disability-related absence', 'Separate recording of disability-related sickness in ESR'], 'Director of Workforce', 'Q4 2022/23');
  act('Metric 7\nFeeling valued', ['7'], '33% satisfied with how the Trust values their work (non-disabled 43%).', ['Executive listening events with disabled staff twice a year', 'Disability History Month celebration and staff stories'], 'Chief Executive', 'Nov 22 & Mar 23');
  act('Metric 8\nAdjustments', ['8'], '72% say adequate adjustments have been made.', ['Launch Workplace Adjustments Passport', 'Central adjustments budget', 'Access to Work guidance for managers'], 'Chief People Officer', 'Oct 2022');
  act('Metrics 9a & 9b\nEngagement & voice', ['9a', '9b'], 'Engagement 6.4 v 6.9. Network meets monthly but has no protected time.', ['Protected time for Network chair and deputy (1 day a month)', 'Network to co-produce the 2023/24 plan'], 'Chief People Officer', 'Ongoing');
  act('Metric 10\nBoard', ['10'], 'No Board member has declared a disability; Board is 0% v 5.2% workforce.', ['Board declaration as part of annual Fit and Proper Person review', 'Disability awareness session at Board development day'], 'Chair', 'Q4 2022/23');
  footer();
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) PASTED FROM A POWERPOINT BOARD DECK – a layout no earlier batch had. A merged trust title and a subtitle naming the Board seminar, a blank row, then TWO SLIDES pasted one under the other. Each slide starts with its TITLE ROW merged A:E on NHS blue ('Our WDES actions 2022/23 (1 of 2)' / '(2 of 2)'), then its own header ('WDES metric | What the data tells us | What we will do | Exec lead | When', rows 5 and 14 – both header rows), then five metric rows, then a small italic 'Source: …' FOOTER line; a blank row separates the slides. Slide titles and footers are slide furniture, non-action rows, NOT themes (theme null). Each row is one metric and its 'What we will do' cell is a slide TEXT BOX with 2–3 BULLETED ACTIONS on separate lines ('• …\\n• …'): gold treats the row as ONE action whose text is the whole cell (bullets and line breaks included; the gold format has one action per row) – a reader that splits the bullets would need to report them on the same row. Metric cells are 'Metric N' + a short title on a second line ('Metrics 4a & 4b\\nBullying & harassment' → ['4a','4b'], 'Metrics 9a & 9b' → ['9a','9b']). 'Exec lead' is an executive role. 'When' is text ('Q3 2022/23', 'By Dec 22', 'Q2–Q3 2022/23', 'Jan 2023 cohort', 'Nov 22 & Mar 23', 'Ongoing'). No status (a plan as presented to the Board) → status '', rag null. 'What the data tells us' is context, not progress.");
}
