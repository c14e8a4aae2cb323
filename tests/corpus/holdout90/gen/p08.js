// holdout90-wdes-2024-25-fernacre: specialist cancer centre. Progress is a '●' in a COLOURED FONT (green / amber / red / blue) or a grey
// '○' for not started; the key is ONLY on a second sheet 'Key & glossary'. Actions grouped under three commitment section rows.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Fernacre Cancer Centre NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout90-wdes-2024-25-fernacre', sheet: 'WDES plan 24-25', standard: 'WDES', period: '2024-25', trust, widths: [6, 52, 12, 26, 12, 10, 44], font: { name: 'Arial', size: 10 } });
  p.line([`${trust}`], { merge: ['A', 'G'], style: { bold: true, font: { size: 12 }, color: C.teal } });
  p.line(['WDES action plan 2024-25 (key on the next tab)'], { merge: ['A', 'G'], style: { bold: true } });
  p.blank();
  const h = p.header(['No.', 'Action', 'Metric(s)', 'Who', 'When', 'Progress', 'Notes (Nov 2024)'], { style: { fill: C.teal, color: C.white } });
  p.ws.views = [{ state: 'frozen', ySplit: h }];
  const FONT = { green: C.green, amber: C.amber, red: C.red, blue: C.blue, none: 'FFA6A6A6' };
  const sec = (t) => p.line([t], { merge: ['A', 'G'], style: { bold: true, fill: 'FFE2F0EE' } });
  const add = (theme, no, act, met, inds, who, when, col, notes) => {
    const sym = col === 'none' ? '○' : '●';
    p.action([no, act, met, who, when, sym, notes], { ref: no, indicators: inds, theme, action: act, lead: who, due: when, status: sym, rag: col === 'none' ? null : col, progress: notes },
      { styles: [{}, {}, { alignment: { horizontal: 'center' } }, {}, {}, { color: FONT[col], font: { size: 16 }, alignment: { horizontal: 'center', vertical: 'middle' } }, {}] });
  };
  let t = 'Commitment 1: We will know our workforce'; sec(t);
  add(t, '1.1', 'Add “neurodivergent” and “long-term condition” options to the ESR self-service disability question, with guidance written by the Disability & Wellbeing Network.', '1', ['1'], 'Workforce Systems Manager', 'Jul 2024', 'blue', 'Live from 8 July.');
  add(t, '1.2', 'Report metric 1 by clinical and non-clinical cluster at every People Committee.', '1', ['1'], 'Head of Workforce Analytics', 'Each meeting', 'green', 'Reported in September and November.');
  t = 'Commitment 2: Fair chances to join and to progress'; sec(t);
  add(t, '2.1', 'Audit why disabled shortlisted applicants for radiographer and research nurse posts are less likely to be appointed.', '2', ['2'], 'Head of Resourcing', 'Sep 2024', 'amber', 'Radiography done; research nurse audit late.');
  add(t, '2.2', 'Give managers a checklist of adjustments for interviews and assessment days, including for online assessments.', '2, 5', ['2', '5'], 'Head of Resourcing', 'Oct 2024', 'green', 'Checklist issued; on the manager hub.');
  add(t, '2.3', 'Offer disabled staff at Band 6 and 7 a place on the 2025 Cancer Leaders programme.', '5', ['5'], 'Head of Leadership & OD', 'Feb 2025', 'none', 'Starts January.');
  t = 'Commitment 3: Safe and supported at work'; sec(t);
  add(t, '3.1', 'Train the Freedom to Speak Up champions in disability harassment and make them visible on the chemotherapy day units.', '4a, 4b', ['4a', '4b'], 'Freedom to Speak Up Guardian', 'Dec 2024', 'green', 'Six of eight champions trained.');
  add(t, '3.2', 'Make managers sign off a review before formal capability starts for a member of staff with a disability.', '3', ['3'], 'Employee Relations Manager', 'Sep 2024', 'red', 'Process still in draft; two cases went ahead without review.');
  add(t, '3.3', 'Move reasonable adjustment requests to one online form with a 28-day target and report delays monthly.', '8', ['8'], 'Occupational Health Manager', 'Nov 2024', 'amber', 'Form built; 28-day target met in 54% of cases.');
  add(t, '3.4', 'Pilot “wellbeing passports” on the inpatient wards so staff do not have to re-explain their condition to new managers.', '6, 7', ['6', '7'], 'Head of Wellbeing', 'Mar 2025', 'none', '');
  p.blank();
  p.line(['Metrics 9a/9b and 10 are covered by the Trust EDI Strategy actions and are not repeated here.'], { merge: ['A', 'G'], style: { italic: true, font: { size: 9 } } });
  // Key sheet
  const k = book.wb.addWorksheet('Key & glossary');
  k.getColumn(1).width = 8; k.getColumn(2).width = 60;
  const kr = [['Progress key', ''], ['●', 'Complete (blue dot)'], ['●', 'On track (green dot)'], ['●', 'Some delay (amber dot)'], ['●', 'Off track (red dot)'], ['○', 'Not started yet'], ['', ''], ['Glossary', ''], ['ESR', 'Electronic Staff Record'], ['FTSU', 'Freedom to Speak Up'], ['OD', 'Organisational Development']];
  const kc = [null, C.blue, C.green, C.amber, C.red, 'FFA6A6A6'];
  kr.forEach(([a, b], i) => { const row = k.getRow(i + 1); if (a) row.getCell(1).value = a; if (b) row.getCell(2).value = b; row.getCell(1).font = { name: 'Arial', size: i > 0 && i < 6 ? 16 : 10, bold: i === 0 || i === 7, ...(kc[i] ? { color: { argb: kc[i] } } : {}) }; row.getCell(2).font = { name: 'Arial', size: 10 }; });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional specialist cancer centre FT), Arial 10, two sheets. 'WDES plan 24-25': teal trust name, 'WDES action plan 2024-25 (key on the next tab)', a blank row, a teal header 'No. | Action | Metric(s) | Who | When | Progress | Notes (Nov 2024)' (row 4, frozen), three pale-teal COMMITMENT section rows merged across ('Commitment 1: We will know our workforce' …) with nine actions 1.1–3.4, a blank row and a line saying metrics 9a/9b and 10 are covered elsewhere. 'Key & glossary' (second sheet): the ONLY key – coloured dots blue Complete, green On track, amber Some delay, red Off track, grey '○' Not started yet – and a glossary. The Progress cell holds a large '●' whose FONT COLOUR is the status, or a grey '○'. Judgement calls: status = the symbol as written ('●' / '○'); rag = the dot's font colour read through the key on the other tab (blue = complete → blue); the grey '○' (2.3, 3.4) = not started, no colour → rag null; theme = the commitment section row; indicators from 'Metric(s)' ('2, 5' → ['2','5'], '4a, 4b', '6, 7'); ref = No.; lead = Who; due = When as typed ('Jul 2024', 'Each meeting'); progress = Notes ('' for 3.4). The metrics 9a/9b/10 line is not an action. Identity from the plan sheet.", { mode: 'font', ragCol: 6, forbidden: ['Electronic Staff Record'] });
}
