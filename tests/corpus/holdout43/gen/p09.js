// holdout43-wres-2017-18-weaverbank: follows East Cheshire NHS Trust's 'Equality objectives' page
// (http://echn2026.sitekit.net/About-The-Trust/equality-objectives.htm): 'The Trust' / 'Equality objectives'; the fair-service paragraph and
// the EDS; 'The Equality Act 2010 requires us to set equality objectives … outlined in our Equality Objective Action Plan 2017-18. In
// summary these are:' and nine numbered objectives (equality analysis in service redesign; interpretation usage; EDS assessed by
// stakeholders; autism accreditation; older people's experience; Accessible Information Standard; improve the WRES position; Disability
// Confident level 3; NHS Employers Diversity and Inclusion Partner); 'Internal Links' / 'External Links'. ASSUMED: the action plan table for
// the workforce objectives (7, 8 and 9) under the summary, with font-coloured outcome words.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Weaverbank Hospital NHS Trust';
  const p = new Plan(book, { name: 'holdout43-wres-2017-18-weaverbank', sheet: 'Equality objectives', standard: 'WRES', period: '2017-18', trust, widths: [8, 60, 28, 14, 18], font: { name: 'Verdana', size: 9 } });
  const W = ['A', 'E'];
  p.line(['The Trust'], { merge: W, style: { bold: true, font: { size: 10, color: { argb: C.nhs } } } });
  p.line(['Equality objectives'], { merge: W, style: { bold: true, font: { size: 15 } }, height: 22 });
  p.line([`${trust} aims to give everyone a fair and equal service. The Equality Delivery System (EDS2) shows us where our equality work is strong and where we need to do more.`], { merge: W, height: 28 });
  p.line(['The Equality Act 2010 requires us to set equality objectives, and our EDS2 assessments helped us choose them. They are set out in full in our Equality Objective Action Plan 2017-18. In summary they are:'], { merge: W, height: 28 });
  const objs = [
    'Any significant redesign of a service that could reduce it, remove it or change who can use it must include an equality analysis that decision makers have considered.',
    'Analyse how our language interpretation services are used.',
    'Implement the Equality Delivery System and have it assessed by stakeholders.',
    'Achieve the National Autistic Society\'s hospital accreditation.',
    'Review what older people experience in hospital.',
    'Implement the Accessible Information Standard.',
    'Improve the trust\'s position on the Workforce Race Equality Standard (WRES) indicators.',
    'Achieve Disability Confident level 3.',
    'Develop equality and diversity across the trust as an NHS Employers Diversity and Inclusion Partner for 2017-18.',
  ].map((t, i) => p.line([`${i + 1}.`, t], { height: 26, merge: ['B', 'E'] }));
  p.blank();
  p.line(['Equality Objective Action Plan 2017-18 – workforce objectives (year-end position, April 2018)'], { merge: W, style: { bold: true, font: { size: 11 } } });
  p.header(['Ref', 'Action', 'Responsible officer', 'Completion date', 'Outcome'], { style: { fill: C.lightblue } });
  const F = { 'Achieved': C.green, 'Partially achieved': C.orange, 'Not achieved': C.red };
  const R = { 'Achieved': 'green', 'Partially achieved': 'amber', 'Not achieved': 'red' };
  const secs = [];
  const sec = (t) => { secs.push(p.line([t], { merge: W, style: { bold: true, fill: C.paleblue } })); return t; };
  let th = sec('Objective 7 – Improve the trust\'s position on the WRES indicators');
  const o7 = [
    ['7a', 'Publish the 2017 WRES data and action plan on the website and present it to the Board (all indicators).', 'Head of Workforce', 'Aug 2017', 'Achieved', ['1', '2', '3', '4', '5', '6', '7', '8', '9']],
    ['7b', 'Analyse why white applicants are more likely to be appointed from shortlisting and act on what is found (indicator 2).', 'Recruitment Manager', 'Dec 2017', 'Partially achieved', ['2']],
    ['7c', 'Have the Head of Workforce review every case before a BME colleague enters a formal disciplinary process (indicator 3).', 'Head of Workforce', 'Oct 2017', 'Achieved', ['3']],
    ['7d', 'Set up a BME staff network with an executive sponsor (indicators 6 and 7).', 'Director of Nursing', 'Mar 2018', 'Not achieved', ['6', '7']],
    ['7e', 'Offer unconscious bias training to all recruiting managers.', 'Learning and Development Lead', 'Mar 2018', 'Partially achieved', []],
  ];
  for (const [ref, a, l, d, o, inds] of o7) p.action([ref, a, l, d, o], { ref, theme: th, indicators: inds, action: a, lead: l, due: d, status: o, rag: R[o] }, { height: 26, styles: [{}, {}, {}, {}, { font: { color: { argb: F[o] }, bold: true } }] });
  th = sec('Objective 8 – Achieve Disability Confident level 3');
  for (const [ref, a, l, d, o] of [
    ['8a', 'Complete the Disability Confident level 3 self-assessment and arrange the external validation.', 'Equality and Diversity Manager', 'Jan 2018', 'Achieved'],
    ['8b', 'Publish a reasonable adjustments guide for managers.', 'HR Business Partner', 'Nov 2017', 'Achieved'],
  ]) p.action([ref, a, l, d, o], { ref, theme: th, action: a, lead: l, due: d, status: o, rag: R[o] }, { height: 26, styles: [{}, {}, {}, {}, { font: { color: { argb: F[o] }, bold: true } }] });
  th = sec('Objective 9 – NHS Employers Diversity and Inclusion Partner 2017-18');
  for (const [ref, a, l, d, o] of [
    ['9a', 'Attend the partners programme modules and bring back one change from each to the Equality and Diversity Group.', 'Equality and Diversity Manager', 'Mar 2018', 'Achieved'],
  ]) p.action([ref, a, l, d, o], { ref, theme: th, action: a, lead: l, due: d, status: o, rag: R[o] }, { height: 26, styles: [{}, {}, {}, {}, { font: { color: { argb: F[o] }, bold: true } }] });
  p.blank();
  p.line(['Internal Links'], { merge: W, style: { bold: true } });
  p.line(['Equality and diversity · Accessible information · Interpreting services'], { merge: W, style: { font: { underline: true, color: { argb: 'FF0563C1' } } } });
  p.line(['External Links'], { merge: W, style: { bold: true } });
  p.line(['NHS Employers – Diversity and Inclusion Partners · Disability Confident'], { merge: W, style: { font: { underline: true, color: { argb: 'FF0563C1' } } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, a district general hospital trust) following the layout of a real acute trust's 'Equality objectives' web page: 'The Trust' and 'Equality objectives', two paragraphs, NINE NUMBERED OBJECTIVES ('1.' … '9.' in column A, the objective merged B–E), a blank row, then 'Equality Objective Action Plan 2017-18 – workforce objectives (year-end position, April 2018)' and a table 'Ref | Action | Responsible officer | Completion date | Outcome' split by three shaded objective rows (Objective 7 WRES – five actions; Objective 8 Disability Confident – two; Objective 9 D&I Partner – one); the Outcome is a word (Achieved / Partially achieved / Not achieved) written in bold in a coloured FONT (green / orange / red), no fill; last, 'Internal Links' and 'External Links' with link lines. Judgement calls: the nine summary objectives are objectives, not actions (non-action rows) – the actions are the table's rows, and the objective rows in the table are sections (theme = the objective row); indicators come from the brackets in the action text ('(indicator 2)', '(indicators 6 and 7)', '(all indicators)' = all nine); 7e names no indicator so []; the Objective 8 and 9 actions are part of this WRES workbook's plan but are not WRES actions – indicators []; ref = the Ref as written ('7a'); lead = Responsible officer; due = Completion date as written ('Dec 2017'); status = the Outcome word, rag from its font colour (green, orange → amber, red); the link lines are not actions.", { mode: 'font', ragCol: 'E', sections: secs, dataRows: objs });
}
