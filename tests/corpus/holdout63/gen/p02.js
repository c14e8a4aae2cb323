// holdout63-wdes-2021-22-wyrebridge: follows an acute trust's public WDES paper (Gateshead Health's 'Workforce Disability Equality Standard
// (WDES)' resource page: https://www.gatesheadhealth.nhs.uk/resources/wdes/): a one-line purpose under the title, 'Summary and background'
// paragraphs (when the WDES was mandated, that it builds on the WRES, the link to EDS2 and the Public Sector Equality Duty), the PSED's
// 'general duty to' and 'specific duty to' bullet lists, the People Plan quotation, then the proposed future actions. ASSUMED: the actions
// as a table by metric with a finding merged beside them, an executive lead and a month date.
import { Book, Plan, C, D, mergeDown, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Wyrebridge Hospitals NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout63-wdes-2021-22-wyrebridge', sheet: 'WDES paper', standard: 'WDES', period: '2021-22', trust, widths: [12, 40, 50, 24, 12], font: { name: 'Arial', size: 10 } });
  const M = ['A', 'E'];
  p.line([trust], { merge: M, style: { bold: true, color: C.nhs } });
  p.line(['Workforce Disability Equality Standard (WDES) 2021'], { merge: M, style: { bold: true, font: { size: 14 } } });
  p.line(['To give an update on progress against the Workforce Disability Equality Standard metrics and propose future actions'], { merge: M, style: { italic: true } });
  p.blank();
  p.line(['Summary and background'], { style: { bold: true, font: { size: 12 } } });
  p.line(['This paper updates the People and OD Committee on the WDES metrics for 2021 and proposes the actions that will form part of the Trust\'s Equality Objectives and its Equality, Diversity and Inclusion work plan for 2021-22.'], { merge: M, height: 40 });
  p.line(['The WDES was mandated through the NHS Standard Contract from April 2019 and follows the Workforce Race Equality Standard. It compares the workplace and career experiences of Disabled and non-disabled staff, and it supports our work on the Equality Delivery System (EDS2) and the Public Sector Equality Duty, which sets out a general and a specific duty:'], { merge: M, height: 52 });
  p.line(['The general duty to'], { style: { bold: true } });
  const duties = [
    '• Eliminate unlawful discrimination, harassment and victimisation and other conduct prohibited by the Act',
    '• Advance equality of opportunity between people who share a protected characteristic and those who do not',
    '• Foster good relations between people who share a protected characteristic and those who do not',
  ].map((t) => p.line([t], { merge: M }));
  p.line(['The specific duty to'], { style: { bold: true } });
  const spec = [
    '• Publish equality information at least once a year to show how we have met the equality duty',
    '• Prepare and publish equality objectives at least every four years',
  ].map((t) => p.line([t], { merge: M }));
  p.line(['The NHS People Plan asks every employer to make the experience of Disabled colleagues part of its offer to staff; the actions below are our response for the coming year.'], { merge: M, height: 28 });
  p.blank();
  p.line(['Proposed actions 2021-22'], { style: { bold: true, font: { size: 12 } } });
  p.header(['WDES metric', 'What the 2021 data shows', 'Proposed action', 'Executive lead', 'Delivery by'], { style: { fill: C.paleblue } });
  const F = 'mmm-yy';
  const blocks = [
    ['Metric 1', '3.4% of staff have declared a disability on ESR, against 21.6% in the staff survey.', ['1'], [
      ['Run a "Why it matters" declaration campaign with the Disability and Wellbeing Network, and add a prompt to the ESR self-service home page', 'Director of People and OD', D(2021, 12, 31)],
      ['Ask new starters to complete the equality section of ESR during induction rather than after', 'Director of People and OD', D(2022, 1, 31)],
    ]],
    ['Metric 3', 'Disabled staff are 2.15 times more likely to enter the formal capability process.', ['3'], [
      ['Add a reasonable adjustments check to the first stage of the capability policy, signed off by an HR adviser', 'Director of People and OD', D(2022, 3, 31)],
    ]],
    ['Metric 4a', '32.0% of Disabled staff report harassment, bullying or abuse from managers (non-disabled 17.9%).', ['4a'], [
      ['Include disability and hidden conditions in the Compassionate Management programme for Band 7 and above', 'Chief Nurse', D(2022, 3, 31)],
    ]],
    ['Metric 4b', 'Only 44.8% of Disabled staff say they or a colleague reported their last experience.', ['4b'], [
      ['Publicise the Freedom to Speak Up route for Disabled staff and report the number of disability-related concerns to the Committee each quarter', 'Director of Corporate Affairs', D(2022, 2, 28)],
    ]],
    ['Metric 6', '30.1% of Disabled staff felt pressure to come to work when unwell.', ['6'], [
      ['Introduce a Reasonable Adjustments Passport and train managers to use it in return-to-work conversations', 'Director of People and OD', D(2022, 6, 30)],
      ['Review the attendance policy trigger points with staff side and the network to allow for disability-related absence', 'Director of People and OD', D(2022, 9, 30)],
    ]],
    ['Metric 9b', 'The Disability and Wellbeing Network has 58 members and no executive sponsor.', ['9b'], [
      ['Appoint an executive sponsor for the network and give the chair protected time of one day a month', 'Chief Executive', D(2021, 11, 30)],
    ]],
  ];
  for (const [m, finding, inds, acts] of blocks) {
    const first = p.r + 1;
    acts.forEach(([a, lead, d], i) => {
      p.action([i === 0 ? m : '', i === 0 ? finding : '', a, lead, d], { indicators: inds, action: a, lead, due: shown(d, F) }, { border: true, height: 42, styles: [{ bold: true }, {}, {}, {}, { numFmt: F }] });
    });
    mergeDown(p.ws, 'A', first, p.r); mergeDown(p.ws, 'B', first, p.r);
  }
  p.blank();
  p.line(['Recommendation: the Committee is asked to note the 2021 WDES metrics and approve the proposed actions for publication.'], { merge: M, style: { bold: true } });
  p.line(['Author: Equality and Inclusion Lead    Presented by: Director of People and OD    Date: 14 September 2021'], { merge: M, style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, an acute foundation trust) following a real published WDES committee paper of an acute trust (Gateshead Health's WDES resource page): the trust name, a title, an italic purpose line, 'Summary and background' with two merged paragraphs, 'The general duty to' with three '•' lines and 'The specific duty to' with two '•' lines (the Public Sector Equality Duty, each line starting with a verb – 'Eliminate …', 'Publish …'), a People Plan sentence, 'Proposed actions 2021-22', one header 'WDES metric | What the 2021 data shows | Proposed action | Executive lead | Delivery by' (row 18), eight actions in six metric blocks with the metric and the finding merged down beside them, then a bold Recommendation line and an Author / Presented by / Date line. Delivery dates are real dates shown as 'mmm-yy'. Judgement calls: the five duty bullets are the statutory duties quoted in the background, NOT actions, though each reads as an instruction; the Recommendation asks the committee to approve and is not an action; the paper's date (14 September 2021) is not a due date and its 'Presented by' director is not a lead; indicators from the merged metric cell using the 2021 WDES numbering ('Metric 4a' → ['4a'], 'Metric 9b' → ['9b']); the finding is the metric's data, not the action's outcome (outcome ''); due as displayed ('Dec-21'); lead as written; no status or progress, rag null; theme null.", { blocks: { col: 'A' }, forbidden: ['14 September 2021', 'Eliminate unlawful discrimination, harassment and victimisation and other conduct prohibited by the Act'] });
}
