// holdout57-wdes-2021-22-blackdown: a community trust's WDES plan in THREE columns – metric merged down, a one-sentence 'Commitment',
// and a 'How we will deliver it' cell holding LABELLED LINES for everything else ('Lead:', 'By:', 'Success looks like:',
// 'Update Oct 21:'). ASSUMED layout.
import { Book, Plan, C, mergeDown } from './lib.js';
import { fitRows } from './h.js';
export async function build() {
  const book = new Book();
  const trust = 'Blackdown Community Health NHS Trust';
  const p = new Plan(book, { name: 'holdout57-wdes-2021-22-blackdown', sheet: 'WDES 2021-22', standard: 'WDES', period: '2021-22', trust, widths: [26, 48, 80], font: { name: 'Calibri', size: 11 } });
  p.line([`${trust}`], { merge: ['A', 'C'], style: { bold: true, font: { size: 14 }, color: C.teal } });
  p.line(['WDES action plan 2021-22 (mid-year review, October 2021)'], { merge: ['A', 'C'], style: { bold: true } });
  p.blank();
  p.header(['WDES metric', 'Commitment', 'How we will deliver it'], { style: { fill: C.teal, color: C.white } });
  const L = (lead, by, succ, upd) => [lead && `Lead: ${lead}`, by && `By: ${by}`, succ && `Success looks like: ${succ}`, upd && `Update Oct 21: ${upd}`].filter(Boolean).join('\n');
  const groups = [
    ['Metric 1\nDisabled staff by pay band', ['1'], [
      ['We will raise the share of staff who have recorded their disability status on ESR.', 'Workforce Systems Manager', 'December 2021', 'fewer than 10% of staff with "not declared" or blank, down from 17%.', 'Reminder sent with September payslips; not declared now 14.8%.'],
    ]],
    ['Metric 2\nAppointment from shortlisting', ['2'], [
      ['We will make sure every disabled applicant who meets the essential criteria is offered an interview.', 'Recruitment Team Leader', 'September 2021', 'the 2022 return shows every guaranteed-interview applicant was interviewed.', 'TRAC now flags these applicants to the shortlisting manager. Audit of July–September campaigns found two missed; both managers contacted.'],
      ['We will offer interview adjustments at the invitation stage rather than waiting to be asked.', 'Recruitment Team Leader', 'November 2021', 'every invitation letter includes the adjustments offer; feedback from candidates through the network.', 'Letter template changed in October.'],
    ]],
    ['Metrics 4a and 4b\nHarassment, bullying or abuse, and reporting it', ['4a', '4b'], [
      ['We will give community teams a simple way to report abuse from patients and visitors during home visits.', 'Head of Health, Safety and Security', 'January 2022', 'more incidents reported through the lone-working app and a higher share of disabled staff saying they reported their last experience (metric 4b).', 'App field added in the test version; live release planned for December.'],
      ['We will train managers to respond well when a disabled colleague raises bullying by a colleague or manager.', 'Head of OD / Disability Network chair', '', 'at least 150 managers trained in the year.', '64 managers trained so far in three online sessions.'],
    ]],
    ['Metric 5\nAccess to career progression', ['5'], [
      ['We will run a development programme for disabled staff at Bands 3 to 6 with the neighbouring acute trust.', 'Head of Learning and Development', 'March 2022', 'twenty places filled and every participant has a development conversation with their manager afterwards.', 'Joint programme agreed; first intake of 11 starts in November.'],
    ]],
    ['Metric 6\nPressure to come to work when unwell', ['6'], [
      ['We will rewrite the attendance policy so that disability-related absence is recorded separately and not counted towards trigger points.', 'Deputy Director of People', 'February 2022', 'the new policy is agreed with staff side and the disabled staff network.', 'Second draft with staff side; the network has asked for examples to be added.'],
    ]],
    ['Metric 9a\nEngagement score', ['9a'], [
      ['We will set up a reasonable adjustments fund held centrally so that teams do not have to find the money from their own budgets.', 'Director of Finance', 'October 2021', 'adjustments are agreed within four weeks of the request in 90% of cases.', 'Fund of £25,000 agreed by the Executive in September; process live from 1 October.'],
    ]],
  ];
  for (const [m, inds, acts] of groups) {
    const first = p.r + 1;
    for (const [a, lead, by, succ, upd] of acts) {
      p.action([first === p.r + 1 ? m : undefined, a, L(lead, by, succ, upd)], { indicators: inds, action: a, lead, due: by, outcome: succ, progress: upd, dueSource: by ? 'labelled' : null }, { styles: [{ bold: true }, { bold: true }] });
    }
    mergeDown(p.ws, 'A', first, p.r);
  }
  p.blank();
  p.line(['Metrics 3, 7, 8 and 10 have no separate commitment this year; they are covered by the Trust\'s wider wellbeing and Board development work.'], { merge: ['A', 'C'], style: { italic: true } });
  p.line(['Owner of this plan: Head of Equality and Inclusion. Reviewed by the People Committee each quarter.'], { merge: ['A', 'C'], style: { italic: true } });
  fitRows(p);
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional body, a community health trust) in THREE COLUMNS at a mid-year review: teal trust title, the plan line with '(mid-year review, October 2021)', a blank row, one teal header 'WDES metric | Commitment | How we will deliver it' (row 4), eight commitments with the metric cell merged down beside its one or two commitments ('Metrics 4a and 4b\\nHarassment, bullying or abuse, and reporting it'), then a note on the metrics without commitments and an owner line. The 'Commitment' cell is one bold 'We will …' sentence – the action. Everything else sits in ONE CELL of LABELLED LINES in the third column: 'Lead: …', 'By: …', 'Success looks like: …', 'Update Oct 21: …'; one cell has no 'By:' line. Judgement calls: action = the Commitment cell (the delivery cell is not part of it); lead = the text after 'Lead:' ('Head of OD / Disability Network chair' kept whole), due = the text after 'By:' (dueSource 'labelled'; '' and null where the line is missing – never borrowed from the other commitment of the metric); outcome = the text after 'Success looks like:', progress = the text after 'Update Oct 21:' (labels dropped, as holdout28 kennetvale's 'LEAD:'); the dates inside updates ('live release planned for December', 'from 1 October') are progress, not dues; indicators from the merged metric cell ('Metrics 4a and 4b' → ['4a','4b'], 'Metric 9a' → ['9a']); the '(metric 4b)' inside a success line gives nothing more; the merged metric cell is context, not a theme (theme null); no status (rag null); the note on metrics 3, 7, 8 and 10 and the owner line are not actions – the plan owner is not a lead.", { indFrom: { from: 'col', col: 'A' }, labels: { col: 'C', lead: 'Lead: ', due: 'By: ', outcome: 'Success looks like: ', progress: 'Update Oct 21: ' } });
}
