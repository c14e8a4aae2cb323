// holdout73-wres-2025-26-rushmere: acute teaching FT, an ordinary WRES plan half-way through 2025-26. Everyday quirks: the editor
// HIGHLIGHTED IN YELLOW every cell changed since the last meeting (progress cells, one action's wording), with a one-line note saying
// so; and a small RAG SUMMARY of COUNTIF formulas left under the table. Status words on fills; timescales typed as quarters.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Rushmere Teaching Hospitals NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout73-wres-2025-26-rushmere', sheet: 'WRES 25-26', standard: 'WRES', period: '2025-26', trust, widths: [9, 11, 56, 30, 12, 12, 46], font: { name: 'Aptos Narrow', size: 11 } });
  p.line([`${trust} – WRES Action Plan 2025/26`], { merge: ['A', 'G'], style: { bold: true, font: { size: 14 } } });
  p.line(['Cells highlighted yellow have changed since the September meeting of the Inclusion Steering Group.'], { merge: ['A', 'G'], style: { italic: true, fill: C.yellow } });
  p.blank();
  const h = p.header(['Action No.', 'Indicator(s)', 'Action', 'Lead', 'Timescale', 'RAG', 'Progress'], { style: { fill: 'FF41B6E6', alignment: { vertical: 'middle', wrapText: true } } });
  p.ws.views = [{ state: 'frozen', ySplit: h }];
  const S = { Complete: [C.blue, 'blue', C.white], 'On track': [C.green, 'green'], 'Some risk': [C.amber, 'amber'], 'Off track': [C.red, 'red', C.white] };
  // [no, ind, inds, action, lead, timescale, rag, progress, highlighted cols]
  const rows = [
    ['R01', '1', ['1'], 'Refresh the divisional workforce race data packs each quarter, including bank staff for the first time.', 'Head of Workforce Insight', 'Q1', 'Complete', 'Q1 and Q2 packs include bank workers; Q3 pack due in January.', []],
    ['R02', '1, 7', ['1', '7'], "Run the 'Next Step' programme for internationally educated nurses and midwives moving from Band 5 to Band 6.", 'Deputy Chief Nurse (Workforce)', 'Q2–Q3', 'On track', 'Cohort 2 (24 nurses and midwives) started in November.', ['G']],
    ['R03', '2', ['2'], 'Require a diverse panel with an independent member for every Band 8a and above appointment, and check compliance each month.', 'Head of Talent Acquisition', 'Ongoing', 'On track', 'Compliance 91% in October.', []],
    ['R04', '2', ['2'], 'Pilot anonymised shortlisting in estates and facilities and for medical secretaries.', 'Head of Talent Acquisition', 'By Mar-26', 'Some risk', 'Pilot agreed for estates; the admin pilot has not started.', ['G']],
    ['R05', '3', ['3'], 'Keep the pre-formal decision panel for all disciplinary cases and publish its outcomes by ethnicity twice a year.', 'Head of Employee Relations', 'Ongoing', 'On track', 'Six-monthly report went to the People Committee in October.', []],
    ['R06', '4', ['4'], 'Track CPD funding approvals by ethnicity and staff group through the new learning management system.', 'Head of Education', 'Q3', 'Off track', 'The system cannot report on this until its next release.', ['G']],
    ['R07', '5', ['5'], 'Bring in a zero-tolerance process for racist abuse from patients, with warning letters signed by the Chief Operating Officer.', 'Head of Security', 'Q2', 'Complete', '12 letters issued since July.', []],
    ['R08', '6, 8', ['6', '8'], 'Train 40 Freedom to Speak Up champions from the staff networks, with a focus on theatres, maternity and estates.', 'Freedom to Speak Up Guardian', 'Q4', 'On track', '26 champions trained.', ['C']],
    ['R09', '7', ['7'], 'Set up a sponsorship scheme pairing BME staff at Bands 7 and 8a with executive and divisional directors.', 'Head of Leadership & OD', 'Q3–Q4', 'Some risk', 'Matching is slow – 9 pairs of 20.', ['G']],
    ['R10', '9', ['9'], 'Report the ethnicity of board members and senior leaders in the annual report, and use diverse shortlists for all board appointments.', 'Company Secretary', 'By Mar-26', 'On track', 'Diverse shortlist used for the new non-executive director in October.', []],
  ];
  let first = 0, last = 0; const lit = [];
  for (const [no, ind, inds, act, lead, ts, st, prog, hi] of rows) {
    const styles = [{ alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }, {}, {}, { alignment: { horizontal: 'center' } }, { fill: S[st][0], ...(S[st][2] ? { color: S[st][2] } : {}), alignment: { horizontal: 'center' } }, {}];
    for (const col of hi) styles[col.charCodeAt(0) - 65] = { ...styles[col.charCodeAt(0) - 65], fill: C.yellow };
    const r = p.action([no, ind, act, lead, ts, st, prog], { ref: no, indicators: inds, action: act, lead, due: ts, status: st, rag: S[st][1], progress: prog }, { styles });
    if (!first) first = r; last = r; for (const col of hi) lit.push(`${col}${r}`);
  }
  p.blank();
  const count = (w) => ({ formula: `COUNTIF($F$${first}:$F$${last},"${w}")`, result: rows.filter((x) => x[6] === w).length });
  const sumRows = [p.line(['', '', '', 'RAG summary', '', 'No.'], { styles: [{}, {}, {}, { bold: true }, {}, { bold: true, alignment: { horizontal: 'center' } }] })];
  for (const w of ['Complete', 'On track', 'Some risk', 'Off track']) sumRows.push(p.line(['', '', '', w, '', count(w)], { styles: [{}, {}, {}, { fill: S[w][0], ...(S[w][2] ? { color: S[w][2] } : {}) }, {}, { alignment: { horizontal: 'center' } }] }));
  sumRows.push(p.line(['', '', '', 'Total', '', { formula: `COUNTA($F$${first}:$F$${last})`, result: rows.length }], { styles: [{}, {}, {}, { bold: true }, {}, { bold: true, alignment: { horizontal: 'center' } }] }));
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute teaching foundation trust). Sheet 'WRES 25-26': a title naming the trust, a line on a YELLOW fill saying 'Cells highlighted yellow have changed since the September meeting …', a blank row, the light-blue header 'Action No. | Indicator(s) | Action | Lead | Timescale | RAG | Progress' (row 4, frozen), ten actions R01–R10 and, after a blank row, a small 'RAG summary' block in the Lead / RAG columns: four status words on their fills with COUNTIF formulas (cached 2, 5, 2, 1) and a Total (10). Everyday quirks: the editor HIGHLIGHTED CHANGED CELLS IN YELLOW – the progress cells of R02, R04, R06 and R09 and the action cell of R08 – and left the COUNTIF summary under the table. Timescales are typed ('Q1', 'Q2–Q3', 'By Mar-26', 'Ongoing'). Judgement calls: the yellow highlight marks a change, not a RAG (yellow is never the status of R02 – R09; rag comes only from the RAG cell's fill: Complete blue, On track green, Some risk amber, Off track red); the summary rows are counts, not actions, and their status words and numbers give no field; status = the RAG word; lead = Lead; due = Timescale as typed; progress = Progress; indicators from 'Indicator(s)' ('1, 7' and '6, 8' → both, in the order written); ref = Action No.; theme null.", { mode: 'fill', ragCol: 6, indCol: 'B', dataRows: sumRows, highlight: { fill: C.yellow, cells: lit, notCol: 'F' }, forbidden: ['RAG summary', 'Total'] });
}
