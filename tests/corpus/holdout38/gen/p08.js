// holdout38-wdes-2020-21-grisdale: an acute trust's WDES plan in a REGIONAL TEMPLATE whose metric rows come PRE-POPULATED (metric
// code, description) – two label | value pairs per row in the fixed header block (yellow input cells), the trust's position and
// actions typed beside each metric, two actions under a metric merged down, metrics left with 'no action' or a pointer, and a
// yellow 'Progress RAG' input column with coloured words.
import { Book, Plan, C, D, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Grisdale and Wharfe Hospitals NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout38-wdes-2020-21-grisdale', sheet: 'WDES template', standard: 'WDES', period: '2020-21', trust, widths: [11, 40, 20, 50, 26, 14, 12] });
  const IN = 'FFFFF9C4'; // template input yellow (pale)
  p.line(['NHS England and NHS Improvement – North East and Yorkshire: WDES Action Plan Template 2020/21'], { merge: ['A', 'G'], style: { bold: true, fill: C.darkblue, color: C.white, font: { size: 12 } }, height: 20 });
  p.line(['Please complete the yellow cells only. Metric descriptions are pre-populated and must not be edited. One action per row; insert rows under a metric where needed.'], { merge: ['A', 'G'], style: { italic: true }, height: 28 });
  p.blank();
  const lab = { bold: true, fill: C.palegrey };
  const kv2 = (k1, v1, k2, v2) => p.line([k1, v1, k2, v2], { border: true, styles: [lab, { fill: IN }, lab, { fill: IN }] });
  const block = [
    kv2('Trust name', trust, 'Reporting year', '2020/21'),
    kv2('Board lead', 'Graham Ilsley, Director of Workforce', 'Date of Board sign-off', '24 September 2020'),
    kv2('Disability staff network?', 'Yes – “Able Together”', 'Network consulted on plan?', 'Yes'),
  ];
  p.blank();
  p.header(['WDES metric', 'Metric description (pre-populated)', 'Trust position 2020', 'Action(s)', 'Lead', 'Timescale', 'Progress RAG'], { style: { fill: C.darkblue, color: C.white } });
  const RW = { Green: C.green, Amber: C.amber, Red: C.red };
  const M = [
    ['Metric 1', 'Percentage of staff in AfC pay bands or medical and dental subgroups and VSM compared with the percentage of staff in the overall workforce.', '3.4% declared disabled (ESR)', ['1'], [
      ['Run a declaration campaign with “Able Together” and add the ESR self-service link to payslips.', 'Head of Workforce Information', 'Dec 2020', 'Green'],
      ['Report disabled staff by pay band and division to the Workforce Committee each quarter.', 'Head of Workforce Information', 'Quarterly from Q3', 'Amber'],
    ]],
    ['Metric 2', 'Relative likelihood of non-disabled staff compared to disabled staff being appointed from shortlisting across all posts.', '1.38', ['2'], [
      ['Make the Disability Confident guaranteed interview scheme visible on every advert and audit its use.', 'Recruitment Manager', 'Nov 2020', 'Green'],
    ]],
    ['Metric 3', 'Relative likelihood of disabled staff compared to non-disabled staff entering the formal capability process, as measured by entry into the formal capability procedure.', '1.05', ['3'], 'See Metric 2 – covered by the ER case review.'],
    ['Metric 4', 'Percentage of disabled staff compared to non-disabled staff experiencing harassment, bullying or abuse from patients, managers or colleagues, and reporting it.', '31.2% v 23.9% (patients)', ['4'], [
      ['Add disability-related abuse to the violence and aggression reporting category on Datix and share monthly figures with wards.', 'Head of Health and Safety', 'Jan 2021', 'Amber'],
      ['Train Speak Up champions from “Able Together” to support colleagues to report harassment.', 'Freedom to Speak Up Guardian', 'Mar 2021', 'Red'],
    ]],
    ['Metric 5', 'Percentage of disabled staff compared to non-disabled staff believing that the trust provides equal opportunities for career progression or promotion.', '74.1% v 83.0%', ['5'], [
      ['Reserve places for disabled staff on the Trust’s Mary Seacole programme sponsorship scheme.', 'Head of Leadership and OD', 'Mar 2021', 'Amber'],
    ]],
    ['Metric 6', 'Percentage of disabled staff compared to non-disabled staff saying that they have felt pressure from their manager to come to work, despite not feeling well enough.', '30.8% v 22.1%', ['6'], [
      ['Rewrite the attendance policy with occupational health so that disability-related absence is recorded separately.', 'Head of Employee Relations', 'Feb 2021', 'Amber'],
    ]],
    ['Metric 7', 'Percentage of disabled staff compared to non-disabled staff saying that they are satisfied with the extent to which their organisation values their work.', '37.5% v 47.0%', ['7'], [
      ['Introduce a reasonable adjustments passport, agreed once and reviewed at appraisal.', 'Head of HR Operations', 'Dec 2020', 'Green'],
    ]],
    ['Metric 8', 'Percentage of disabled staff saying that their employer has made adequate adjustment(s) to enable them to carry out their work.', '78.3%', ['8'], 'No action this year – above the national average for acute trusts.'],
    ['Metric 9a', 'The staff engagement score for disabled staff, compared to non-disabled staff and the overall engagement score for the organisation.', '6.6 v 7.0 (overall 6.9)', ['9a'], [
      ['Hold quarterly “you said, we did” sessions for disabled staff led by an executive director.', 'Director of Workforce', 'Quarterly', 'Green'],
    ]],
    ['Metric 9b', 'Has your trust taken action to facilitate the voices of disabled staff in your organisation to be heard? (Yes) or (No)', 'Yes', ['9b'], [
      ['Give the “Able Together” chair protected time of one day a month and a place on the Equality and Inclusion Group.', 'Director of Workforce', 'Oct 2020', 'Green'],
    ]],
    ['Metric 10', 'Percentage difference between the organisation’s Board voting membership and its overall workforce.', '0% declared', ['10'], [
      ['Invite Board members to complete a confidential diversity declaration and report it in the annual report.', 'Company Secretary', 'Mar 2021', 'Amber'],
    ]],
  ];
  const noAction = [];
  for (const [m, desc, pos, inds, acts] of M) {
    if (typeof acts === 'string') { noAction.push(p.line([m, desc, pos, acts, '', '', ''], { border: true, styles: [{ bold: true }, {}, { fill: IN }, { fill: IN, italic: true }, { fill: IN }, { fill: IN }, { fill: IN }] })); continue; }
    const r1 = p.r + 1;
    acts.forEach(([act, lead, due, rag], i) => {
      p.action(i ? ['', '', '', act, lead, due, rag] : [m, desc, pos, act, lead, due, rag], { indicators: inds, action: act, lead, due, status: rag, rag: rag.toLowerCase() },
        { styles: [{ bold: true }, {}, { fill: IN }, { fill: IN }, { fill: IN }, { fill: IN }, { fill: RW[rag], bold: true }] });
    });
    for (const c of ['A', 'B', 'C']) mergeDown(p.ws, c, r1, p.r);
  }
  p.blank();
  p.line(['Return the completed template to the regional EDI team by 30 October 2020.'], { merge: ['A', 'G'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, an acute foundation trust) in a REGIONAL TEMPLATE ('NHS England and NHS Improvement – North East and Yorkshire: WDES Action Plan Template 2020/21', sheet 'WDES template'): a navy template title, an instruction line ('complete the yellow cells only … metric descriptions are pre-populated'), then a FIXED HEADER BLOCK of three rows each with TWO label | value pairs (Trust name / Reporting year '2020/21'; Board lead / Date of Board sign-off; Disability staff network? / Network consulted on plan?), values in pale-yellow input cells. Grid header 'WDES metric | Metric description (pre-populated) | Trust position 2020 | Action(s) | Lead | Timescale | Progress RAG'. The template lists ALL ELEVEN metric rows (Metric 1 … Metric 8, Metric 9a, Metric 9b, Metric 10) with the national wording; the trust typed its figures and actions beside them. Metric 1 and Metric 4 have TWO actions each, with the metric, description and position cells MERGED DOWN over both rows. Metric 3's action cell says 'See Metric 2 – covered by the ER case review.' and Metric 8's 'No action this year – above the national average for acute trusts.' – no lead, timescale or RAG. Progress RAG holds the words Green / Amber / Red on their fills. Judgement calls: eleven actions; the Metric 3 and Metric 8 rows are NOT actions (a pointer and a statement that nothing is planned); the header block gives no field (the Board lead is not a lead, the sign-off date not a due, the 'Yes' answers not statuses); indicators from the WDES metric cell, also for the second action under a merged metric ('Metric 9b' → ['9b']); the Trust position figures ('1.38', '31.2% v 23.9%') and the metric descriptions are context, not actions or indicators; due = Timescale as written ('Dec 2020', 'Quarterly from Q3', 'Quarterly' – text); status = the word, rag = its fill; the yellow input fill of the other cells is the template's, not a RAG colour; ref '' (no numbers); theme null; the return instruction under the grid is not an action.",
    { mode: 'fill', ragCol: 7, dataRows: [...block, ...noAction], crossRef: { metricCol: 'A', otherCols: ['C'] }, notFrom: ['B', 'C'], forbidden: ['Graham Ilsley, Director of Workforce', '24 September 2020', 'Yes', '30 October 2020', '2020/21'] });
}
