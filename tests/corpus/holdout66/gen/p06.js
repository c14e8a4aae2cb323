// holdout66-wdes-2020-21-quayside: a specialist orthopaedic trust's Equality and Diversity Group paper. Each WDES metric block opens
// with a bold 'Progress since last report' summary in the Action column (before any action), actions follow; rows say a 2019-20 action
// is carried forward as a new one; the group's comment is an italic row merged across; statuses are plain words in a narrow column.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Quayside Orthopaedic Hospital NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout66-wdes-2020-21-quayside', sheet: 'WDES', standard: 'WDES', period: '2020-21', trust, widths: [12, 60, 22, 14, 13], font: { name: 'Calibri', size: 11 } });
  p.line(['Equality and Diversity Group – paper ED/20/34'], { style: { bold: true } });
  p.line([`${trust} – Workforce Disability Equality Standard action plan 2020-21 (update for November 2020)`], { merge: ['A', 'E'], style: { bold: true } });
  p.blank();
  p.header(['Metric', 'Action', 'Responsible', 'Timescale', 'Status'], { style: { fill: C.tan } });
  const met = (t) => p.line([t], { merge: ['A', 'E'], style: { bold: true, fill: C.palegrey } });
  const prog = (t) => p.line([undefined, `Progress since last report: ${t}`], { border: true, style: { bold: true } });
  const act = (th, codes, [m, a, who, when, st]) => p.action([m, a, who, when, st], { ref: '', indicators: codes, theme: th, action: a, lead: who, due: when, status: st, rag: null });
  let t = 'Metric 1 and 2 – Representation and recruitment';
  met(t);
  prog('declaration has risen to 71%; guaranteed interview audit delayed by COVID-19 redeployment.');
  act(t, ['1'], ['1', 'Explain in the staff bulletin why we ask about disability and how the data is used, with a link to ESR self-service.', 'HR Systems Officer', 'Jan 2021', 'In progress']);
  act(t, ['2'], ['2', 'Audit whether disabled applicants who meet the essential criteria are offered an interview under Disability Confident.', 'Recruitment Manager', 'Mar 2021', 'Not started']);
  p.line(['2', 'Action 2.2 from the 2019-20 plan (advert wording) – carried forward and now part of action 2 above.'], { border: true, style: { italic: true } });
  t = 'Metric 4 – Harassment, bullying or abuse';
  met(t);
  prog('the survey results for 2020 are not yet published; both actions continue.');
  act(t, ['4'], ['4', 'Publish how staff can report harassment from patients on the wards, in theatres and in outpatients.', 'Head of Nursing (Surgery)', 'Dec 2020', 'In progress']);
  act(t, ['4'], ['4', 'Include disability in the bullying and harassment module of the leadership programme.', 'Education Lead', 'Apr 2021', 'In progress']);
  p.line(['Group comment: members asked that theatre staff be consulted on where reporting posters are placed.'], { merge: ['A', 'E'], style: { italic: true } });
  t = 'Metric 7 and 9 – Valued staff and staff voice';
  met(t);
  prog('the staff network has met three times virtually and has elected a chair.');
  act(t, ['9'], ['9', 'Set up a Disability and Long-Term Conditions Staff Network with an executive sponsor.', 'Director of Workforce', 'Sep 2020', 'Complete']);
  act(t, ['7'], ['7', 'Record a short video of disabled colleagues talking about their work for the Trust\'s recognition week.', 'Communications Manager', 'Feb 2021', 'Not started']);
  act(t, ['9'], ['9', 'Ask the network to review the WDES results and this plan before each Board submission.', 'Equality and Diversity Lead', 'Aug 2021', 'Not started']);
  p.line(['9', 'Action 9.3 from 2019-20 (listening event) – closed: replaced by the network, above.'], { border: true, style: { italic: true } });
  p.blank();
  p.line(['Recommendation: the Group is asked to note progress and to support the audit in action 2 being completed by March 2021.'], { merge: ['A', 'E'] });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional specialist orthopaedic foundation trust): an Equality and Diversity Group paper (ED/20/34) with the WDES action plan 2020-21 update for November 2020. Paper reference line, a title naming the trust, one header 'Metric | Action | Responsible | Timescale | Status' (row 4). Three grey METRIC rows merged across ('Metric 4 – Harassment, bullying or abuse'). Each metric block OPENS with a bold 'Progress since last report: …' row in the Action column – before any action – then the actions, each with the metric number repeated in column A. Two italic rows carry a metric number and say a 2019-20 action was 'carried forward and now part of action 2 above' or 'closed: replaced by the network, above'; one italic 'Group comment: …' row is merged across; a recommendation closes the paper. Status is a plain word ('In progress', 'Not started', 'Complete'), no colour. Judgement calls: the progress summaries belong to the metric block, not to any action – no action's progress comes from them (progress ''); the carried-forward / closed rows are NOT actions even though they carry a metric number; the group comment and recommendation are not actions and the recommendation's 'March 2021' is no due; indicators from the action's own Metric cell (the pre-2021 whole metrics '4', '7', '9'); theme = the metric row; no refs (column A is the metric, not a number for the action); status as written, rag null.", { notFrom: [] });
}
