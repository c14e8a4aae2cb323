// holdout46-wres-2025-26-hollinsmoor: an integrated care board's WRES plan built from what the SYSTEM's staff networks and the system
// partnership forum asked for: an 'Asked for by' column naming the network or union forum behind each action, a partners column, FY
// quarters, status words coloured by FONT only, and a 'Where we are' summary of COUNTIF formulas above the header.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'NHS Hollinsmoor and Dunmere Integrated Care Board';
  const p = new Plan(book, { name: 'holdout46-wres-2025-26-hollinsmoor', sheet: 'WRES plan 2025-26', standard: 'WRES', period: '2025-26', trust, widths: [6, 50, 30, 11, 26, 28, 13, 13], font: { name: 'Aptos Narrow', size: 11 } });
  p.line([trust], { merge: ['A', 'H'], style: { bold: true, font: { size: 14 }, color: C.nhs } });
  p.line(['Workforce Race Equality Standard – ICB action plan 2025-26 (year 1 of 3)'], { merge: ['A', 'H'], style: { bold: true } });
  p.line(["Every action below was asked for by a staff network or the system partnership forum at the ICS race equality summit (March 2025). 'Asked for by' shows who raised it; the ICB lead is accountable for delivery."], { merge: ['A', 'H'], height: 30, style: { italic: true } });
  const sum = [p.line([undefined, 'Where we are (updated automatically)'], { style: { bold: true } })];
  const FONT = { Complete: C.blue, 'In progress': C.green, Delayed: C.orange, Planned: C.black };
  const RAG = { Complete: 'blue', 'In progress': 'green', Delayed: 'amber', Planned: null };
  const acts = [
    ['Publish the ICB\'s WRES data with the data of every NHS partner in one system report, with commentary agreed with the networks.', 'ICS Race Equality Network', '1–9', 'Director of People and Culture', 'All NHS partners', 'Q2 2025/26', 'In progress'],
    ['Use the same de-biased shortlisting guidance for all ICB posts at Band 8a and above.', 'ICS Race Equality Network', '2', 'Head of Corporate HR', 'ICB only', 'Q1 2025/26', 'Complete'],
    ['Agree one system approach to racist abuse of staff by patients and the public, including what every partner will do after an incident.', 'Hollinsmoor Acute – Black and Asian Staff Network', '5', 'Chief Nursing Officer', 'Acute, community and mental health trusts; ambulance service', 'Q3 2025/26', 'In progress'],
    ['Set up a system pool of trained independent investigators from different ethnic backgrounds that any partner can call on.', 'System partnership forum (staff side)', '3', 'Director of People and Culture', 'All NHS partners; trade union regional officers', 'Q4 2025/26', 'Planned'],
    ['Run a system leadership programme for ethnic minority staff at Bands 7 and 8a, with places shared across partners.', 'ICS Race Equality Network', '7', 'System Head of Leadership', 'All NHS partners; primary care', 'Q3 2025/26', 'Delayed'],
    ['Give internationally educated staff in primary care the same pastoral support as those in trusts.', 'Primary care ethnic minority staff group', '6, 7', 'Primary Care Workforce Lead', 'Training hub; GP practices', 'Q2 2025/26', 'In progress'],
    ['Add a race equality objective to the appraisal of every ICB Board member and report on it at the Board.', 'ICS Race Equality Network', '9', 'Chief Executive', 'ICB only', 'Q1 2025/26', 'Complete'],
    ['Make sure staff who move between partners keep their flexible working and reasonable adjustments through a system passport.', 'System partnership forum (staff side)', '—', 'Director of People and Culture', 'All NHS partners', 'Q4 2025/26', 'Planned'],
    ['Ask every partner\'s Freedom to Speak Up guardian to report concerns raised by ethnic minority staff to a shared system meeting twice a year.', 'Dunmere Mental Health – Race Equality Network', '6, 8', 'Director of Corporate Affairs', 'All NHS partners', 'Q3 2025/26', 'In progress'],
    ['Fund a paid co-chair for the ICS Race Equality Network for one day a week.', 'ICS Race Equality Network', '—', 'Director of People and Culture', 'ICB only', 'Q2 2025/26', 'Delayed'],
  ];
  const first = p.r + 6; const last = first + acts.length - 1;
  for (const w of ['Complete', 'In progress', 'Delayed', 'Planned']) sum.push(p.line([undefined, w, { formula: `COUNTIF(H${first}:H${last},"${w}")`, result: acts.filter((a) => a[6] === w).length }]));
  p.header(['No.', 'What we will do', 'Asked for by', 'WRES indicator', 'ICB lead', 'Partners involved', 'Quarter', 'Status'], { style: { fill: C.nhs, color: C.white } });
  if (p.r + 1 !== first) throw new Error('first row');
  acts.forEach(([a, by, ind, lead, partners, q, st], i) => {
    const inds = ind === '—' ? [] : ind === '1–9' ? ['1', '2', '3', '4', '5', '6', '7', '8', '9'] : ind.split(', ');
    p.action([i + 1, a, by, ind, lead, partners, q, st], { ref: String(i + 1), indicators: inds, action: a, lead, due: q, status: st, rag: RAG[st] }, { styles: [{}, {}, {}, { alignment: { horizontal: 'center' } }, {}, {}, {}, { color: FONT[st], bold: true }] });
  });
  p.blank();
  p.line(['Status colours: Complete (blue), In progress (green), Delayed (orange), Planned (black – not yet started).'], { merge: ['A', 'H'], style: { italic: true } });
  p.line(['Year 2 and year 3 actions will be agreed with the networks at the 2026 summit.'], { merge: ['A', 'H'] });
  p.ws.views = [{ state: 'frozen', ySplit: first - 1 }];
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional body, an integrated care board) built from what the SYSTEM's staff networks and the system partnership forum (staff side) asked for at a race equality summit: ICB name, plan title ('year 1 of 3'), an italic paragraph explaining the 'Asked for by' column, then a small 'Where we are (updated automatically)' SUMMARY block above the table (rows 4–8: a label and four status words with COUNTIF formulas counting the Status column, cached results 2 / 4 / 2 / 2), the header on row 9 'No. | What we will do | Asked for by | WRES indicator | ICB lead | Partners involved | Quarter | Status' (frozen), ten actions, a blank row, a status-colour key line and a closing line. Status words are coloured by FONT only (Complete blue, In progress green, Delayed orange, Planned black). Judgement calls: the summary block rows are not actions and not headers; lead = 'ICB lead', NEVER 'Asked for by' (the network or forum that raised it) nor 'Partners involved'; ref = 'No.'; due = the FY quarter as written ('Q2 2025/26'); indicators from the WRES indicator column in order ('6, 8' → ['6','8']; '1–9' → all nine; '—' → []); status = the word; rag = its font colour (orange → amber; black 'Planned' → rag null); no progress column.", { mode: 'font', ragCol: 'H', fieldCols: { ref: 'A', lead: 'E', due: 'G', status: 'H' }, dataRows: sum, countRows: { labelCol: 'B', countCol: 'C', rows: sum.slice(1) }, notFrom: ['C', 'F'] });
}
