// holdout42-wres-2017-18-ormsleigh: a CCG's WRES plan for its own staff kept in a TWO-SHEET workbook – 'WRES data 2017' (the nine
// indicators with 2016 and 2017 figures) and 'Action plan', whose Indicator cells are FORMULAS pointing at the data sheet's indicator
// wording (so the plan shows '2. Relative likelihood …' without anyone having typed it); one row typed 'All indicators' instead.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const ccg = 'NHS Ormsleigh Clinical Commissioning Group';
  const dws = book.wb.addWorksheet('WRES data 2017');
  [62, 16, 16, 40].forEach((w, i) => { dws.getColumn(i + 1).width = w; });
  dws.getCell('A1').value = ccg; dws.getCell('A1').font = { name: 'Arial', size: 12, bold: true };
  dws.getCell('A2').value = 'Workforce Race Equality Standard – our data at 31 March 2017 (186 staff)'; dws.getCell('A2').font = { name: 'Arial', size: 10, italic: true };
  const dh = dws.getRow(4); ['Indicator', '2016', '2017', 'Comment'].forEach((v, i) => { const c = dh.getCell(i + 1); c.value = v; c.font = { name: 'Arial', size: 10, bold: true }; c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: C.grey } }; });
  const IND = [
    ['1. Percentage of staff in each of the AfC Bands 1-9 and VSM (including executive Board members) compared with the percentage of staff in the overall workforce', '11.2% BME', '12.4% BME', 'No BME staff above Band 8b'],
    ['2. Relative likelihood of staff being appointed from shortlisting across all posts', '1.92', '1.66', 'Small numbers: 41 appointments'],
    ['3. Relative likelihood of staff entering the formal disciplinary process', '<5 cases', '<5 cases', 'Not reported – fewer than five cases'],
    ['4. Relative likelihood of staff accessing non-mandatory training and CPD', '1.08', '1.21', 'Training approvals recorded by the CSU'],
    ['5. Percentage of staff experiencing harassment, bullying or abuse from patients, relatives or the public in last 12 months', '6%', '5%', 'Few patient-facing roles'],
    ['6. Percentage of staff experiencing harassment, bullying or abuse from staff in last 12 months', '14%', '19%', 'BME figure; White 12%'],
    ['7. Percentage believing that the organisation provides equal opportunities for career progression or promotion', '78%', '74%', 'BME figure; White 88%'],
    ['8. In the last 12 months have you personally experienced discrimination at work from a manager, team leader or other colleague', '9%', '11%', 'BME figure; White 4%'],
    ['9. Percentage difference between the organisation\'s Board voting membership and its overall workforce', '-12.4%', '-5.7%', 'One BME lay member appointed 2016'],
  ];
  IND.forEach((r, i) => { const row = dws.getRow(5 + i); r.forEach((v, j) => { const c = row.getCell(j + 1); c.value = v; c.font = { name: 'Arial', size: 10 }; c.alignment = { wrapText: true, vertical: 'top' }; }); });
  const p = new Plan(book, { name: 'holdout42-wres-2017-18-ormsleigh', sheet: 'Action plan', standard: 'WRES', period: '2017-18', trust: ccg, widths: [46, 56, 26, 16, 15, 44] });
  p.line([`${ccg} – WRES action plan 2017-18`], { merge: [['A', 'F']], style: { bold: true, font: { size: 12 } } });
  p.line(['Indicator wording is pulled from the \'WRES data 2017\' tab. Reviewed by the Senior Management Team monthly; reported to the Governing Body in public.'], { merge: [['A', 'F']], style: { italic: true } });
  p.blank();
  p.header(['Indicator', 'What we will do', 'Who', 'When', 'Status', 'Comments'], { style: { fill: C.teal, color: C.white } });
  const ST = { Complete: C.green, 'In progress': C.amber, 'Not yet started': C.red };
  const RAG = { Complete: 'green', 'In progress': 'amber', 'Not yet started': 'red' };
  const frows = [];
  const act = (n, action, lead, due, status, progress) => {
    const ind = n === 'all' ? 'All indicators' : { formula: `'WRES data 2017'!A${4 + n}`, result: IND[n - 1][0] };
    const r = p.action([ind, action, lead, due, status, progress], { indicators: n === 'all' ? ['1', '2', '3', '4', '5', '6', '7', '8', '9'] : [String(n)], action, lead, due, status, rag: RAG[status], progress }, { height: 56, styles: [{}, {}, {}, {}, { fill: ST[status] }] });
    if (n !== 'all') frows.push(r);
  };
  act(1, 'Publish a breakdown of CCG staff by pay band and ethnicity in the annual equality report, with the Commissioning Support Unit providing the figures.', 'HR Manager (CSU)', 'Sept 2017', 'Complete', 'Published in the equality report, September 2017.');
  act(1, 'Encourage BME staff in Bands 6 and 7 to apply for the Leadership Academy\'s Stepping Up programme; the CCG will fund backfill for anyone accepted.', 'Director of Corporate Affairs', 'Jan 2018', 'In progress', 'Two applications supported; results due February.');
  act(2, 'Switch on the anonymised application setting in NHS Jobs for every CCG vacancy.', 'HR Manager (CSU)', 'Jul 2017', 'Complete', '');
  act(4, 'Record every request for non-mandatory training and its outcome by ethnicity, so that approvals can be compared next year.', 'Business Manager', 'Oct 2017', 'In progress', 'Log set up; CSU to add ethnicity from ESR.');
  act(6, 'Hold two listening sessions for BME staff, facilitated from outside the CCG, and agree what to do about the rise in bullying from colleagues.', 'Director of Corporate Affairs', 'Nov 2017', 'Not yet started', 'Facilitator being sourced through the STP.');
  act(8, 'Add a module on race and fairness to the line managers\' development day.', 'Head of Organisational Development (CSU)', 'Mar 2018', 'Not yet started', '');
  act(9, 'Make the next lay member and practice representative adverts reach BME communities, working with the local voluntary sector forum.', 'Chair', 'Mar 2018', 'In progress', 'Advert wording agreed with the forum.');
  act('all', 'Report progress on this plan to the Governing Body twice a year.', 'Director of Corporate Affairs', 'Nov 2017 and Mar 2018', 'In progress', 'First report made in November.');
  p.blank();
  const key = p.line(['Status: Complete (green), In progress (amber), Not yet started (red). Indicators 3, 5 and 7 have no separate action this year – see the data tab.'], { merge: [['A', 'F']], style: { italic: true, font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional CCG, its own staff) kept in a TWO-SHEET workbook: 'WRES data 2017' first (title with the CCG's name, a line with the staff count, `Indicator | 2016 | 2017 | Comment` and the nine indicators' figures) and 'Action plan' second – the plan: title with the CCG's name and the year 2017-18, an italic line saying the indicator wording is pulled from the data tab, a teal header `Indicator | What we will do | Who | When | Status | Comments`, eight actions and a status key line. The INDICATOR CELLS ARE FORMULAS (='WRES data 2017'!A5 …) whose saved values show the full indicator wording starting with its number ('2. Relative likelihood of staff being appointed …'); the last action's Indicator cell is typed 'All indicators' instead. Judgement calls: the plan is the 'Action plan' sheet (the data tab is context only); indicators = the number the displayed (cached) wording starts with, as a person sees it ('1.' twice, '2.', '4.', '6.', '8.', '9.'), and 'All indicators' = all nine; lead = Who as written ('HR Manager (CSU)'); due = When as written ('Sept 2017', 'Nov 2017 and Mar 2018' kept whole); status = the word in Status, rag = its fill (Complete green, In progress amber, Not yet started red); progress = Comments, '' where empty; the key line's 'Indicators 3, 5 and 7 have no separate action' gives no action; no refs; no theme.", { indFrom: { col: 'A', lead: true }, formulaCol: 'A', formulaRows: frows, dataRows: [key], mode: 'fill', ragCol: 'E', leadCol: 'C', dueCol: 'D' });
}
