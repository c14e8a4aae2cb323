// holdout72-wdes-2022-23-rowanford: acute FT, the plan as its 'WDES Metrics and Action Plan' web page was copied into Excel for the
// EDI team's own tracking, laid out like a published acute-trust WDES page of 2023-24: the page's breadcrumb, a title, three paragraphs
// (the plan runs 'until 31st October 2023'), 'Key themes from the workforce data' as bullets (the last one worded like an action), then
// 'Action plan' with 'Area for improvement' MERGED DOWN beside its actions.
import { Book, Plan, C, mergeDown } from './lib.js';
import { fitHeight } from './fit.js';
export async function build() {
  const book = new Book();
  const W = [24, 11, 52, 26, 15, 38];
  const trust = 'Rowanford Hospital NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout72-wdes-2022-23-rowanford', sheet: 'WDES 2022-23', standard: 'WDES', period: '2022-23', trust, widths: W, font: { name: 'Calibri', size: 11 } });
  p.line(['Corporate Information'], { style: { color: 'FF7F7F7F', font: { size: 9 } } });
  p.line(['Workforce Disability Equality Standard (WDES) Metrics and Action Plan 2022-2023'], { merge: ['A', 'F'], style: { bold: true, font: { size: 15 }, color: C.nhs } });
  p.line([`${trust} is committed to meeting the requirements of the Workforce Disability Equality Standard (WDES) for NHS trusts, and this is our fourth publication against the standard.`], { merge: ['A', 'F'], height: 30 });
  p.line(['Publication of the WDES report and action plan is a requirement of the NHS Standard Contract.'], { merge: ['A', 'F'] });
  p.line(['In collecting the evidence for our submission we found gaps in our own data, and some areas for improvement from the 2021 National Staff Survey. The action plan below sets out our main work to address them. The plan covers the next 12-month period, until 31st October 2023.'], { merge: ['A', 'F'], height: 44 });
  p.line(['Key themes from the workforce data'], { style: { bold: true, font: { size: 12 } } });
  const themes = [];
  for (const t of ['1 in 4 of our staff have not told us whether they have a disability or long-term condition (ESR).', 'Disabled applicants are less likely than non-disabled applicants to be appointed after shortlisting (1.37 times).', 'Disabled staff are more likely than non-disabled staff to experience harassment from managers and colleagues.', 'Fewer Disabled staff feel that the Trust values their work (31.8% against 44.9%).', 'Improve declaration so that our Board and senior bands can be reported on.']) themes.push(p.line([`•  ${t}`], { merge: ['A', 'F'] }));
  p.blank();
  p.line(['Action plan'], { style: { bold: true, font: { size: 12 } } });
  p.header(['Area for improvement', 'WDES metric', 'Action', 'Responsible', 'By when', 'Expected outcome'], { style: { fill: C.nhs, color: C.white } });
  const areas = [
    ['Data and declaration', [
      ['1', 'Add a declaration prompt to the mandatory training log-in page so that staff can update ESR in the same visit.', 'Workforce Systems Manager', 'January 2023', '“Not stated” below 20% of staff.'],
      ['1, 10', 'Invite Board members to declare through the Company Secretary’s annual declarations process.', 'Company Secretary', 'December 2022', 'Board figures reported for the first time.'],
    ]],
    ['Recruitment', [
      ['2', 'Train recruiting managers on reasonable adjustments at interview, using case studies from the Disability Staff Network.', 'Recruitment Lead', 'March 2023', 'Relative likelihood of appointment below 1.20.'],
      ['2', 'Use the Disability Confident offer of an interview in all adverts and audit it twice a year.', 'Recruitment Lead', 'Twice yearly', 'Every eligible applicant offered an interview.'],
    ]],
    ['Bullying, harassment and abuse', [
      ['4a', 'Run team sessions on civility and disability for the areas with the highest figures (ED, theatres and estates).', 'Head of Organisational Development', 'June 2023', 'Fewer Disabled staff report harassment from managers and colleagues.'],
      ['4b', 'Promote the Freedom to Speak Up Guardian and the network’s “buddy” route for reporting, with feedback on what happened.', 'Freedom to Speak Up Guardian', 'Ongoing', 'More Disabled staff say they or a colleague reported it.'],
    ]],
    ['Valuing and supporting Disabled staff', [
      ['7', 'Include Disabled staff stories in the Chief Executive’s monthly briefing and in the “Rowanford Stars” awards.', 'Head of Engagement', 'September 2023', 'Feel-valued gap narrows.'],
      ['8', 'Launch a Health and Wellbeing Passport with Occupational Health so adjustments stay in place when staff move.', 'Occupational Health Manager', 'April 2023', '80% of Disabled staff say adequate adjustments have been made.'],
      ['9a, 9b', 'Ask the Disability Staff Network to co-chair the WDES steering group and report to the People Committee.', 'Chief People Officer', 'Quarterly', 'The network’s voice is heard in decisions; engagement gap narrows.'],
    ]],
  ];
  for (const [area, items] of areas) {
    let start = null;
    items.forEach(([met, act, who, when, out], i) => {
      const vals = [i === 0 ? area : '', met, act, who, when, out];
      const r = p.action(vals, { indicators: met.split(', '), theme: area, action: act, lead: who, due: when, outcome: out }, { height: fitHeight(vals, W, 11), styles: [{ bold: true, fill: C.paleblue }, { alignment: { horizontal: 'center' } }] });
      if (i === 0) start = r;
    });
    mergeDown(p.ws, 'A', start, p.r);
  }
  p.blank();
  p.line(['Last reviewed: November 2022. Next review: May 2023.'], { style: { italic: true, color: 'FF7F7F7F' } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute FT): the trust's WDES web page copied into Excel, laid out like a published acute-trust 'WDES Metrics and Action Plan' page of 2023-24. Sheet 'WDES 2022-23': the page's grey breadcrumb 'Corporate Information', the title, three paragraphs (the trust named in the first; the third says the plan covers the 12 months 'until 31st October 2023'), 'Key themes from the workforce data' with five '•' bullets – four findings and a fifth worded like an action ('Improve declaration so that our Board and senior bands can be reported on.'), a blank row, 'Action plan', the header 'Area for improvement | WDES metric | Action | Responsible | By when | Expected outcome' (row 14) and nine actions under four areas, each AREA MERGED DOWN column A beside its actions; a grey 'Last reviewed … Next review …' line. Judgement calls: the key-theme bullets are the page's findings, not actions – not even the one worded 'Improve declaration …'; theme = the merged Area for improvement beside each action; indicators from the WDES metric column ('1, 10' and '9a, 9b' → both); lead = Responsible; due = By when as written ('Twice yearly', 'Quarterly', 'Ongoing' kept); outcome = Expected outcome; no status (status '', rag null); no ref; '31st October 2023' and the review dates are no dues.", { themeCol: 'A', crossRef: { metricCol: 'B', otherCols: [] }, dataRows: themes, forbidden: ['31st October 2023', 'November 2022', 'May 2023'] });
}
