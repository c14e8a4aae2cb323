// holdout25-wdes-2019-20-tynebridge: follows an acute trust's first WDES board paper, 'Workforce Disability Equality Standard – Annual
// submission 2019' (Gateshead Health NHS FT, https://www.gatesheadhealth.nhs.uk/resources/workforce-disability-equality-standard/): a
// paper whose purpose is 'to provide the first results against the new WDES indicators and propose actions which form part of the Trust's
// Equality Objectives and overarching Diversity & Inclusion work plan for 2019-20', with numbered paragraphs (introduction and background,
// the PSED and EDS2 context). The results table and the proposed-actions table (columns, the equality-objective column) are ASSUMED.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Tynebridge Health NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout25-wdes-2019-20-tynebridge', sheet: 'WDES 2019', standard: 'WDES', period: '2019-20', trust, widths: [8, 10, 52, 20, 30, 16] });
  const para = (t, h = 30) => p.line([t], { merge: ['A', 'F'], height: h });
  p.line([trust], { merge: ['A', 'F'], style: { bold: true } });
  p.line(['Workforce Disability Equality Standard'], { merge: ['A', 'F'], style: { bold: true, font: { size: 14 } } });
  p.line(['Annual submission 2019'], { merge: ['A', 'F'], style: { italic: true } });
  p.line(['1. Introduction and background'], { merge: ['A', 'F'], style: { bold: true } });
  para('1.1 This paper gives the first results against the new Workforce Disability Equality Standard (WDES) metrics and proposes actions that will form part of the Trust\'s Equality Objectives and its Diversity and Inclusion work plan for 2019-20 and beyond.');
  para('1.2 The WDES was mandated through the NHS Standard Contract from April 2018, after a preparatory year. It builds on the WRES but looks at disability, and works alongside EDS2 and the Public Sector Equality Duty.');
  p.line(['2. Results'], { merge: ['A', 'F'], style: { bold: true } });
  p.header(['Metric', '', 'Description', 'Disabled', 'Non-disabled', 'Comment'], { merge: ['A', 'B'], style: { fill: C.grey } });
  const res = [
    ['1', 'Workforce representation across AfC bands, medical and VSM', '3.1%', '96.9%', 'Declared on ESR'],
    ['2', 'Relative likelihood of appointment from shortlisting', '1.31', '', 'Non-disabled more likely'],
    ['3', 'Relative likelihood of entering the formal capability process', '2.40', '', 'Small numbers'],
    ['4', 'Harassment, bullying or abuse (patients, managers, colleagues) and reporting it', '31.2%', '22.4%', 'From patients'],
    ['5', 'Believe the trust gives equal opportunities for career progression', '78.0%', '85.6%', ''],
    ['6', 'Felt pressure from their manager to come to work when unwell', '31.9%', '21.7%', ''],
    ['7', 'Satisfied the organisation values their work', '38.1%', '47.5%', ''],
    ['8', 'Employer has made adequate adjustments', '72.4%', '', 'Disabled staff only'],
    ['9', 'Staff engagement score; and facilitating the voices of disabled staff', '6.6', '7.0', 'Network being set up'],
    ['10', 'Board membership compared with the workforce', '0.0%', '', 'No Board member declared'],
  ].map(([m, d, a, b, c]) => p.line([m, undefined, d, a, b, c], { border: true, merge: ['A', 'B'] }));
  p.line(['3. Proposed actions'], { merge: ['A', 'F'], style: { bold: true } });
  para('3.1 The actions below respond to the results and are mapped to the Trust\'s four Equality Objectives (EO1 – EO4).', 18);
  p.header(['No.', 'Metric', 'Proposed action', 'Equality Objective', 'Lead', 'Timescale'], { style: { fill: C.grey } });
  const acts = [
    ['1', '1', 'Run a campaign, with the new Disability Network, encouraging staff to update their disability status on ESR.', 'EO3', 'Head of Workforce Information', 'December 2019'],
    ['2', '2', 'Sign up to Disability Confident Leader and guarantee an interview to disabled applicants who meet the essential criteria.', 'EO1', 'Recruitment Manager', 'March 2020'],
    ['3', '3', 'Check every capability case for whether reasonable adjustments were considered before it goes formal.', 'EO2', 'Head of Employee Relations', 'Quarterly'],
    ['4', '4', 'Add disability to the bullying and harassment awareness sessions and promote the Freedom to Speak Up route.', 'EO2', 'Freedom to Speak Up Guardian', 'January 2020'],
    ['5', '6', 'Brief managers on the sickness absence policy so that disabled staff are not pressed to attend while unwell.', 'EO2', 'Head of HR', 'February 2020'],
    ['6', '8', 'Introduce a reasonable adjustments passport.', 'EO4', 'Occupational Health Manager', 'March 2020'],
    ['7', '9', 'Launch a Disability Network with an executive sponsor and protected time for its chair.', 'EO3', 'Director of Workforce', 'October 2019'],
  ];
  for (const [n, m, a, eo, lead, due] of acts) p.action([n, m, a, eo, lead, due], { ref: n, indicators: [m], action: a, lead, due });
  p.line(['4. Recommendation'], { merge: ['A', 'F'], style: { bold: true } });
  para('4.1 The Board is asked to note the first WDES results and approve the proposed actions for publication.', 18);
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, an acute foundation trust) following a real published first WDES board paper of an acute trust ('Workforce Disability Equality Standard – Annual submission 2019', Gateshead Health's): a trust line, the title, 'Annual submission 2019', then NUMBERED PARAGRAPHS as merged rows ('1. Introduction and background', '1.1 …', '1.2 …'), '2. Results' with a RESULTS TABLE 'Metric | Description | Disabled | Non-disabled | Comment' (row 8, Metric merged over A:B) listing all ten 2019 metrics (whole metrics 4 and 9, the pre-2021 set) with figures, '3. Proposed actions', paragraph 3.1, the ACTION TABLE 'No. | Metric | Proposed action | Equality Objective | Lead | Timescale' (row 21), and '4. Recommendation' with paragraph 4.1 after the table. Judgement calls: the results rows carry metric numbers and percentages but are findings, not actions; the paragraphs (including 3.1 and the Board recommendation) are not actions; the actions are the seven 'Proposed action' rows; ref = No.; indicators from the bare Metric column ('6' → ['6']), NOT from the Equality Objective codes ('EO2' is the trust's own objective 2, not WDES metric 2); the Equality Objective column is a mapping – no theme (theme null); lead and timescale as written ('Quarterly' kept as the due); no status, rag null.", { crossRef: { metricCol: 'B', otherCols: ['D'] }, dataRows: res, notFrom: ['D'] });
}
