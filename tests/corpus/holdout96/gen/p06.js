// holdout96-wres-2022-23-harnwick: acute trust, WRES report on one sheet with the PLAN FIRST: a short summary, the action plan (status
// from a drop-down, no colour), then 'Appendix – our WRES data 2022': a figures table whose header 'Indicator | 2021 | 2022 | Change |
// Comment | Linked actions' looks like a plan header and whose Linked actions cells name the plan's refs; a paragraph on last year's plan.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Harnwick General Hospital NHS Trust';
  const p = new Plan(book, { name: 'holdout96-wres-2022-23-harnwick', sheet: 'WRES 2022', standard: 'WRES', period: '2022-23', trust, widths: [30, 10, 10, 10, 50, 24, 16], font: { name: 'Calibri', size: 11 } });
  const M = ['A', 'G'];
  p.line(['WRES 2022: report and action plan 2022-23'], { merge: M, style: { bold: true, font: { size: 16 }, color: C.nhs } });
  p.line([trust], { merge: M, style: { bold: true } });
  p.blank();
  p.line(['Summary'], { style: { bold: true, font: { size: 12 } } });
  const narr = [];
  narr.push(p.line(['Five of our nine indicators improved in 2022. The gaps that matter most are still in appointment from shortlisting and in bullying and discrimination reported by BME colleagues. The plan below has eight actions; each is linked to the indicators it is meant to move in the appendix.'], { merge: M, height: 46 }));
  p.blank();
  p.line(['Action plan 2022-23'], { style: { bold: true, font: { size: 12 } } });
  const hdr = p.header(['WRES indicator', 'Ref', '', '', 'Action', 'Lead', 'Status'], { merge: ['B', 'D'], style: { fill: C.nhs, color: C.white } });
  const rows = [
    ['2 – Appointment from shortlisting', 'H1', 'Make the “inclusive recruitment” e-learning a condition of sitting on any interview panel at Band 6 and above.', 'Head of Talent Acquisition', 'In progress'],
    ['2 – Appointment from shortlisting', 'H2', 'Pilot name-blind shortlisting for administrative and clerical posts in the surgery division.', 'Divisional HR Business Partner (Surgery)', 'Complete'],
    ['1 – Representation at 8a+', 'H3', 'Agree divisional targets for BME representation at Band 8a and above and report them to the People Committee each quarter.', 'Director of People', 'In progress'],
    ['3 – Formal disciplinary', 'H4', 'Carry on the pre-formal decision panel (from 2021-22) and add a BME network representative to it.', 'Head of Employee Relations', 'Not started'],
    ['5 – Abuse from patients', 'H5', 'Introduce a yellow / red card letter for patients who racially abuse staff, backed by the security team.', 'Head of Security', 'Overdue'],
    ['6 & 8 – Bullying and discrimination', 'H6', 'Train 40 civility champions from theatres, maternity and the emergency department.', 'Head of Organisational Development', 'In progress'],
    ['6 & 8 – Bullying and discrimination', 'H7', 'Run a bystander programme for all Band 7 ward and department managers (carried forward from 2021-22).', 'Head of Organisational Development', 'Not started'],
    ['9 – Board', 'H8', 'Take part in the NHS England aspiring non-executive programme and host two BME placements on Board committees.', 'Chair', 'Complete'],
  ];
  const ind = { '2 – Appointment from shortlisting': ['2'], '1 – Representation at 8a+': ['1'], '3 – Formal disciplinary': ['3'], '5 – Abuse from patients': ['5'], '6 & 8 – Bullying and discrimination': ['6', '8'], '9 – Board': ['9'] };
  const first = p.r + 1;
  for (const [i, ref, act, lead, st] of rows) p.action([i, ref, '', '', act, lead, st], { ref, indicators: ind[i], action: act, lead, status: st }, { merge: ['B', 'D'], styles: [{}, { alignment: { horizontal: 'center' } }] });
  for (let r = first; r <= p.r; r++) p.ws.getCell(`G${r}`).dataValidation = { type: 'list', allowBlank: true, formulae: ['"Not started,In progress,Complete,Overdue"'] };
  p.blank();
  p.line(['Appendix – our WRES data 2022 (ESR at 31 March 2022; 2021 NHS Staff Survey)'], { merge: M, style: { bold: true, font: { size: 12 } } });
  const ctx = [];
  ctx.push(p.line(['Indicator', '2021', '2022', 'Change', 'Comment', 'Linked actions', ''], { border: true, style: { bold: true, fill: C.grey } }));
  const figs = [
    ['1. BME staff at Band 8a and above', '9.7%', '10.9%', '+1.2', 'Improving slowly; 24% of all staff are BME', 'H3'],
    ['2. White applicants more likely to be appointed', '1.66', '1.49', '-0.17', 'Still above the 1.25 threshold', 'H1, H2'],
    ['3. BME staff more likely to enter formal disciplinary', '1.21', '1.08', '-0.13', 'Within the non-adverse range', 'H4'],
    ['4. White staff more likely to access CPD', '0.96', '1.01', '+0.05', 'No adverse difference', '–'],
    ['5. Abuse from patients / public (BME)', '30.8%', '32.6%', '+1.8', 'White staff 27.1%', 'H5'],
    ['6. Bullying from staff (BME)', '29.9%', '27.4%', '-2.5', 'White staff 22.3%', 'H6, H7'],
    ['7. Equal opportunities for progression (BME)', '44.1%', '47.0%', '+2.9', 'White staff 58.8%', 'H3'],
    ['8. Discrimination from manager / colleague (BME)', '16.2%', '14.8%', '-1.4', 'White staff 6.0%', 'H6, H7'],
    ['9. BME voting Board members', '1', '2', '+1', 'Board 13.3%; workforce 24%', 'H8'],
  ];
  for (const f of figs) ctx.push(p.line([...f, ''], { border: true, styles: [{}, { alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }, { italic: true }, { alignment: { horizontal: 'center' } }] }));
  p.blank();
  p.line(['Our 2021-22 plan'], { style: { bold: true } });
  narr.push(p.line(['Of the nine actions in last year’s plan, seven were completed by March 2022. The decision panel for disciplinary cases and the bystander programme were not finished and continue this year as H4 and H7.'], { merge: M, height: 32 }));
  p.ws.views = [{ showGridLines: true }];
  await book.save(`${p.name}.xlsx`);
  p.saveGold(`Original report (fictional acute trust), the WRES 2022 report on ONE sheet with the ACTION PLAN FIRST and the data after it. Top: the title in large blue type, the trust, a 'Summary' heading and paragraph. 'Action plan 2022-23': one blue header 'WRES indicator | Ref | Action | Lead | Status' (row ${hdr}; Ref merged B–D) and eight actions H1–H8; the indicator is written with its name ('6 & 8 – Bullying and discrimination'); the Status cells carry a DROP-DOWN list (Not started, In progress, Complete, Overdue) and no colour; the plan has no date column. Below: 'Appendix – our WRES data 2022' – a grey-headed FIGURES TABLE 'Indicator | 2021 | 2022 | Change | Comment | Linked actions' with one row per indicator (the Linked actions cells name plan refs, 'H6, H7'); then 'Our 2021-22 plan' with a paragraph on last year's plan. Judgement calls: the appendix header looks like a plan header but is not one (header rows = [${hdr}]); the figures rows are not actions even though they carry refs; indicators from the WRES indicator cell's leading number(s) ('6 & 8 – …' → ['6','8']); ref = Ref; lead = Lead; due '' (no date in the plan); status = the drop-down word as chosen, rag null (no colour, no key); theme null; 'March 2022' in the last paragraph is no due.`, { notFromRows: { rows: ctx, fields: ['action', 'lead', 'status', 'due'] }, dataRows: [...ctx, ...narr], forbidden: ['March 2022', 'H6, H7'] });
}
