// holdout44-wres-2025-26-harwood: a primary-care collaborative's WRES plan in a three-sheet workbook – a 'Summary' sheet (named
// 'UpdatedOn' date, COUNTIF counts by status), the 'Action plan' (status WORKED OUT by formula from % complete and the due date against
// UpdatedOn, conditional fills, DATA BARS on % complete, Lead and Practice drop-downs fed by named ranges on a HIDDEN 'Lookups' sheet,
// 'View' hyperlinks to evidence, notes on two Lead cells about cover), autofilter and frozen panes.
import { Book, Plan, C, D, shown, cfWords, listDV, serial } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Harwood Vale Primary Care Collaborative';
  const upd = D(2025, 11, 14); const F = 'd mmm yyyy';
  // Summary sheet first
  const S = book.wb.addWorksheet('Summary');
  const p = new Plan(book, { name: 'holdout44-wres-2025-26-harwood', sheet: 'Action plan', standard: 'WRES', period: '2025-26', trust, widths: [10, 24, 10, 54, 26, 12, 12, 12, 10, 38], font: { name: 'Aptos Narrow', size: 11 } });
  const ws = p.ws;
  p.line([`${trust} – WRES action plan 2025/26`], { merge: ['A', 'J'], style: { bold: true, font: { size: 14 }, color: C.white, fill: C.darkblue } });
  p.line(['Status works itself out from % complete and the due date (against the "Updated on" date on the Summary sheet). Pick Practice / team and Lead from the lists.'], { merge: ['A', 'J'], style: { italic: true, font: { size: 9 } } });
  const hr = p.header(['ID', 'Practice / team', 'WRES indicator', 'What we will do', 'Lead', 'Due', '% complete', 'Status', 'Evidence', 'Notes'], { style: { fill: C.paleblue } });
  const url = (n) => `https://harwoodvalepcc.nhs.example/wres/2025-26/${n}`;
  const acts = [
    ['HV-01', 'All practices', '1', 'Ask every practice to check that ethnicity is recorded for all salaried GPs, nurses and reception staff on the workforce return.', 'Workforce Lead (Collaborative)', D(2025, 6, 30), 1, true, 'All 11 practices above 95% recorded.'],
    ['HV-02', 'All practices', '2', 'Adopt one shared job application form and anonymised shortlisting for collaborative-employed roles.', 'Business Manager', D(2025, 9, 30), 0.7, true, 'Form agreed; anonymised shortlisting to start with the winter roles.'],
    ['HV-03', 'Collaborative hub', '2', 'Include a colleague from an ethnic minority background on every interview panel for hub posts.', 'Hub Operations Manager', D(2026, 3, 31), 0.25, false, ''],
    ['HV-04', 'All practices', '3', 'Give practice managers a short guide to fair and consistent handling of formal HR cases, with advice from the collaborative HR adviser.', 'HR Adviser', D(2025, 12, 31), 0, false, 'Guide to be written with the LMC.'],
    ['HV-05', 'Training hub', '4', 'Record who takes up funded CPD and practice nurse training by ethnicity and share the figures twice a year.', 'Training Hub Lead', D(2025, 10, 31), 0.5, true, 'First half-year figures collected from 8 practices.'],
    ['HV-06', 'Reception teams', '5', 'Train reception teams to respond to racist abuse from patients and display the zero-tolerance notice in every waiting room.', 'Patient Services Lead', D(2025, 11, 30), 0.8, true, 'Training done in 9 practices; notices up everywhere.'],
    ['HV-07', 'All practices', '6, 8', 'Set up a confidential route for staff to raise bullying or discrimination outside their own practice.', 'Clinical Director', D(2025, 8, 31), 0.4, false, 'Freedom to Speak Up guardian shared with the local trust from January.'],
    ['HV-08', 'Collaborative hub', '7', 'Offer mentoring by a GP partner to ethnic minority salaried GPs and nurses who want to move into leadership roles.', 'Clinical Director', D(2026, 3, 31), 0, false, ''],
    ['HV-09', 'Board', '9', 'Invite an ethnic minority practice manager or nurse onto the collaborative board as a voting member.', 'Collaborative Chair', D(2026, 1, 31), 0.5, false, 'Expressions of interest closed 7 November; three received.'],
  ];
  const stOf = (pct, due) => (pct >= 1 ? 'Done' : due < upd ? 'Late' : pct === 0 ? 'Not begun' : 'Under way');
  const first = hr + 1; const counts = {};
  for (const [id, prac, ind, a, lead, due, pct, ev, notes] of acts) {
    const r = p.r + 1; const st = stOf(pct, due); counts[st] = (counts[st] || 0) + 1;
    p.action([id, prac, ind, a, lead, due, pct, { formula: `IF(G${r}>=1,"Done",IF(F${r}<UpdatedOn,"Late",IF(G${r}=0,"Not begun","Under way")))`, result: st }, ev ? { text: 'View', hyperlink: url(id) } : '', notes],
      { ref: id, indicators: ind.split(', '), action: a, lead, due: shown(due, F), status: st, rag: { Done: 'green', Late: 'red', 'Under way': 'amber' }[st] ?? null, progress: notes },
      { styles: [{}, {}, { alignment: { horizontal: 'center', vertical: 'top' } }, {}, {}, { numFmt: F }, { numFmt: '0%' }, {}, ev ? { font: { underline: true, color: { argb: 'FF0563C1' } } } : {}, {}] });
  }
  const last = p.r;
  ws.getCell(`E${first + 6}`).note = { texts: [{ font: { bold: true, size: 9 }, text: 'Business Manager:\n' }, { font: { size: 9 }, text: 'Dr Okonjo is covering this while the Clinical Director is on sabbatical until February.' }] };
  ws.getCell(`E${first + 1}`).note = { texts: [{ font: { bold: true, size: 9 }, text: 'Workforce Lead:\n' }, { font: { size: 9 }, text: 'Supported by the Finance Officer for the form design.' }] };
  cfWords(ws, `H${first}:H${last}`, [['Done', C.goodG], ['Late', C.badR], ['Under way', C.neutralA]]);
  ws.addConditionalFormatting({ ref: `G${first}:G${last}`, rules: [{ type: 'dataBar', priority: 4, minLength: 0, maxLength: 100, gradient: true, cfvo: [{ type: 'num', value: 0 }, { type: 'num', value: 1 }], color: { argb: 'FF638EC6' } }] });
  listDV(ws, `B${first}:B${last}`, 'Practices'); listDV(ws, `E${first}:E${last}`, 'Leads');
  ws.autoFilter = `A${hr}:J${last}`;
  ws.views = [{ state: 'frozen', xSplit: 2, ySplit: hr, topLeftCell: `C${hr + 1}` }];
  // Summary sheet
  S.getColumn(1).width = 28; S.getColumn(2).width = 12;
  S.getCell('A1').value = trust; S.getCell('A1').font = { bold: true, size: 14 };
  S.getCell('A2').value = 'WRES action plan 2025/26 – summary'; S.getCell('A2').font = { bold: true };
  S.getCell('A4').value = 'Updated on'; S.getCell('B4').value = upd; S.getCell('B4').numFmt = F;
  book.wb.definedNames.add('Summary!$B$4', 'UpdatedOn');
  S.getCell('A6').value = 'Status'; S.getCell('B6').value = 'Actions'; S.getRow(6).font = { bold: true };
  ['Done', 'Under way', 'Not begun', 'Late'].forEach((w, i) => { S.getCell(`A${7 + i}`).value = w; S.getCell(`B${7 + i}`).value = { formula: `COUNTIF('Action plan'!$H$${first}:$H$${last},A${7 + i})`, result: counts[w] || 0 }; });
  S.getCell('A11').value = 'Total'; S.getCell('A11').font = { bold: true }; S.getCell('B11').value = { formula: 'SUM(B7:B10)', result: acts.length };
  S.getCell('A13').value = 'Reported to the Collaborative Board each quarter. Contact: the Workforce Lead.';
  // hidden Lookups sheet with the named lists
  const L = book.wb.addWorksheet('Lookups', { state: 'hidden' });
  const practices = ['All practices', 'Board', 'Collaborative hub', 'Reception teams', 'Training hub'];
  const leads = ['Business Manager', 'Clinical Director', 'Collaborative Chair', 'HR Adviser', 'Hub Operations Manager', 'Patient Services Lead', 'Training Hub Lead', 'Workforce Lead (Collaborative)'];
  L.getCell('A1').value = 'Practices'; practices.forEach((v, i) => { L.getCell(`A${i + 2}`).value = v; });
  L.getCell('B1').value = 'Leads'; leads.forEach((v, i) => { L.getCell(`B${i + 2}`).value = v; });
  book.wb.definedNames.add(`Lookups!$A$2:$A$${practices.length + 1}`, 'Practices');
  book.wb.definedNames.add(`Lookups!$B$2:$B$${leads.length + 1}`, 'Leads');
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional primary-care collaborative of eleven GP practices). Three sheets: 'Summary' first (trust, 'Updated on 14 Nov 2025' – the named range UpdatedOn – and a 'Status | Actions' block of COUNTIF formulas with a Total; not actions), 'Action plan' (the plan) and 'Lookups' (HIDDEN; the lists behind the drop-downs, named Practices and Leads). On 'Action plan': a dark-blue title bar, an italic instruction line, header row 3 'ID | Practice / team | WRES indicator | What we will do | Lead | Due | % complete | Status | Evidence | Notes' (autofilter, frozen at C4). Status is a FORMULA with cached results: 'Done' when % complete is 100%, 'Late' when the due date is before UpdatedOn, 'Not begun' at 0%, else 'Under way'; coloured only by conditional formats (Done light green, Late light red, Under way light yellow; Not begun none). % complete carries DATA BARS. Evidence holds 'View' hyperlinks on four rows. Two Lead cells carry notes (HV-07: someone covering; HV-02: a supporter). Judgement calls: status = the cached result on the sheet ('Late' for HV-02, HV-05 and HV-07, whose due dates are before 14 Nov 2025 although work has started), rag = its conditional colour (Done → green, Late → red, Under way → amber, Not begun → null); the data bars show % complete, not a RAG; lead = the Lead cell as written – the covering doctor and the supporter named in notes are not leads; Practice / team is a column, not a theme (theme null); due as shown (d mmm yyyy); progress = Notes (empty for HV-03, HV-08); the 'View' link is evidence, not progress; the Summary counts and the Lookups lists give nothing to the gold.",
    { mode: 'cf', ragCol: 'H', formulaCols: ['H'], dv: { col: 'E' }, links: { col: 'I' }, names: ['UpdatedOn', 'Practices', 'Leads'] });
}
