// holdout40-wres-2021-22-pennridge: an ambulance trust's WRES tracker workbook: a DASHBOARD first (COUNTIF counts of each RAG on this
// year's plan and last year's, for the People Committee), THIS YEAR'S PLAN on the second sheet, LAST YEAR'S PLAN kept on the third
// (same columns, final statuses, 'Carried forward'), and the data behind the trend chart on the fourth.
import { Book, Plan, C, D, shown, fillSheet } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Pennine Ridge Ambulance Service NHS Trust';
  const dash = book.wb.addWorksheet('Dashboard');
  const SHEET = 'Plan 2021-22';
  const p = new Plan(book, { name: 'holdout40-wres-2021-22-pennridge', sheet: SHEET, standard: 'WRES', period: '2021-22', trust, widths: [8, 60, 12, 30, 12, 14, 44], font: { name: 'Arial', size: 10 } });
  const last = book.wb.addWorksheet('Plan 2020-21');
  const chart = book.wb.addWorksheet('Chart data');
  p.line([`${trust}: WRES Action Plan 2021-22`], { merge: ['A', 'G'], style: { bold: true, font: { size: 12 }, fill: C.darkblue, color: C.white } });
  p.header(['ID', 'Action', 'WRES indicator', 'Responsible', 'Due', 'RAG', 'Update (March 2022)'], { style: { fill: C.paleblue } });
  const fm = 'mmm-yy';
  const RF = { Complete: C.blue, 'On track': C.green, 'At risk': C.amber, 'Off track': C.red };
  const RR = { Complete: 'blue', 'On track': 'green', 'At risk': 'amber', 'Off track': 'red' };
  const secs = [];
  const S = [
    ['Recruitment and progression', [
      ['R1', 'Train every Band 7 and above recruiting manager in the new values-based interviewing, including bias in scoring.', '2', 'Head of Resourcing', D(2021, 12, 31), 'Complete', '212 managers trained by December.'],
      ['R2', 'Open a paramedic apprenticeship cohort in partnership with two further education colleges serving the most diverse parts of our area.', '1', 'Head of Education', D(2022, 3, 31), 'On track', 'First cohort of 24 starts in April.'],
      ['R3', 'Reserve places on the Clinical Team Leader development programme for BME colleagues who meet the entry criteria.', '7', 'Organisational Development Lead', D(2022, 1, 31), 'At risk', 'Only three applications so far; closing date extended.'],
    ]],
    ['Culture and wellbeing', [
      ['C1', 'Fit body-worn cameras on all frontline crews and publish how footage is used when staff are racially abused.', '5', 'Head of Security and Resilience', D(2022, 3, 31), 'On track', 'Roll-out 70% complete.'],
      ['C2', 'Introduce a post-incident support call within 72 hours for any colleague who reports racist abuse.', '5, 6', 'Head of Wellbeing', D(2021, 10, 31), 'Complete', ''],
      ['C3', 'Review every disciplinary referral involving a BME colleague at a weekly case panel before it goes to investigation.', '3', 'Head of Employee Relations', D(2021, 9, 30), 'Off track', 'Panel paused over the winter; restarting in April.'],
    ]],
    ['Leadership and accountability', [
      ['L1', 'Give each executive director a WRES objective in their annual appraisal, reported to the Remuneration Committee.', '8, 9', 'Chief Executive', D(2021, 7, 31), 'Complete', 'Objectives set in July appraisals.'],
      ['L2', 'Run reverse mentoring for the executive team with members of the BME staff network.', '6, 8', 'Director of People', D(2022, 3, 31), 'On track', 'Five of eight pairs meeting.'],
    ]],
  ];
  for (const [sec, acts] of S) {
    secs.push(p.line([sec], { merge: ['A', 'G'], style: { bold: true, fill: C.grey } }));
    for (const [id, act, ind, lead, due, rag, upd] of acts)
      p.action([id, act, ind, lead, due, rag, upd], { ref: id, indicators: ind.split(', '), theme: sec, action: act, lead, due: shown(due, fm), status: rag, rag: RR[rag], progress: upd }, { styles: [{}, {}, { alignment: { horizontal: 'center' } }, {}, { numFmt: fm }, { fill: RF[rag], color: rag === 'Complete' || rag === 'Off track' ? C.white : C.black }] });
  }
  const n = p.actions.length; const lastRow = p.r;
  const cnt = (w) => p.actions.filter((a) => a.status === w).length;
  // last year's plan – same columns, final position
  const L = [
    ['1', 'Add a BME recruitment champion to every emergency operations centre recruitment campaign.', '2', 'Head of Resourcing', 'Mar-21', 'Complete', 'Champions on all four campaigns.'],
    ['2', 'Develop a positive action programme for aspiring team leaders.', '7', 'Organisational Development Lead', 'Mar-21', 'Carried forward', 'Replaced by R3 in 2021-22.'],
    ['3', 'Report the ethnicity of staff entering formal disciplinary processes to every People Committee.', '3', 'Head of Employee Relations', 'Sep-20', 'Complete', 'Standing item since September 2020.'],
    ['4', 'Pilot body-worn cameras at two stations.', '5', 'Head of Security and Resilience', 'Dec-20', 'Complete', 'Pilot evaluated; roll-out approved.'],
    ['5', 'Launch a race equality e-learning module for all staff.', '6', 'Head of Education', 'Mar-21', 'Carried forward', 'Module delayed by COVID-19 training priorities.'],
    ['6', 'Agree a Board development session on race equality.', '9', 'Director of Corporate Affairs', 'Jan-21', 'Complete', 'Session held 21 January 2021.'],
  ];
  fillSheet(last, { widths: [8, 60, 12, 30, 12, 16, 44], rows: [
    { v: [`${trust}: WRES Action Plan 2020-21 – FINAL POSITION (closed 31 March 2021)`], bold: true, merge: 'A:G', fill: C.grey },
    { v: ['ID', 'Action', 'WRES indicator', 'Responsible', 'Due', 'RAG', 'Final update'], bold: true, fill: C.paleblue, border: true },
    ...L.map((r) => ({ v: r, border: true, fill: [null, null, null, null, null, r[5] === 'Complete' ? C.blue : C.amber] })),
  ] });
  const lc = (w) => L.filter((r) => r[5] === w).length;
  const f = (w) => ({ formula: `COUNTIF('${SHEET}'!F3:F${lastRow},"${w}")`, result: cnt(w) });
  fillSheet(dash, { widths: [30, 14, 14], rows: [
    { v: [trust], bold: true, size: 13, merge: 'A:C' },
    { v: ['WRES action plan dashboard – People Committee, 26 April 2022'], bold: true, merge: 'A:C' },
    null,
    { v: ['RAG', '2021-22', '2020-21 (final)'], bold: true, fill: C.paleblue, border: true },
    { v: ['Complete', f('Complete'), { formula: `COUNTIF('Plan 2020-21'!F3:F8,"Complete")`, result: lc('Complete') }], border: true, fill: [C.blue] },
    { v: ['On track', f('On track'), ''], border: true, fill: [C.green] },
    { v: ['At risk', f('At risk'), ''], border: true, fill: [C.amber] },
    { v: ['Off track', f('Off track'), ''], border: true, fill: [C.red] },
    { v: ['Carried forward', '', { formula: `COUNTIF('Plan 2020-21'!F3:F8,"Carried forward")`, result: lc('Carried forward') }], border: true },
    { v: ['Total actions', { formula: `COUNTA('${SHEET}'!A3:A${lastRow})-${S.length}`, result: n }, { formula: `COUNTA('Plan 2020-21'!A3:A8)`, result: L.length }], bold: true, border: true },
    null,
    { v: ['Trend chart: see "Chart data" (indicators 2, 5 and 6, 2017–2021).'], italic: true, merge: 'A:C' },
  ] });
  fillSheet(chart, { widths: [30, 10, 10, 10, 10, 10], rows: [
    { v: ['Chart data – do not delete (feeds the trend chart on the Board report)'], italic: true, merge: 'A:F' },
    { v: ['Measure', '2017', '2018', '2019', '2020', '2021'], bold: true, border: true },
    { v: ['Indicator 2 – relative likelihood (White vs BME appointed)', 2.31, 2.02, 1.96, 1.74, 1.58], border: true, numFmt: [null, '0.00', '0.00', '0.00', '0.00', '0.00'] },
    { v: ['Indicator 5 – BME staff, abuse from public', 0.412, 0.448, 0.431, 0.397, 0.405], border: true, numFmt: [null, '0.0%', '0.0%', '0.0%', '0.0%', '0.0%'] },
    { v: ['Indicator 5 – White staff, abuse from public', 0.366, 0.371, 0.358, 0.342, 0.339], border: true, numFmt: [null, '0.0%', '0.0%', '0.0%', '0.0%', '0.0%'] },
    { v: ['Indicator 6 – BME staff, abuse from staff', 0.341, 0.322, 0.318, 0.296, 0.287], border: true, numFmt: [null, '0.0%', '0.0%', '0.0%', '0.0%', '0.0%'] },
    { v: ['Indicator 6 – White staff, abuse from staff', 0.271, 0.268, 0.259, 0.244, 0.238], border: true, numFmt: [null, '0.0%', '0.0%', '0.0%', '0.0%', '0.0%'] },
  ] });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, an ambulance service) in a four-sheet WRES tracker: sheet 1 'Dashboard' (trust name, committee date, a table counting each RAG on this year's plan and on last year's with COUNTIF formulas – cached counts shown – a total, a pointer to the chart data), sheet 2 'Plan 2021-22' (this year's plan), sheet 3 'Plan 2020-21' (LAST YEAR'S PLAN with the same columns, headed 'FINAL POSITION (closed 31 March 2021)', six actions with final RAG words Complete / Carried forward and final updates), sheet 4 'Chart data' (indicator 2, 5 and 6 figures for 2017–2021). The gold reads sheet 2: the workbook is the 2021-22 tracker, the dashboard counts this sheet's RAG first, and the 2020-21 sheet is closed. Layout of sheet 2: a dark title bar with the trust name, the header 'ID | Action | WRES indicator | Responsible | Due | RAG | Update (March 2022)' (row 2), three grey section rows merged across (Recruitment and progression; Culture and wellbeing; Leadership and accountability) each above its actions R1–R3, C1–C3, L1–L2. Judgement calls: last year's actions are not actions of this plan, even those carried forward (R3 replaces one; its own text is on sheet 2); no field is taken from the dashboard or last year's sheet; theme = the section row above; status = the RAG word, rag = its fill (Complete blue, On track green, At risk amber, Off track red); due = Due as shown (mmm-yy); indicators from the WRES indicator column ('5, 6' gives two); Update = progress where filled.", {
    mode: 'fill', ragCol: 'F', sections: secs, crossRef: { metricCol: 'C', otherCols: [] },
    counts: { sheet: 'Dashboard', cells: { B5: 'Complete', B6: 'On track', B7: 'At risk', B8: 'Off track', B10: '*' } },
    book: { sheets: ['Dashboard', SHEET, 'Plan 2020-21', 'Chart data'], planIndex: 1, elsewhere: ['Carried forward', 'Mar-21', 'Dec-20', 'Sep-20', 'Jan-21', 'Director of Corporate Affairs'], lookAlike: { 'Plan 2020-21': 6 } },
  });
}
