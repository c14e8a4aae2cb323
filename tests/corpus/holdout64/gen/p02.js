// holdout64-wdes-2019-20-stourmere: follows an acute trust's first WDES page and plan (East Suffolk and North Essex NHS FT,
// https://www.esneft.nhs.uk/about-us/equality-diversity-and-inclusion/nhs-workforce-standards/): a '12 month WDES Action Plan', consulted on with
// the EDI Group and endorsed and ratified by the People and Organisational Development Committee on behalf of the Board, published by
// 30 September 2019. The table's columns, the status key and the sign-off lines are ASSUMED.
import { Book, Plan, C, D } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Stourmere Hospitals NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout64-wdes-2019-20-stourmere', sheet: 'Action Plan', standard: 'WDES', period: '2019-20', trust, widths: [22, 34, 50, 26, 14, 14] });
  p.line([`${trust} – 12 month WDES Action Plan (October 2019 – September 2020)`], { merge: ['A', 'F'], style: { bold: true, font: { size: 13 } } });
  p.line(['Consulted on with the Equality, Diversity and Inclusion Group. Endorsed and ratified by the People and Organisational Development Committee on behalf of the Trust Board, 24 September 2019.'], { merge: ['A', 'F'], height: 30, style: { italic: true } });
  const key = p.line(['Status key:', 'Complete', 'In progress', 'Not yet started'], { border: true, styles: [{ bold: true }, { fill: C.green }, { fill: C.amber }, { fill: C.red }] });
  p.blank();
  p.header(['WDES Metric', 'What the data tells us', 'Action', 'Lead', 'Completion date', 'Status'], { style: { fill: C.navy, color: C.white } });
  const F = { Complete: C.green, 'In progress': C.amber, 'Not yet started': C.red };
  const A = [
    ['Metric 1 – Workforce representation', '2.9% of staff on ESR have declared a disability, against 19% in the staff survey.', 'Run a declaration drive through payslip messages and team briefs, explaining how the information is used and kept.', 'Head of Workforce Information', D(2020, 1, 31), 'In progress', ['1']],
    ['Metric 2 – Shortlisting', 'Disabled applicants are 1.21 times less likely to be appointed from shortlisting.', 'Check that the guaranteed interview scheme is applied on TRAC for every vacancy and audit a sample each quarter.', 'Recruitment Manager', D(2019, 12, 31), 'Complete', ['2']],
    ['Metric 3 – Capability', 'Numbers entering the formal capability process are small; no adjustments are recorded.', 'Add a reasonable-adjustments check to the capability procedure before any formal stage.', 'Head of Employee Relations', D(2020, 3, 31), 'Not yet started', ['3']],
    ['Metric 4 – Harassment, bullying and abuse', 'Disabled staff report more bullying from managers (18% v 11%).', 'Train Dignity at Work advisers in disability awareness and publicise how to contact them.', 'Head of Organisational Development', D(2020, 6, 30), 'In progress', ['4']],
    ['Metric 5 – Career progression', 'Disabled staff are less confident of equal opportunities for promotion (74% v 86%).', 'Offer coaching to disabled staff applying for band 6 and above roles.', 'Head of Learning and Development', D(2020, 9, 30), 'Not yet started', ['5']],
    ['Metric 6 – Presenteeism', 'One in three disabled staff felt pressure to come to work when unwell.', 'Revise the attendance policy so that disability-related absence is recorded and considered separately.', 'Deputy Director of HR', D(2020, 4, 30), 'In progress', ['6']],
    ['Metric 8 – Reasonable adjustments', '71% say adequate adjustments have been made.', 'Set up a central reasonable adjustments fund so that equipment is not paid for from ward budgets.', 'Director of People', D(2020, 3, 31), 'In progress', ['8']],
    ['Metric 9 – Staff engagement', 'Engagement score 6.6 for disabled staff against 7.0.', 'Launch a Disability and Wellbeing staff network with an executive sponsor.', 'Head of Equality and Diversity', D(2019, 11, 30), 'Complete', ['9']],
    ['Metric 10 – Board', 'No board member has declared a disability.', 'Invite board members to update their own equality information.', 'Trust Secretary', D(2019, 12, 31), 'Complete', ['10']],
  ];
  for (const [m, data, a, lead, due, st, inds] of A) p.action([m, data, a, lead, due, st], { indicators: inds, action: a, lead, due: due.toLocaleDateString('en-GB', { timeZone: 'UTC' }), status: st, rag: { Complete: 'green', 'In progress': 'amber', 'Not yet started': 'red' }[st] }, { styles: [{}, {}, {}, {}, { numFmt: 'dd/mm/yyyy' }, { fill: F[st] }] });
  p.blank();
  p.line(['Metric 7 (staff feel the organisation values their work) is addressed through the actions for metrics 4 and 9.'], { merge: ['A', 'F'], style: { italic: true } });
  p.line(['Signed:', 'Chief Executive'], { });
  p.line(['Date:', '24/09/2019'], { });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, an acute foundation trust) following a real published first-year WDES page and plan of an acute trust (ESNEFT 2019): a one-line title naming the trust and the 12-month span, an italic line on consultation and ratification by committee, a STATUS KEY row ('Status key:' then the three words each filled in its colour: Complete green, In progress amber, Not yet started red), then 'WDES Metric | What the data tells us | Action | Lead | Completion date | Status' (row 5) with one action per metric – metric 7 has no row – a note that metric 7 is covered by others, and a 'Signed:' / 'Date:' sign-off. Judgement calls: the key row carries the status words but is not an action; the 'What the data tells us' cell is a finding, not progress or outcome; indicators from the metric label (pre-2021 set: whole metric 4 and 9); the note naming metric 7 is not an action and gives no action indicator 7; the sign-off date is not a due; the completion date is a real date shown dd/mm/yyyy; status = the word, rag = its fill as the key gives it.", { crossRef: { metricCol: 'A', otherCols: [] }, mode: 'fill', ragCol: 'F', notFrom: ['B'], forbidden: ['24/09/2019', 'Chief Executive'] });
}
