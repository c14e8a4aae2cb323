// holdout43-wdes-2021-22-harebridge: follows London North West University Healthcare's 'Workforce disability equality standard report'
// (https://www.lnwh.nhs.uk/workforce-disability-equality-standard-report-2021): the title in sentence case; 'This report summarises the
// findings of the WDES return 2021 covering the reporting period 2020 …'; self-reporting since 2019 and the kinds of action taken; 'Data
// source' (ESR snapshot 31 March 2021 plus the 2020 staff survey; voluntary self-reporting); 'Our disabled workforce' (headcount, growth,
// declared number and rate against the NHS rate, the 'unknown' share, the staff-survey rate). ASSUMED: the key findings bullets and the
// 'Our actions for 2021/22' table with its Area column merged down over each group.
import { Book, Plan, C, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = "Harebridge Children's Hospital NHS Foundation Trust";
  const p = new Plan(book, { name: 'holdout43-wdes-2021-22-harebridge', sheet: 'WDES report 2021', standard: 'WDES', period: '2021-22', trust, widths: [30, 60, 28, 16], font: { name: 'Arial', size: 10 } });
  const W = ['A', 'D'];
  p.line(['Workforce disability equality standard report'], { merge: W, style: { bold: true, font: { size: 15, color: { argb: C.darkblue } } }, height: 22 });
  p.line([trust], { merge: W, style: { bold: true } });
  p.line(['This report sets out what our WDES return for 2021 shows about the reporting period 2020. It looks at all ten metrics, so that the working lives and careers of disabled and non-disabled colleagues can be compared, and it describes what we plan to do to keep improving year on year.'], { merge: W, height: 44 });
  p.line(['We have reported against the WDES since it began in 2019. Our work so far has aimed to cut bullying and harassment, widen who we recruit, and keep disabled colleagues in work. Wherever we can, we compare this year with earlier years and with the other specialist trusts in our region.'], { merge: W, height: 44 });
  p.line(['Data source'], { merge: W, style: { bold: true, font: { size: 12, color: { argb: C.darkblue } } } });
  p.line(['The figures come from the Electronic Staff Record (snapshot 31 March 2021) and the 2020 NHS Staff Survey. Colleagues tell us about a disability voluntarily when they join and can update it at any time, so the accuracy of the picture depends on people choosing to declare.'], { merge: W, height: 44 });
  p.line(['Our disabled workforce'], { merge: W, style: { bold: true, font: { size: 12, color: { argb: C.darkblue } } } });
  p.line(['On 31 March 2021 the trust employed 4,216 people, 5% more than in 2019. 118 colleagues (2.8%) have a disability recorded on ESR, about the same number as last year and below the NHS figure of 3.7%. For almost one colleague in five (19%) the record says "not declared" or is blank. In the 2020 staff survey 16% of our respondents said they have a long-term condition or illness (NHS 20%).'], { merge: W, height: 58 });
  p.line(['Key findings'], { merge: W, style: { bold: true, font: { size: 12, color: { argb: C.darkblue } } } });
  const finds = [
    '• Disabled applicants were 1.36 times less likely than non-disabled applicants to be appointed from shortlisting (1.18 last year).',
    '• Disabled colleagues were more likely to report harassment from managers (16% against 9%) and less likely to report it when it happened.',
    '• 69% of disabled colleagues said adequate adjustments had been made, down from 73%.',
    '• The engagement score for disabled colleagues was 6.6, against 7.1 for non-disabled colleagues.',
  ].map((t) => p.line([t], { merge: W, height: 28 }));
  p.line(['Our actions for 2021/22'], { merge: W, style: { bold: true, font: { size: 12, color: { argb: C.darkblue } } } });
  p.header(['Area', 'What we will do', 'Who', 'When'], { style: { fill: C.darkblue, font: { color: { argb: C.white }, bold: true } } });
  const groups = [
    ['Declaring a disability (metric 1)', ['1'], [
      ['Run a "Why it matters" campaign with the Ability Network explaining how declaration data is used and who can see it.', 'Head of EDI', 'October 2021'],
      ['Send every colleague with a blank disability field a personal reminder through ESR self-service.', 'Workforce Information Manager', 'By December 2021'],
    ]],
    ['Recruitment (metric 2)', ['2'], [
      ['Review the last 100 shortlists where a disabled applicant was not appointed and report the reasons to the People Committee.', 'Head of Resourcing', 'Quarter 3'],
      ['Add a disabled colleague or trained ally to interview panels for posts at band 8a and above.', 'Head of Resourcing', 'From September 2021'],
    ]],
    ['Bullying and harassment (metrics 4a and 4b)', ['4a', '4b'], [
      ['Include disability examples in the "Respect at Harebridge" workshops for managers.', 'Organisational Development Lead', 'March 2022'],
      ['Add a disability category to the incident reporting form so that abuse from colleagues or families can be counted.', 'Head of Risk', 'November 2021'],
    ]],
    ['Adjustments and engagement (metrics 8 and 9)', ['8', '9'], [
      ['Launch the Harebridge adjustments passport and track how long requests take from first conversation to equipment in place.', 'Occupational Health Manager', 'January 2022'],
      ['Fund the Ability Network chair for one day a week and invite the chair to the Executive Team each quarter.', 'Chief People Officer', 'From July 2021'],
    ]],
  ];
  for (const [area, inds, acts] of groups) {
    const first = p.r + 1;
    acts.forEach(([a, w, t], i) => p.action([i === 0 ? area : '', a, w, t], { theme: area, indicators: inds, action: a, lead: w, due: t }, { height: 30, styles: [{ bold: true, fill: C.paleblue }] }));
    mergeDown(p.ws, 'A', first, p.r);
  }
  p.line(['The action plan was agreed by the People Committee on 14 September 2021 and progress will be reported in the 2022 report.'], { merge: W, style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, a specialist children's hospital foundation trust) following the layout of a real acute trust's WDES report web page: the title in sentence case and the trust; two opening paragraphs (what the 2021 return covers; reporting since 2019); 'Data source' and its paragraph; 'Our disabled workforce' and a paragraph thick with figures; 'Key findings' with four '•' findings; then 'Our actions for 2021/22' and a table 'Area | What we will do | Who | When' whose AREA column is MERGED DOWN over each group of two actions ('Declaring a disability (metric 1)', 'Recruitment (metric 2)', 'Bullying and harassment (metrics 4a and 4b)', 'Adjustments and engagement (metrics 8 and 9)'); a closing line saying when the plan was agreed. Judgement calls: the findings bullets are findings, not actions; each action's theme = its merged Area cell (the same text for both rows of the group, though only the first row holds the value); indicators = the metric numbers the Area names ('4a', '4b' kept as the WDES codes; two for the joint areas); lead = Who; due = When as written, with its words ('By December 2021', 'From September 2021', 'Quarter 3'); no status or RAG column (status '', rag null); ref '' (no numbers); the closing agreement line is a note, not an action.", { themeCol: 'A', dataRows: finds });
}
