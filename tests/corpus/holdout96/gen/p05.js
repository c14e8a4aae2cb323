// holdout96-wres-2020-21-lindworth: community and mental health trust, WRES report on one sheet at year end (Covid year): workforce
// figures with counts and relative likelihoods as FORMULAS, a survey table, a board line, bulleted key findings, then the plan with BOTH an
// Executive lead and an Operational lead column, real dates, a March 2021 progress column and status words on fills ('Paused (COVID-19)' grey).
import { Book, Plan, C, D } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Lindworth Community and Mental Health NHS Trust';
  const p = new Plan(book, { name: 'holdout96-wres-2020-21-lindworth', sheet: 'WRES 2020-21', standard: 'WRES', period: '2020-21', trust, widths: [7, 44, 10, 22, 24, 12, 38, 14], font: { name: 'Arial', size: 9 } });
  const M = ['A', 'H'];
  p.line([trust], { merge: M, style: { bold: true, font: { size: 12 } } });
  p.line(['Workforce Race Equality Standard: 2020 data and 2020-21 action plan – year-end position'], { merge: M, style: { bold: true } });
  p.line(['Author: Equality and Inclusion Team   |   Executive sponsor: Chief People Officer   |   Date: 22 April 2021'], { merge: M, style: { italic: true, color: 'FF595959' } });
  p.blank();
  const ctx = []; const narr = [];
  p.line(['Workforce indicators 2 to 4 (1 April 2019 – 31 March 2020)'], { merge: ['A', 'E'], style: { bold: true, color: C.nhs } });
  ctx.push(p.line(['', 'Measure', 'White', 'BME', 'Relative likelihood'], { border: true, style: { bold: true, fill: C.paleblue } }));
  const n = (v) => ({ alignment: { horizontal: 'center' } });
  const rows = [
    ['2', 'Shortlisted', 1652, 604], ['', 'Appointed from shortlisting', 391, 102],
    ['3', 'Staff in post (two-year average)', 3120, 688], ['', 'Entered formal disciplinary process', 21, 9],
    ['4', 'Staff in post', 3086, 701], ['', 'Accessed non-mandatory training / CPD', 1210, 262],
  ];
  const at = p.r + 1;
  for (const r of rows) ctx.push(p.line(r, { border: true, styles: [{ alignment: { horizontal: 'center' }, bold: true }, {}, n(), n()] }));
  // relative likelihoods as formulas beside the second row of each pair (cached results as Excel would store them)
  const f = [
    [at + 1, `(C${at + 1}/C${at})/(D${at + 1}/D${at})`, (391 / 1652) / (102 / 604)],
    [at + 3, `(D${at + 3}/D${at + 2})/(C${at + 3}/C${at + 2})`, (9 / 688) / (21 / 3120)],
    [at + 5, `(C${at + 5}/C${at + 4})/(D${at + 5}/D${at + 4})`, (1210 / 3086) / (262 / 701)],
  ];
  for (const [r, fm, v] of f) { const c = p.ws.getCell(`E${r}`); c.value = { formula: fm, result: Math.round(v * 1e6) / 1e6 }; c.numFmt = '0.00'; c.alignment = { horizontal: 'center' }; c.font = { ...p.font, bold: true }; }
  p.blank();
  p.line(['Staff survey indicators 5 to 8 (% of staff)'], { merge: ['A', 'E'], style: { bold: true, color: C.nhs } });
  ctx.push(p.line(['', 'Indicator', '', '2019 survey', '2020 survey'], { border: true, style: { bold: true, fill: C.paleblue } }));
  const pc = { numFmt: '0.0%', alignment: { horizontal: 'center' } };
  const sv = [
    ['5', 'Harassment from patients / public', 'White', 0.262, 0.248], ['', '', 'BME', 0.318, 0.305],
    ['6', 'Harassment from staff', 'White', 0.221, 0.214], ['', '', 'BME', 0.287, 0.298],
    ['7', 'Equal opportunities for progression', 'White', 0.871, 0.879], ['', '', 'BME', 0.703, 0.732],
    ['8', 'Discrimination from manager / colleague', 'White', 0.061, 0.058], ['', '', 'BME', 0.162, 0.139],
  ];
  for (const r of sv) ctx.push(p.line(r, { border: true, styles: [{ alignment: { horizontal: 'center' }, bold: true }, {}, { italic: true }, pc, pc] }));
  ctx.push(p.line(['1', 'BME staff at Band 8a and above: 8.8% (2019: 7.9%) against 18.5% of the whole workforce.'], { merge: ['B', 'H'] }));
  ctx.push(p.line(['9', 'Board: 2 of 15 voting members are BME (13.3%), one more than in 2019.'], { merge: ['B', 'H'] }));
  p.blank();
  p.line(['Key findings'], { style: { bold: true, color: C.nhs } });
  for (const t of ['•  The appointment gap (indicator 2) is the widest in five years and is driven by Band 6 and 7 nursing posts.', '•  BME staff experienced less discrimination in 2020, but bullying by colleagues rose again.', '•  Several actions were paused between April and August 2020 while staff were redeployed to COVID-19 wards and the vaccination programme.']) narr.push(p.line(['', t], { merge: ['B', 'H'] }));
  p.blank();
  p.line(['Action plan 2020-21 – position at 31 March 2021'], { merge: M, style: { bold: true, font: { size: 11 } } });
  const hdr = p.header(['Ref', 'Action', 'WRES ind.', 'Executive lead', 'Operational lead', 'Target date', 'Progress (Mar 2021)', 'RAG'], { style: { fill: C.nhs, color: C.white }, height: 26 });
  const F = { Complete: C.green, 'On track': C.lightgreen, 'Partially complete': C.amber, 'Not achieved': C.red, 'Paused (COVID-19)': C.grey };
  const R = { Complete: 'green', 'On track': 'green', 'Partially complete': 'amber', 'Not achieved': 'red', 'Paused (COVID-19)': null };
  const A = [
    ['R1', 'Require a BME panel member and a values-based question set for all Band 6 and 7 nursing interviews.', '2', 'Chief Nurse', 'Head of Recruitment', D(2020, 9, 30), 'In place since October; 86% of panels compliant in Q4.', 'Complete'],
    ['R2', 'Send the recruiting manager and matron an outcome report by ethnicity for every Band 7 campaign.', '2', 'Chief People Officer', 'Workforce Intelligence Lead', D(2020, 12, 31), 'Reports issued for 11 campaigns; template being automated.', 'On track'],
    ['R3', 'Offer a “stepping up” development programme for BME staff at Bands 4 to 6.', '1, 7', 'Chief People Officer', 'Head of Leadership and OD', D(2021, 3, 31), 'First cohort of 24 started in January; second cohort deferred.', 'Partially complete'],
    ['R4', 'Have a senior HR review of every proposed formal disciplinary involving a BME member of staff.', '3', 'Chief People Officer', 'Employee Relations Manager', D(2020, 7, 31), 'Reviews carried out on all 7 cases since July.', 'Complete'],
    ['R5', 'Train reception and ward staff in challenging racist remarks from patients and visitors.', '5', 'Chief Operating Officer', 'Patient Experience Lead', D(2020, 11, 30), 'Training could not run face to face; e-learning version in design.', 'Paused (COVID-19)'],
    ['R6', 'Launch a civility and respect campaign in the community nursing and inpatient mental health teams.', '6', 'Chief Nurse', 'Deputy Director of Nursing', D(2021, 1, 31), 'Campaign delayed by the second wave; launch now planned for June 2021.', 'Not achieved'],
    ['R7', 'Complete COVID-19 risk assessments for all BME staff and review them with each person.', '6, 8', 'Medical Director', 'Head of Occupational Health', D(2020, 6, 30), '98% of BME staff have a completed assessment.', 'Complete'],
    ['R8', 'Recruit a BME Network chair with two days a week of protected time.', '8', 'Chief Executive', 'Equality and Inclusion Lead', D(2020, 10, 31), 'Chair appointed in February 2021.', 'On track'],
  ];
  for (const r of A) {
    const [ref, act, ind, exec, lead, due, prog, st] = r;
    p.action(r, { ref, indicators: ind.split(', '), action: act, lead, due: `${String(due.getUTCDate()).padStart(2, '0')}/${String(due.getUTCMonth() + 1).padStart(2, '0')}/${due.getUTCFullYear()}`, status: st, rag: R[st], progress: prog }, { styles: [{ alignment: { horizontal: 'center' } }, {}, { alignment: { horizontal: 'center' } }, {}, {}, { numFmt: 'dd/mm/yyyy', alignment: { horizontal: 'center' } }, {}, { fill: F[st] }] });
  }
  p.blank();
  p.line(['The 2021-22 plan will be drafted once the 2021 WRES data are submitted in August 2021.'], { merge: M, style: { italic: true } });
  p.ws.views = [{ state: 'frozen', ySplit: 3, showGridLines: false }];
  await book.save(`${p.name}.xlsx`);
  p.saveGold(`Original report (fictional community and mental health trust), the WRES 2020 report and year-end position of its 2020-21 plan on ONE sheet. Top (frozen): trust, title, an italic author / executive sponsor / date line. Then a WORKFORCE FIGURES TABLE ('Measure | White | BME | Relative likelihood') in pairs of rows for indicators 2, 3 and 4, the relative likelihood a FORMULA on the second row of each pair; a STAFF SURVEY TABLE ('Indicator | 2019 survey | 2020 survey', White and BME rows for 5 to 8, percentages); one-line figures for indicators 1 and 9; three bulleted 'Key findings'; then the plan: a heading, one blue header 'Ref | Action | WRES ind. | Executive lead | Operational lead | Target date | Progress (Mar 2021) | RAG' (row ${hdr}) and eight actions R1–R8, then a closing line. Judgement calls: the figures rows (and their header rows), the indicator 1 and 9 lines and the findings bullets are not actions; header rows = [${hdr}]; ref = Ref; indicators from 'WRES ind.' ('1, 7' → both); lead = Operational lead – the Executive lead is the accountable director, never the lead (as with an exec sponsor); due = Target date, a real date shown dd/mm/yyyy; progress = 'Progress (Mar 2021)' as written; status = the RAG word, rag from its fill (Complete green, On track light green → green, Partially complete amber, Not achieved red, 'Paused (COVID-19)' on grey → null); theme null; the report date, June 2021 and August 2021 in text are no dues.`, { mode: 'fill', ragCol: 8, notFrom: ['D'], dataRows: [...ctx, ...narr], notFromRows: { rows: ctx, fields: ['action', 'lead', 'due', 'status'] }, forbidden: ['Chief People Officer', 'Equality and Inclusion Team', '22 April 2021'] });
}
