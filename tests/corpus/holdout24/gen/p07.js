// holdout24-wres-2021-22-kestow: follows a mental health trust's WRES 2020-2022 plan as published on its website, one page per
// indicator ('Indicator 7', the wording, the trust's figure, then 'Action 1', 'Action 2' … each with bulleted steps, the leads as a
// bulleted list, a date and a progress note), pasted into Excel one indicator under another.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Kestow Mental Health and Learning Disability NHS Trust';
  const p = new Plan(book, { name: 'holdout24-wres-2021-22-kestow', sheet: 'WRES 2021-22', standard: 'WRES', period: '2021-22', trust, widths: [12, 58, 34, 14, 44] });
  p.line([`${trust} – Workforce Race Equality Standard 2021-2022`], { merge: ['A', 'E'], style: { bold: true, font: { size: 13 } } });
  p.line(['Publication date: 30 September 2021. Date range: October 2021 – October 2022.'], { merge: ['A', 'E'] });
  const inds = [
    ['Indicator 1', ['1'], 'Percentage of staff in each AfC band 1-9 and VSM compared with the percentage of staff in the overall workforce.', '21.4% of our workforce are BAME staff, but only 9% of staff at Band 8a and above.', [
      ['Action 1', '• Set BAME representation targets for Bands 8a to VSM in line with the Model Employer ambition\n• Report progress against the targets to the People Committee twice a year', '• Director of People\n• Workforce Information Manager', 'March 2022', 'Targets agreed; first report in January.'],
      ['Action 2', 'Review the career pathway from Band 6 to Band 7 for nurses in inpatient services.', '• Deputy Director of Nursing', 'June 2022', 'Not yet started.'],
    ]],
    ['Indicator 3', ['3'], 'Relative likelihood of BAME staff entering the formal disciplinary process compared to White staff.', 'BAME staff are 1.9 times as likely to enter a formal disciplinary process.', [
      ['Action 1', '• Decision-making checklist before any formal investigation\n• A senior manager who has had cultural awareness training signs off every case involving a BAME member of staff', '• Head of Employee Relations\n• HR Business Partners', 'December 2021', 'Checklist in use since November.'],
    ]],
    ['Indicator 5', ['5'], 'Percentage of staff experiencing harassment, bullying or abuse from patients, relatives or the public in the last 12 months.', '34% of BAME staff against 27% of White staff.', [
      ['Action 1', '• Racial abuse awareness sessions on every inpatient ward\n• A clear message to patients on admission that racist abuse is not accepted', '• Associate Director of Nursing\n• Ward Managers', 'March 2022', 'Sessions held on 9 of 14 wards.'],
      ['Action 2', 'Offer every member of staff who reports racist abuse a debrief with their manager within a week.', '• Head of Staff Wellbeing', 'April 2022', 'Process agreed; being rolled out.'],
    ]],
    ['Indicator 7', ['7'], 'Percentage believing that the Trust provides equal opportunities for career progression or promotion.', '76.2% of BAME staff said the Trust provides equal opportunities for career progression or promotion.', [
      ['Action 1', '• Launch the "Open Doors" development programme for BAME staff\n• Promote leadership programmes at the BAME Network forum', '• Diversity and Inclusion Facilitator', 'March 2022', 'Completed, although the programme\'s second cohort is on hold.'],
      ['Action 2', 'Deliver the agreed recommendations of the recruitment review.', '• Diversity and Inclusion Manager\n• Recruitment Manager\n• HR Business Partners', 'March 2022', ''],
    ]],
  ];
  for (const [head, codes, wording, figure, acts] of inds) {
    p.blank();
    (p.secs ||= []).push(p.line([head], { merge: ['A', 'E'], style: { bold: true, font: { size: 12 } } }));
    p.line([wording], { merge: ['A', 'E'], style: { italic: true } });
    p.line([figure], { merge: ['A', 'E'] });
    p.header(['', 'Action', 'Lead', 'Time frame', 'Progress'], { style: { fill: C.lilac } });
    for (const [ref, a, lead, due, prog] of acts) p.action([ref, a, lead, due, prog], { ref, indicators: codes, theme: head, action: a, lead, due, progress: prog }, { styles: [{ bold: true }] });
  }
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, a mental health and learning disability trust) following a real WRES 2020-2022 plan that a mental health trust published as WEB PAGES, one per indicator, pasted one under another into Excel: a title line and a publication line, then for four indicators a blank row, a bold heading ('Indicator 7'), an italic line with the indicator's wording, a line with the trust's figure, a lilac header ' | Action | Lead | Time frame | Progress' (its first cell empty; repeated four times) and one or two actions whose first cell is a bold LABEL 'Action 1', 'Action 2' – the numbering RESTARTS under every indicator. An action cell is either one sentence or a '•' BULLETED LIST of steps; the LEAD cell is a '•' bulleted list of one to three roles. Time frames are 'Month yyyy' text. Judgement calls: one action per row – the bullets in an Action cell are steps of that action and the gold action is the whole cell; ref = the label as written ('Action 1'), so refs repeat across indicators; lead = the whole Lead cell as written, bullets and all (all the roles listed are the leads; none is chosen over the others); theme = the indicator heading row above and indicators from it; the wording and figure lines are context; progress as written ('Completed, although …' is progress: the plan has no status column, so status '' and rag null).", { sections: p.secs, sameHeaders: true });
}
