// holdout43-wres-2016-17-kestondale: follows Central and North West London NHS FT's 'Equality Act Compliance Report January 2017'
// (http://careersdocbox.com/Nursing/116838346-Equality-act-compliance-report-january-2017.html): the title and month; Contents in numbered
// sections (Introduction 1.1 Report Structure, Legal framework, Meeting the public sector equality duty, About the trust, National NHS
// Equality Programmes – EDS, WRES, Accessible Information Standard, WDES – and the 4 year equality objectives; 2 Equalities and Diversity
// within the trust; 3 Workforce actions and initiatives – Learning and Development, Recruitment, Staff Relations, Staff Networks,
// Reasonable Adjustments for Disability; 4 Service Delivery; 5 Corporate Functions; Next Steps 58; Appendix A Workforce Profile 60 …);
// the Foreword with a 'DRAFT' marker left in ('DRAFT FORWARD'), opening 'I am pleased to write the forward for this, the Trust's sixth
// annual report …'. ASSUMED: the Next Steps table and the Appendix A1 figures.
import { Book, Plan, C, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Kestondale and Marsh Partnership NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout43-wres-2016-17-kestondale', sheet: 'Compliance report', standard: 'WRES', period: '2016-17', trust, widths: [6, 22, 54, 12, 26, 13], font: { name: 'Arial', size: 10 } });
  const W = ['A', 'F'];
  p.line([trust], { merge: W, style: { bold: true, font: { size: 12 } } });
  p.line(['Equality Act Compliance Report'], { merge: W, style: { bold: true, font: { size: 18, color: { argb: C.nhs } } }, height: 26 });
  p.line(['January 2017'], { merge: W, style: { font: { size: 12 } } });
  p.blank();
  p.line(['Contents'], { style: { bold: true, font: { size: 12 } } });
  const toc = [['Foreword', '5'], ['1 Introduction', '6'], ['1.1 Report structure, legal framework and the public sector equality duty', '6'], ['1.2 National NHS equality programmes: EDS2, WRES, Accessible Information Standard and the planned WDES', '9'], ['1.3 Our four year equality objectives', '12'], ['2 Equality and diversity within the Trust', '14'], ['3 Workforce actions and initiatives', '19'], ['3.1 Learning and development', '19'], ['3.2 Recruitment', '21'], ['3.3 Staff relations', '23'], ['3.4 Staff networks', '25'], ['3.5 Reasonable adjustments for disability', '27'], ['4 Service delivery actions and initiatives', '29'], ['5 Corporate functions', '48'], ['6 Next steps', '58'], ['Appendix A. Workforce profile and 2016 staff survey results', '60']]
    .map(([t, n]) => p.line(['', t, '', '', '', n], { merge: ['B', 'E'], style: { alignment: { horizontal: 'left' } } }));
  p.blank();
  p.line(['DRAFT FOREWORD – for Executive sign-off'], { merge: W, style: { bold: true, color: C.red } });
  p.line(['Foreword'], { merge: W, style: { bold: true, font: { size: 12, color: { argb: C.nhs } } } });
  p.line(["I am pleased to introduce the Trust's sixth annual report on how we meet the public sector equality duty. Our services have grown again this year, and with them the diversity of the people we serve and employ. This report brings our equality information together in one place and sets out the next steps we will take, including on the Workforce Race Equality Standard, where our 2016 results showed that Black and minority ethnic colleagues still have a poorer experience of working here."], { merge: W, height: 72 });
  p.line(['Chief Executive'], { merge: W, style: { italic: true } });
  p.blank();
  p.line(['6 Next steps'], { merge: W, style: { bold: true, font: { size: 12, color: { argb: C.nhs } } } });
  p.line(['The steps below come from the sections of this report shown in the Area column. The Equality and Diversity Steering Group will monitor them and report to the Board in July 2017.'], { merge: W, height: 30 });
  p.header(['No.', 'Area', 'Next step', 'WRES indicator', 'Lead', 'By'], { style: { fill: C.nhs, font: { color: { argb: C.white }, bold: true } } });
  const groups = [
    ['3.2 Recruitment', [
      ['1', 'Monitor shortlisting and appointment by ethnicity for every band 7 and above post and report the relative likelihood each quarter.', '2', 'Head of Recruitment', 'June 2017'],
      ['2', 'Include a BME staff member on interview panels for all band 8a and above posts.', '1', 'Director of HR', 'April 2017'],
    ]],
    ['3.3 Staff relations', [
      ['3', 'Ask an HR business partner not involved in the case to review every disciplinary investigation involving a BME colleague before a hearing is arranged.', '3', 'Head of Employee Relations', 'March 2017'],
      ['4', 'Introduce a zero-tolerance statement on racist abuse from service users, with a manager guide on supporting staff afterwards.', '5, 6', 'Director of Nursing', 'September 2017'],
    ]],
    ['3.4 Staff networks', [
      ['5', 'Give the BME Staff Network an executive sponsor and a budget for an annual conference.', '7, 8', 'Chief Executive', 'April 2017'],
    ]],
    ['3.1 Learning and development', [
      ['6', 'Report access to non-mandatory training and CPD by ethnicity to the Workforce Committee twice a year.', '4', 'Head of Learning and Development', 'October 2017'],
      ['7', 'Run a development programme for BME staff in bands 5 to 7 with places for 24 colleagues.', '1', 'Head of Learning and Development', 'December 2017'],
    ]],
    ['4 Service delivery', [
      ['8', 'Review interpreting service bookings by language and team and agree a new contract standard.', '—', 'Deputy Director of Operations', 'March 2018'],
    ]],
    ['1.3 Equality objectives', [
      ['9', 'Refresh the four year equality objectives after the EDS2 grading with governors and local partners.', '—', 'Head of Equality and Diversity', 'March 2017'],
    ]],
  ];
  for (const [area, acts] of groups) {
    const first = p.r + 1;
    acts.forEach(([n, a, w, l, b], i) => p.action([n, i === 0 ? area : '', a, w, l, b], { ref: n, theme: area, indicators: w === '—' ? [] : w.split(', '), action: a, lead: l, due: b }, { height: 30 }));
    mergeDown(p.ws, 'B', first, p.r);
  }
  p.blank();
  p.line(['Appendix A. Workforce profile'], { merge: W, style: { bold: true, font: { size: 12, color: { argb: C.nhs } } } });
  p.header(['', 'A1.1 Ethnicity', 'Staff in post at 31 March 2016', '%', '', ''], { style: { fill: C.grey } });
  const data = [['White', '3,204', '58.3%'], ['Black or Black British', '1,065', '19.4%'], ['Asian or Asian British', '861', '15.7%'], ['Mixed and other', '242', '4.4%'], ['Not stated', '121', '2.2%']].map(([a, b, c]) => p.line(['', a, b, c, '', ''], { border: true }));
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, a mental health and community partnership foundation trust) following the layout of a real mental health trust's 'Equality Act Compliance Report January 2017', kept on one long sheet: the trust, the title and month; 'Contents' with sixteen numbered entries and page numbers ('3.2 Recruitment 21', '6 Next steps 58'); a red 'DRAFT FOREWORD – for Executive sign-off' marker left in; 'Foreword' with a paragraph and 'Chief Executive'; '6 Next steps' with a paragraph and the table 'No. | Area | Next step | WRES indicator | Lead | By' (9 steps, the AREA column merged down over each group and naming the report section each step comes from – '3.2 Recruitment', '3.3 Staff relations' … – the same words as the contents entries above); then 'Appendix A. Workforce profile' with a small ethnicity table. Judgement calls: the contents entries are not actions even though their words ('3.2 Recruitment') reappear as the Area of actions; the draft marker, foreword and its signature are not actions; theme = the merged Area cell of the step's group; ref = No.; indicators from the WRES indicator column ('5, 6' gives two; '—' means none, so [] for the two steps outside the WRES – they are still actions of the plan); lead = Lead; due = By as written ('June 2017'); no status, rag null; the appendix rows are data.", { themeCol: 'B', dataRows: [...toc, ...data] });
}
