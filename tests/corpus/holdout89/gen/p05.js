// holdout89-wres-2020-21-penwithy: a small SPECIALIST orthopaedic trust's WRES plan in the Covid year: a data tab first, then the plan with
// the trust's three objectives MERGED DOWN beside their actions, one combined 'Exec lead / Operational lead' column, dues typed every which
// way, BRAG words on fills and the key at the foot.
import { Book, Plan, C, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Penwithy Orthopaedic Hospital NHS Foundation Trust';
  const d = book.wb.addWorksheet('WRES data 2020');
  [44, 12, 12, 30].forEach((w, i) => { d.getColumn(i + 1).width = w; });
  d.getCell('A1').value = 'WRES 2020 – summary of indicators'; d.getCell('A1').font = { name: 'Calibri', size: 12, bold: true };
  d.getRow(3).values = ['Indicator', 'BME', 'White', 'Note']; d.getRow(3).font = { name: 'Calibri', bold: true };
  [['1 – BME staff in the workforce', '14.2%', '', 'Theatres and nursing mainly'], ['2 – likelihood of appointment (White : BME)', '1.58', '', 'Worse than 2019 (1.44)'], ['3 – formal disciplinary (BME : White)', '0.86', '', ''], ['5 – abuse from patients', '24%', '21%', ''], ['6 – abuse from staff', '30%', '22%', ''], ['7 – equal opportunities', '69%', '86%', ''], ['9 – Board', '0 of 11', '', '']].forEach((r, i) => { d.getRow(4 + i).values = r; d.getRow(4 + i).font = { name: 'Calibri' }; });
  const p = new Plan(book, { name: 'holdout89-wres-2020-21-penwithy', sheet: 'Action plan', standard: 'WRES', period: '2020-21', trust, widths: [26, 8, 54, 34, 14, 18], font: { name: 'Calibri', size: 10 } });
  p.line([`${trust}`], { merge: ['A', 'F'], style: { bold: true, font: { size: 13 } } });
  p.line(['WRES Action Plan 2020/21 (revised July 2020 to take account of Covid-19)'], { merge: ['A', 'F'], style: { bold: true } });
  p.blank();
  p.header(['Objective', 'WRES Ind.', 'Action', 'Exec lead / Operational lead', 'Due', 'BRAG'], { style: { fill: C.tan } });
  const FILL = { Complete: C.lightblue, 'On track': C.green, 'Delayed – Covid': C.amber, 'Off track': C.red, 'Not started': null };
  const RAG = { Complete: 'blue', 'On track': 'green', 'Delayed – Covid': 'amber', 'Off track': 'red', 'Not started': null };
  const objs = [
    ['A fairer route into and through the hospital', [
      ['2', 'Put a BME staff member on every interview panel for theatre, ward and outpatient posts at Band 5 and above.', 'Director of Workforce / Recruitment Manager', 'end Dec 2020', 'On track', ['2']],
      ['2', 'Send the shortlisting and appointment figures for each vacancy back to the recruiting manager with a short note of the gap.', 'Director of Workforce / Workforce Information Analyst', '31.03.21', 'Not started', ['2']],
      ['1, 7', 'Ring-fence two places on the trust’s Aspiring Leaders programme for BME theatre practitioners and ODPs.', 'Chief Nurse / Practice Education Lead', 'Sept 2020', 'Delayed – Covid', ['1', '7']],
    ]],
    ['Respect in every department', [
      ['5', 'Put a “zero tolerance” statement about racist abuse in the pre-admission letter sent to every elective patient.', 'Chief Operating Officer / Patient Experience Manager', 'Q3', 'Complete', ['5']],
      ['6', 'Start a Race Equality Allies group and hold cultural awareness sessions in theatres, where most reports come from.', 'Chief Nurse / Theatres Matron', 'Mar 21', 'Delayed – Covid', ['6']],
      ['6, 8', 'Make sure that every complaint of racial discrimination goes to the Freedom to Speak Up Guardian as well as to HR.', 'Director of Workforce / FTSU Guardian', 'Aug 2020', 'Complete', ['6', '8']],
    ]],
    ['Covid-19 and our BME colleagues', [
      ['All', 'Complete a Covid-19 risk assessment with every BME member of staff and record it in ESR.', 'Medical Director / Occupational Health Lead', '30.06.20', 'Complete', ['1', '2', '3', '4', '5', '6', '7', '8', '9']],
      ['9', 'Invite the BME Network chair to attend Board meetings as an observer while the Covid recovery plan is agreed.', 'Chair / Trust Secretary', 'Oct 2020', 'Off track', ['9']],
    ]],
  ];
  for (const [obj, acts] of objs) {
    const first = p.r + 1;
    for (const [i, [ind, act, lead, due, st, inds]] of acts.entries()) p.action([i ? '' : obj, ind, act, lead, due, st], { indicators: inds, theme: obj, action: act, lead, due, status: st, rag: RAG[st] }, { styles: [{ bold: true }, { alignment: { horizontal: 'center' } }, {}, {}, {}, { fill: FILL[st] }] });
    mergeDown(p.ws, 'A', first, p.r);
  }
  p.blank();
  p.line(['BRAG key:', '', 'Blue – complete', 'Green – on track', 'Amber – delayed (reason given)', 'Red – off track'], { styles: [{ bold: true }, {}, { fill: C.lightblue }, { fill: C.green }, { fill: C.amber }, { fill: C.red }] });
  p.line(['Actions carried over from 2019/20 are shown in the 2019/20 closing report and are not repeated here.'], { merge: ['A', 'F'], style: { italic: true, font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional specialist orthopaedic foundation trust, Covid year). Two tabs: 'WRES data 2020' (the indicator figures – data only, no actions) and 'Action plan', the gold sheet: the trust, a title saying the plan was revised in July 2020 for Covid-19, a blank row, the header 'Objective | WRES Ind. | Action | Exec lead / Operational lead | Due | BRAG' (row 4), three OBJECTIVES merged down column A beside eight actions, then after a blank row a one-row BRAG key (swatch cells) and an italic line about carried-over actions. Judgement calls: theme = the merged Objective cell beside the action; lead = the one lead column kept whole as written, both roles with the slash ('Director of Workforce / Recruitment Manager'), because the plan gives the two as one lead cell; due = Due as typed ('end Dec 2020', '31.03.21', 'Sept 2020', 'Q3', 'Mar 21', '30.06.20'); status = the BRAG word, rag from its fill (Complete on light blue → blue; 'Delayed – Covid' amber; 'Not started' unfilled → null); indicators from 'WRES Ind.' ('1, 7' and '6, 8' → both; 'All' → all nine); no progress column; no ref; the data tab and the key row give no field; the revision month is no due.", { mode: 'fill', ragCol: 6, themeCol: 'A', indCol: 'B' });
}
