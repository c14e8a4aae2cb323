// holdout52-wdes-2022-23-ockbrook: an ambulance trust's WDES plan put together by a paramedic team leader who was asked to 'sort
// it': he took the WDES results table and ADDED action columns to its right. The first action of a metric shares the row with the
// metric's figures; extra actions sit on rows below with the figure cells empty; metrics needing nothing say so in the action column;
// 'me' in the Owner column is the author named in the title block.
import { Book, Plan, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Ockbrook Ambulance Service NHS Trust';
  const p = new Plan(book, { name: 'holdout52-wdes-2022-23-ockbrook', sheet: 'WDES 2022', standard: 'WDES', period: '2022-23', trust, widths: [8, 34, 11, 12, 16, 52, 20, 12], font: { name: 'Arial', size: 10 } });
  p.line([trust], { style: { bold: true, font: { size: 12 } } });
  p.line(["WDES 2022 results and what we're going to do (2022/23)"], { style: { bold: true } });
  p.line(['Put together by Tom Reyes, Clinical Team Leader (Paramedic), for the EDI Steering Group - Oct 2022'], { style: { italic: true } });
  p.blank();
  p.header(['Metric', 'What it measures', 'Disabled', 'Non-disabled', 'Better or worse than 2021?', 'Action(s)', 'Owner', 'When'], { style: { fill: 'FFD9E1F2' }, height: 30 });
  const A = (text, owner, when, lead) => ({ text, owner, when, lead });
  const M = [
    ['1', 'Disabled staff by pay band (% of workforce)', '3.8%', '81.0%', 'Better (3.1%)', [
      A('Get crews to update ESR - could do it on the tablet at start of shift?', 'me', 'Dec 22', 'Tom Reyes'),
      A('Ask Workforce to send out the % declared by station every month', 'Workforce Info', 'monthly')]],
    ['2', 'Likelihood of being appointed after shortlisting', '21%', '22%', 'About the same', 'No action - same as national'],
    ['3', 'Likelihood of entering formal capability process', '1.9x', '', 'Worse (1.4x)', [
      A('Look at every capability case from 2021-22 to see if reasonable adjustments were considered first', 'Head of Employee Relations', 'Jan 23')]],
    ['4a', 'Bullying/harassment from patients/public, managers, colleagues', '38%', '29%', 'Worse', [
      A('Body worn cameras for all frontline crews - tell staff it covers abuse because of disability too', 'AD Ops', 'March 2023'),
      A('Disability awareness session on the next Core Skills refresher day', 'Education team', { d: D(2023, 3, 31), f: 'dd/mm/yyyy' })]],
    ['4b', 'Reporting it (last time it happened)', '41%', '44%', 'Same', [
      A('Remind everyone how to report on Datix / to FTSU - put it in the weekly bulletin', 'Comms', 'every quarter')]],
    ['5', 'Equal opportunities for career progression', '42%', '55%', 'Worse', '?? need advice from the EDI lead on this one'],
    ['6', 'Pressure to come to work when not well', '29%', '20%', 'Better', [
      A('Update attendance policy triggers so disability related absence is looked at separately', 'HR Policy', 'April 2023')]],
    ['7', 'Satisfied with extent org values their work', '27%', '38%', 'Worse', [
      A('Set up a disability staff network - lots of people have asked', 'me', 'Nov 22', 'Tom Reyes')]],
    ['8', 'Adequate adjustments', '64%', 'n/a', 'Worse (71%)', [
      A('Reasonable adjustment passport + a named RA person in each operational area', 'OH Manager', 'Feb 23'),
      A('Make sure adapted vehicle/kit requests go through one route, not station by station', 'Fleet Manager', '')]],
    ['9a', 'Engagement score', '6.2', '6.7', 'Same', 'No action - covered by the network (7)'],
    ['9b', 'Has the trust done things to help disabled staff voices be heard', 'Yes', '', '', 'Network (see 7)'],
    ['10', 'Board members with a disability vs workforce', '0%', '', 'Same', [
      A('Ask the Board to self declare at the next Board development day', 'Trust Secretary', { d: D(2022, 12, 1), f: 'mmm-yy' })]],
  ];
  const offRow = [];
  for (const [m, what, dis, non, bw, acts] of M) {
    const base = [{ bold: true, alignment: { horizontal: 'center' } }, {}, { alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }, {}];
    if (typeof acts === 'string') { p.line([m, what, dis, non, bw, acts, '', ''], { border: true, styles: [...base, { italic: true, color: 'FF7F7F7F' }], height: 28 }); continue; }
    acts.forEach((a, i) => {
      const isD = typeof a.when === 'object';
      const head = i === 0 ? [m, what, dis, non, bw] : ['', '', '', '', ''];
      const r = p.action([...head, a.text, a.owner, isD ? a.when.d : a.when], { indicators: [m], action: a.text, lead: a.lead || a.owner, due: isD ? shown(a.when.d, a.when.f) : a.when }, { styles: [...base, {}, {}, isD ? { numFmt: a.when.f, alignment: { horizontal: 'left' } } : {}], height: 30 });
      if (a.lead) offRow.push(r);
    });
  }
  p.blank();
  p.line(['Better/worse is compared with our 2021 WDES report. Figures from the 2022 staff survey and ESR (31 March 2022).'], { style: { italic: true }, merge: ['A', 'H'] });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional ambulance trust): a paramedic team leader asked to 'sort the WDES plan' took the WDES RESULTS TABLE and ADDED ACTION COLUMNS to its right – sheet 'WDES 2022': trust, title, 'Put together by Tom Reyes, Clinical Team Leader (Paramedic) …', a blank row, then one header 'Metric | What it measures | Disabled | Non-disabled | Better or worse than 2021? | Action(s) | Owner | When'. Every 2021-set metric (1, 2, 3, 4a, 4b, 5, 6, 7, 8, 9a, 9b, 10) has a row of figures; the FIRST action for a metric is typed on that same row, further actions on rows below whose metric and figure cells are empty. Metrics 2, 5, 9a and 9b have figures but no action – their action cell says so ('No action - same as national', '?? need advice from the EDI lead on this one', 'No action - covered by the network (7)', 'Network (see 7)'), in grey italics, with no owner or date. Owner 'me' on two rows. Dates mostly typed ('Dec 22', 'Jan 23', 'March 2023', 'every quarter', 'monthly'), two real dates ('31/03/2023', 'Dec-22'), one blank. A note under the table. Judgement calls: a row is an action when its Action(s) cell holds something to be done – the four 'no action' / question / cross-reference rows are not actions (they have figures but nothing new to do); indicators = the metric on the row or, for a continuation row, the metric above; theme null; the figures and the better/worse column are data, never progress, outcome or status; lead 'me' = Tom Reyes, the author the title block names (a careful reader would not leave 'me' as the lead); due as shown or typed, '' where blank; no status or RAG (status '', rag null).", { offRow: { lead: offRow } });
}
