// holdout96-wres-2018-19-pennimoor: mental health trust, WRES report on one sheet presented at the half year: a figures table with
// real numbers and TREND arrows on red / green fills; a REVIEW OF LAST YEAR'S ACTIONS as a grid of its own with RAG words on fills
// (looks exactly like a plan); then the 2018-19 plan with its half-year position on fills.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Pennimoor Mental Health NHS Trust';
  const p = new Plan(book, { name: 'holdout96-wres-2018-19-pennimoor', sheet: 'WRES', standard: 'WRES', period: '2018-19', trust, widths: [8, 50, 26, 15, 15, 17], font: { name: 'Calibri', size: 10 } });
  const M = ['A', 'F'];
  p.line([`${trust} – Workforce Race Equality Standard 2018`], { merge: M, style: { bold: true, font: { size: 13 }, fill: C.purple, color: C.white } });
  p.line(['Report to the Workforce and Organisational Development Committee – half-year position, October 2018'], { merge: M, style: { italic: true } });
  p.blank();
  p.line(['A. Our figures (ESR at 31 March 2018; 2017 NHS Staff Survey)'], { merge: M, style: { bold: true, color: C.purple } });
  const ctx = [];
  ctx.push(p.line(['No.', 'Indicator', 'Measure', '2017', '2018', 'Trend'], { border: true, style: { bold: true, fill: C.lilac } }));
  const up = { fill: C.badR }, down = { fill: C.goodG }, same = { fill: C.palegrey };
  const pct = { numFmt: '0.0%', alignment: { horizontal: 'center' } }, rl = { numFmt: '0.00', alignment: { horizontal: 'center' } };
  const figs = [
    ['1', 'BME staff in Band 7 and above (clinical)', '% of Band 7+', 0.094, 0.101, '↑ better', pct, down],
    ['2', 'White applicants more likely to be appointed from shortlisting', 'relative likelihood', 1.38, 1.52, '↑ worse', rl, up],
    ['3', 'BME staff more likely to enter formal disciplinary', 'relative likelihood', 1.77, 1.61, '↓ better', rl, down],
    ['4', 'White staff more likely to access non-mandatory training', 'relative likelihood', 1.02, 1.03, '↔', rl, same],
    ['5', 'BME staff harassed or abused by patients, relatives or the public', '% BME staff', 0.352, 0.384, '↑ worse', pct, up],
    ['6', 'BME staff harassed or bullied by other staff', '% BME staff', 0.291, 0.279, '↓ better', pct, down],
    ['7', 'BME staff believing there are equal opportunities for progression', '% BME staff', 0.742, 0.716, '↓ worse', pct, up],
    ['8', 'BME staff discriminated against by a manager or colleague', '% BME staff', 0.148, 0.151, '↔', pct, same],
    ['9', 'BME voting Board members', 'number', 1, 1, '↔', { alignment: { horizontal: 'center' } }, same],
  ];
  for (const [n, ind, meas, a, b, tr, fmt, fl] of figs) ctx.push(p.line([n, ind, meas, a, b, tr], { border: true, styles: [{ alignment: { horizontal: 'center' } }, {}, { italic: true }, fmt, fmt, { ...fl, alignment: { horizontal: 'center' } }] }));
  p.blank();
  const narr = [];
  narr.push(p.line(['Our inpatient wards account for most of the rise in abuse from patients (indicator 5). Appointment from shortlisting (indicator 2) has moved the wrong way for the second year, mostly at Band 6 in community mental health teams.'], { merge: M, height: 30 }));
  p.blank();
  p.line(['B. What happened to our 2017-18 actions'], { merge: M, style: { bold: true, color: C.purple } });
  const RV = { Done: C.green, 'Partly done': C.amber, 'Not done': C.red };
  ctx.push(p.line(['Ref', '2017-18 action', 'Lead', 'What happened', '', 'RAG'], { border: true, style: { bold: true, fill: C.lilac }, merge: ['D', 'E'] }));
  const review = [
    ['17/1', 'Introduce reverse mentoring between BME band 5–6 nurses and executive directors.', 'Director of Nursing', 'Twelve pairs completed; evaluation positive.', 'Done'],
    ['17/2', 'Diverse interview panels for all Band 6 and above posts.', 'Head of Recruitment', 'Achieved in inpatient services only; community teams still recruit without a diverse panel.', 'Partly done'],
    ['17/3', 'Post-incident support for staff racially abused on the wards.', 'Head of Nursing (Inpatients)', 'Not started – the matron post leading it was vacant until May.', 'Not done'],
    ['17/4', 'Independent check of every disciplinary case before a formal investigation.', 'Head of HR Operations', 'In place from September 2017.', 'Done'],
  ];
  for (const [ref, a, l, w, st] of review) ctx.push(p.line([ref, a, l, w, '', st], { border: true, merge: ['D', 'E'], styles: [{}, {}, {}, {}, {}, { fill: RV[st], alignment: { horizontal: 'center' } }] }));
  p.blank();
  p.line(['C. Our action plan 2018-19'], { merge: M, style: { bold: true, color: C.purple } });
  const hdr = p.header(['No.', 'Action', 'Lead', 'Indicator', 'Target date', 'Position at 30 Sep 2018'], { style: { fill: C.purple, color: C.white } });
  const F = { 'On track': C.green, Delayed: C.amber, 'At risk': C.red, Complete: C.blue, 'Not started': undefined };
  const R = { 'On track': 'green', Delayed: 'amber', 'At risk': 'red', Complete: 'blue', 'Not started': null };
  const rows = [
    ['18/1', 'Extend diverse interview panels to community mental health teams, with a trained panel member from the BME staff network.', 'Head of Recruitment', '2', 'Sep 2018', 'Complete'],
    ['18/2', 'Review shortlisting and appointment data for Band 6 CMHT posts every quarter with the service managers.', 'Workforce Information Manager', '2', 'Quarterly', 'On track'],
    ['18/3', 'Appoint a matron to lead post-incident support for staff racially abused on inpatient wards (carried over from 17/3).', 'Head of Nursing (Inpatients)', '5', 'Dec 2018', 'Delayed'],
    ['18/4', 'Display a zero-tolerance statement on racist abuse on every ward and in every patient welcome pack.', 'Head of Communications', '5', 'Nov 2018', 'On track'],
    ['18/5', 'Open the trust’s leadership programme to BME Band 5 and 6 staff with ring-fenced places.', 'Head of Organisational Development', '1, 7', 'Jan 2019', 'Not started'],
    ['18/6', 'Run cultural-awareness sessions for consultants and team managers on everyday discrimination.', 'Associate Medical Director', '8', 'Feb 2019', 'At risk'],
    ['18/7', 'Keep the pre-investigation check and publish its figures to the committee twice a year.', 'Head of HR Operations', '3', 'Mar 2019', 'On track'],
  ];
  for (const r of rows) {
    const [ref, act, lead, ind, due, st] = r;
    p.action(r, { ref, indicators: ind.split(', '), action: act, lead, due, status: st, rag: R[st] }, { styles: [{ alignment: { horizontal: 'center' } }, {}, {}, { alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }, { fill: F[st], alignment: { horizontal: 'center' } }] });
  }
  p.blank();
  p.line(['Trend arrows: red = moved against BME staff, green = moved in their favour, grey = little change.'], { merge: M, style: { italic: true, font: { size: 9 } } });
  p.ws.views = [{ state: 'frozen', ySplit: 1, showGridLines: false }];
  await book.save(`${p.name}.xlsx`);
  p.saveGold(`Original report (fictional mental health trust), the WRES 2018 report at the half year on ONE sheet 'WRES'. A purple title bar naming the trust (frozen), the committee line, then three lettered parts. A: a FIGURES TABLE (header 'No. | Indicator | Measure | 2017 | 2018 | Trend', row ${ctx[0]}) with real numbers ('0.0%', '0.00' formats) and TREND ARROWS on red / green / grey fills, and a narrative paragraph. B: 'What happened to our 2017-18 actions' – a REVIEW GRID of its own ('Ref | 2017-18 action | Lead | What happened | RAG', row ${ctx[10]}) with four rows 17/1–17/4 whose RAG words ('Done', 'Partly done', 'Not done') sit on fills – it looks exactly like an action plan. C: 'Our action plan 2018-19' – purple header 'No. | Action | Lead | Indicator | Target date | Position at 30 Sep 2018' (row ${hdr}) and seven actions 18/1–18/7; a key line for the arrows. Judgement calls: the review grid's rows are LAST YEAR'S actions – not actions of this plan – and its header is no header row (header rows = [${hdr}] only); 18/3 carries 17/3 over in its own words and is an action here; the figures rows are not actions and their trend fills are no RAG; ref = No.; indicators from the Indicator column ('1, 7' → both); lead = Lead; due = Target date as typed ('Quarterly' kept); status = the half-year position word, rag from its fill (Complete on blue → blue, On track green, Delayed amber, At risk red, 'Not started' unfilled → null); theme null; the October 2018 report date and 30 Sep 2018 are no dues.`, { mode: 'fill', ragCol: 6, dataRows: [...ctx, ...narr], notFromRows: { rows: ctx, fields: ['action', 'status', 'progress', 'outcome'] }, forbidden: ['↑ worse', '↓ better', 'Done', 'Partly done', 'Not done'] });
}
