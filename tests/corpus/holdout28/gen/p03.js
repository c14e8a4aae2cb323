// holdout28-wdes-2021-22-nantbrook: follows Mid Cheshire Hospitals NHS FT's "Workforce Disability Equality Standard (WDES)" page
// (https://mcht.nhs.uk/about-us/equality-and-diversity/workforce-disability-equality-standard-wdes): the ten-metric introduction
// (disabled staff's poorer experience of bullying and harassment and of attending work when ill), then 'WDES Annual Report and action
// plan': 'This annual report summarises the key findings, observations and an action plan …', reviewed through internal governance and
// assurance meetings including the EDI steering group, and at Trust Board. The table that carries findings, observations and actions
// side by side (Metric / Key findings / Observations / Action / Lead / Timescale), the metric rows with no action and the governance line
// are ASSUMED from that sentence.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Nantbrook Hospitals NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout28-wdes-2021-22-nantbrook', sheet: 'WDES 2021-22', standard: 'WDES', period: '2021-22', trust, widths: [20, 30, 30, 44, 22, 14], font: { name: 'Arial', size: 9 } });
  p.line([`${trust} – Workforce Disability Equality Standard (WDES) Annual Report and action plan 2021/22`], { merge: ['A', 'F'], style: { bold: true, font: { size: 12 } } });
  p.line(['The WDES is a set of ten metrics comparing the experiences of disabled and non-disabled staff. Research shows disabled staff have poorer experiences in areas such as bullying and harassment and coming to work when feeling unwell. This report summarises our key findings, our observations and the action plan that follows from them.'], { merge: ['A', 'F'], height: 40 });
  p.line(['Governance: reviewed by the Equality, Diversity and Inclusion Steering Group on 14 September 2021 and by the Trust Board on 30 September 2021.'], { merge: ['A', 'F'], style: { italic: true } });
  p.blank();
  p.header(['Metric', 'Key findings', 'Observations', 'Action', 'Lead', 'Timescale'], { style: { fill: C.teal, color: C.white } });
  const rows = [
    ['Metric 1 – Workforce representation', '3.6% of staff have declared a disability on ESR; 19.8% say so in the staff survey.', 'Declaration is low in estates, facilities and medical staff groups.', [
      ['Run a declaration campaign aimed at estates, facilities and medical staff, with the Disability Network.', 'Workforce Information Manager', 'December 2021'],
    ]],
    ['Metric 2 – Recruitment', 'Non-disabled applicants are 1.29 times more likely to be appointed from shortlisting.', 'Worse than last year (1.11).', [
      ['Check that the guaranteed interview scheme is applied in the applicant tracking system for every vacancy.', 'Recruitment Manager', 'October 2021'],
      ['Add disability to the diverse panel guidance for band 7 and above.', 'Head of Resourcing', 'January 2022'],
    ]],
    ['Metric 3 – Capability', 'No disabled staff entered the formal capability process in the last two years.', 'Numbers are too small to compare; continue to monitor.', []],
    ['Metric 4 – Harassment, bullying or abuse', '30.4% of disabled staff report harassment from patients and the public, against 24.1%.', 'The gap from managers has closed; from patients it has widened.', [
      ['Include disability in the conflict resolution training given to emergency department and outpatient staff.', 'Head of Security and Conflict Management', 'March 2022'],
    ]],
    ['Metric 5 – Career progression', '47.9% of disabled staff believe the trust gives equal opportunities, against 56.3%.', 'Disabled staff ask for adjustments in development programmes.', [
      ['Make adjustments a standard part of every leadership course application.', 'Head of Learning and Development', 'February 2022'],
    ]],
    ['Metric 6 – Presenteeism', '31.8% of disabled staff felt pressure to come to work when unwell, against 22.0%.', 'Highest gap in the report.', [
      ['Revise the attendance policy so that disability-related absence is recorded separately.', 'Head of HR Policy', 'March 2022'],
      ['Brief ward and department managers on the revised policy at their monthly forums.', 'HR Business Partners', 'April 2022'],
    ]],
    ['Metric 10 – Board representation', 'One Board member has declared a disability (7.1%).', 'In line with the workforce; no action this year.', []],
  ];
  const noAct = [];
  for (const [m, f, o, acts] of rows) {
    const first = p.r + 1;
    if (!acts.length) { noAct.push(p.line([m, f, o, '—', '—', '—'], { border: true, styles: [{ bold: true }] })); continue; }
    for (const [a, lead, due] of acts) p.action([m, f, o, a, lead, due], { indicators: [/Metric (\d+)/.exec(m)[1]], action: a, lead, due }, { styles: [{ bold: true }] });
    for (const col of ['A', 'B', 'C']) if (p.r > first) p.ws.mergeCells(`${col}${first}:${col}${p.r}`);
  }
  p.blank();
  p.line(['Key: ESR = Electronic Staff Record. Staff survey figures are from the 2020 NHS Staff Survey.'], { merge: ['A', 'F'], style: { italic: true, font: { size: 8 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute FT) following a real trust's 'WDES Annual Report and action plan' page ('summarises the key findings, observations and an action plan', reviewed by the EDI steering group and the Trust Board): title, intro, an italic governance line with two meeting dates, then one table 'Metric | Key findings | Observations | Action | Lead | Timescale' (row 5) where the metric, its finding and its observation are MERGED DOWN over the metric's actions. Two metrics (3 and 10) have a finding and an observation but NO ACTION ('—' in Action, Lead and Timescale); a key line closes the sheet. Judgement calls: the rows with '—' are findings, not actions (the observation 'continue to monitor' / 'no action this year' is not written as an action); indicators from the Metric cell ('Metric 4 – Harassment …' → ['4'], the 2021 set's whole metric 4); the findings' figures (1.29, 30.4% …) and the governance dates are not indicators or dues; finding and observation are context, not progress, outcome or theme (theme null); lead and timescale as written; no status.", { dataRows: noAct, notFrom: ['B', 'C'], crossRef: { metricCol: 'A', otherCols: [] }, forbidden: ['14 September 2021', '30 September 2021', '—'] });
}
