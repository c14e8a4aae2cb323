// holdout39-wdes-2019-20-harrowbeck: follows an NHS trust's 'Workforce Disability Equality Standard Metrics Report &
// Action Plan July 2019' (https://fdocuments.in/document/workforce-disability-equality-standard-metrics-report-disabled-people-working.html):
// a running header on every page – 'WDES Report & Action Plan – July 2019 Final Sept19' and the page number – then 'Workforce Disability
// Equality Standard (WDES) - Overview' with numbered paragraphs (the NHS Long Term Plan on respect, equality and diversity; the WDES as a
// tool following the WRES; evidence-based metrics giving a snapshot of Disabled staff's experience; 'a mirror for the organisation to
// hold up to itself'). Here a specialist orthopaedic trust. ASSUMED: the metrics table's columns and figures, and the action plan table
// (`Metric | What we found | Action | Owner | Completion date`) whose header is REPEATED after the page break with the running header.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Harrowbeck Orthopaedic Hospital NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout39-wdes-2019-20-harrowbeck', sheet: 'WDES Report & Action Plan', standard: 'WDES', period: '2019-20', trust, widths: [10, 34, 52, 26, 16] });
  let page = 0;
  const running = () => p.line([`WDES Report & Action Plan – July 2019   Final Sept19`, undefined, undefined, undefined, String(++page)], { merge: ['A', 'D'], style: { color: 'FF808080', font: { size: 8 } }, styles: [{}, {}, {}, {}, { alignment: { horizontal: 'right' } }] });
  const para = (t, h = 30, st = {}) => p.line([t], { merge: ['A', 'E'], height: h, style: st });
  const heads = [];
  heads.push(running());
  para(trust, 16, { bold: true, color: C.nhs });
  para('Workforce Disability Equality Standard Metrics Report & Action Plan', 20, { bold: true, font: { size: 14 } });
  para('July 2019', 16, { bold: true });
  para('Workforce Disability Equality Standard (WDES) - Overview', 16, { bold: true });
  const ov = [
    '1   The NHS Long Term Plan puts respect, equality and diversity at the centre of changing culture, and at the heart of the workforce implementation plan.',
    '2   The WDES is designed to improve the workplace experience and career opportunities of Disabled people working, or seeking work, in the NHS. It follows the WRES as a tool and an enabler of change.',
    '3   Its evidence-based metrics give a snapshot of the experiences of Disabled staff. Comparing Disabled and non-disabled staff shows where the differences lie and is the basis for this action plan, against which progress will be tracked each year.',
    '4   The WDES is a mirror the Trust can hold up to itself, to see whether its workforce reflects the communities it serves.',
  ].map((t) => para(t, 30));
  para('Metrics report – data at 31 March 2019', 16, { bold: true });
  const mh = p.header(['Metric', 'Measure', 'Disabled', 'Non-disabled', 'Gap'], { style: { fill: C.grey } });
  const rows = [['1', 'Staff recorded as Disabled on ESR (all staff)', '2.9%', '', ''], ['2', 'Relative likelihood of non-disabled applicants being appointed from shortlisting', '1.19', '', ''], ['4', 'Harassment, bullying or abuse from managers in the last 12 months', '19.8%', '11.0%', '8.8%'], ['6', 'Felt pressure from their manager to come to work when not well enough', '29.6%', '19.9%', '9.7%'], ['8', 'Employer has made adequate adjustments', '74.0%', '', ''], ['10', 'Board members who are Disabled', '0%', '', '']].map((r) => p.line(r, { border: true }));
  heads.push(running());
  para('Action Plan 2019/20', 16, { bold: true });
  const hdr = ['Metric', 'What we found', 'Action', 'Owner', 'Completion date'];
  p.header(hdr, { style: { fill: C.navy, color: C.white } });
  const acts = [
    ['1', 'Only 2.9% of staff have told us they are Disabled, against 17.6% in the staff survey.', 'Run a "Tell us" campaign with the Disability Network so staff update their record in ESR.', 'Workforce Information Manager', '31 Dec 2019', ['1']],
    ['2', 'Non-disabled applicants are more likely to be appointed from shortlisting.', 'Offer reasonable adjustments at every interview and record whether they were used.', 'Recruitment Lead', '31 Mar 2020', ['2']],
    ['3', 'Too few cases to compare this year.', 'Record disability status for every case entering formal capability from October 2019.', 'Senior HR Adviser', '30 Nov 2019', ['3']],
    ['4', 'Disabled staff report more bullying from managers.', 'Add a session on disability to the Leading People course for all ward and theatre managers.', 'Head of Learning and OD', '31 Mar 2020', ['4']],
  ];
  for (const [m, f, a, o, d, inds] of acts) p.action([m, f, a, o, d], { indicators: inds, action: a, lead: o, due: d });
  heads.push(running());
  p.header(hdr, { style: { fill: C.navy, color: C.white } });
  const acts2 = [
    ['5 & 7', 'Disabled staff are less positive about progression and feeling valued.', 'Set up a reverse mentoring scheme pairing Disabled staff with members of the executive team.', 'Director of Workforce', '30 Jun 2020', ['5', '7']],
    ['6', 'Nearly three in ten Disabled staff felt pressure to come to work when unwell.', 'Change the attendance policy so that disability-related absence is recorded and managed separately.', 'Head of HR', '31 Jan 2020', ['6']],
    ['8', 'A quarter of Disabled staff say adjustments have not been made.', 'Introduce a reasonable adjustments passport agreed with Occupational Health.', 'Occupational Health Manager', '31 Mar 2020', ['8']],
    ['9', 'There is no staff network for Disabled staff.', 'Launch a Disability Network with an executive sponsor and one day a month of protected time for its chair.', 'Director of Workforce', '31 Oct 2019', ['9']],
  ];
  for (const [m, f, a, o, d, inds] of acts2) p.action([m, f, a, o, d], { indicators: inds, action: a, lead: o, due: d });
  para('Progress against this plan will be reported to the Workforce Committee in January and July.', 16, { italic: true });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, a specialist orthopaedic foundation trust) following a real trust's 'Workforce Disability Equality Standard Metrics Report & Action Plan July 2019', converted from PDF into one sheet with its RUNNING HEADER kept on each page ('WDES Report & Action Plan – July 2019   Final Sept19' merged over A:D with the page number '1', '2', '3' in E, small grey type) at rows 1, 18 and 25: the trust, the title, 'July 2019', 'Workforce Disability Equality Standard (WDES) - Overview' with four NUMBERED PARAGRAPHS ('1   The NHS Long Term Plan …'), 'Metrics report – data at 31 March 2019' with a table 'Metric | Measure | Disabled | Non-disabled | Gap' (row 11) of six metric rows with figures, then 'Action Plan 2019/20' and the action table 'Metric | What we found | Action | Owner | Completion date' (row 20) whose HEADER IS REPEATED after the page break (row 26), eight actions in all, and a closing italic line on reporting. Judgement calls: the running headers, the numbered overview paragraphs (their numbers are paragraph numbers, not refs or metrics) and the metrics-report rows (metric numbers with figures – findings) are not actions; 'Final Sept19' is the document's version note, not a due and not a status; the repeated header is a header row; 'What we found' is the finding behind the action, not progress or outcome (left out of the gold); indicators from the Metric column (the 2019 set, whole 4 and 9; '5 & 7' → ['5', '7']); no ref; lead = Owner, due = Completion date as written ('31 Dec 2019'); no status, rag null.", { dataRows: [...heads, ...ov, ...rows], forbidden: ['Final Sept19', 'July 2019'], notFrom: ['B'] });
}
