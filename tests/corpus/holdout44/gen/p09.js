// holdout44-wdes-2024-25-medbourne: an integrated (acute and community) trust's WDES plan as an Excel TABLE (TableStyleMedium7, banded,
// TOTAL ROW), a numeric Priority column shown with a 3-ARROWS ICON SET, status typed from a drop-down and coloured by conditional formats
// that change only the FONT colour (no fills), Executive lead and Operational lead columns, a named range over the lead list, freeze panes.
import { Book, Plan, C, D, shown, makeTable, listDV } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Medbourne Integrated Care NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout44-wdes-2024-25-medbourne', sheet: 'WDES 2024-25', standard: 'WDES', period: '2024-25', trust, widths: [8, 10, 10, 52, 24, 28, 12, 13, 40], font: { name: 'Calibri', size: 11 } });
  const ws = p.ws; const F = 'mmm yyyy';
  p.line([`${trust} (acute and community services)`], { merge: ['A', 'I'], style: { bold: true, font: { size: 14, color: { argb: C.nhs } } } });
  p.line(['Workforce Disability Equality Standard action plan 2024/25 – approved by the People Committee, 9 July 2024'], { merge: ['A', 'I'], style: { bold: true } });
  p.line(['Priority arrows: up = 1 (high), across = 2 (medium), down = 3 (lower). Status colours: Achieved blue, On track green, At risk orange, Off track red.'], { merge: ['A', 'I'], style: { italic: true, font: { size: 9 } } });
  p.blank();
  const hr = p.header(['Ref', 'Metric', 'Priority', 'Action', 'Executive lead', 'Operational lead', 'Due', 'Status', 'Latest update (Dec 2024)']);
  const acts = [
    ['MW1', '1', 1, 'Run a disability declaration campaign with the Disability and Neurodiversity Network, aiming to halve the "not stated" rate in community services.', 'Chief People Officer', 'Head of Workforce Intelligence', D(2024, 12, 31), 'On track', '"Not stated" down from 27% to 18% in community services.'],
    ['MW2', '2', 1, 'Put a trained disability champion on interview panels for posts where a disabled candidate is shortlisted under the guaranteed interview scheme.', 'Chief People Officer', 'Head of Recruitment', D(2025, 3, 31), 'At risk', 'Only 14 champions trained against the 30 needed.'],
    ['MW3', '3', 2, 'Add a reasonable-adjustments check to the first formal stage of the capability policy.', 'Chief People Officer', 'Head of Employee Relations', D(2024, 9, 30), 'Achieved', 'Policy change agreed by the JNCC in September.'],
    ['MW4', '4a', 1, 'Give community nurses who visit patients at home a quick way to report disability-related abuse through the lone-worker app.', 'Chief Nurse', 'Head of Health, Safety and Security', D(2025, 1, 31), 'Off track', 'App supplier cannot add the option until the next release.'],
    ['MW5', '4b', 2, 'Publish a quarterly anonymised summary of harassment reports made by disabled staff and what was done about them.', 'Chief People Officer', 'Freedom to Speak Up Guardian', D(2025, 3, 31), 'Not due yet', ''],
    ['MW6', '5', 2, 'Make the Stepping Forward leadership programme accessible, including neurodivergent-friendly assessment.', 'Chief People Officer', 'Head of Leadership Development', D(2025, 3, 31), 'On track', 'Assessment redesigned with the Network.'],
    ['MW7', '6', 3, 'Train line managers to hold wellbeing conversations that cover presenteeism and adjustments.', 'Chief People Officer', 'Head of Health and Wellbeing', D(2025, 2, 28), 'On track', '212 managers trained.'],
    ['MW8', '7', 2, 'Hold an annual listening event for disabled staff with the Chief Executive and publish the actions that follow.', 'Chief Executive', 'EDI Lead', D(2024, 11, 30), 'Achieved', 'Held on 21 November during Disability History Month.'],
    ['MW9', '8', 1, 'Bring in a central reasonable-adjustments budget and a passport that follows staff between acute and community services.', 'Director of Finance', 'Head of Health and Wellbeing', D(2024, 10, 31), 'Off track', 'Budget agreed; the passport is held up by the ESR integration.'],
    ['MW10', '9a, 9b', 3, 'Give the Network a budget, protected time for its chair and a standing seat at the People Committee.', 'Chief People Officer', 'EDI Lead', D(2024, 7, 31), 'Achieved', 'In place since July.'],
  ];
  const first = hr + 1; const rag = { Achieved: 'blue', 'On track': 'green', 'At risk': 'amber', 'Off track': 'red' };
  for (const [ref, m, pri, a, exec, op, due, st, upd] of acts) {
    p.action([ref, m, pri, a, exec, op, due, st, upd], { ref, indicators: m.split(', '), action: a, lead: op, due: shown(due, F), status: st, rag: rag[st] ?? null, progress: upd },
      { styles: [{}, { alignment: { horizontal: 'center', vertical: 'top' } }, { alignment: { horizontal: 'center', vertical: 'top' } }, {}, {}, {}, { numFmt: F }, { bold: true }, {}] });
  }
  const last = p.r;
  const tot = p.line(['Total', '', '', '', '', '', '', '', ''], { style: { bold: true } });
  makeTable(p, { name: 'WDES_2024_25', headerRow: hr, lastRow: last, style: 'TableStyleMedium7', totals: { Ref: { label: 'Total' }, Action: { fn: 'count', result: acts.length } } });
  ws.addConditionalFormatting({ ref: `C${first}:C${last}`, rules: [{ type: 'iconSet', iconSet: '3Arrows', reverse: true, priority: 1, cfvo: [{ type: 'num', value: 0 }, { type: 'num', value: 2 }, { type: 'num', value: 3 }] }] });
  ws.addConditionalFormatting({ ref: `H${first}:H${last}`, rules: [['Achieved', C.blue], ['On track', C.green], ['At risk', C.orange], ['Off track', C.red]].map(([w, col], i) => ({ type: 'containsText', operator: 'containsText', text: w, priority: i + 2, style: { font: { bold: true, color: { argb: col } } } })) });
  listDV(ws, `H${first}:H${last}`, '"Not due yet,On track,At risk,Off track,Achieved"');
  // a leads list off to the right, named for the drop-down on Operational lead
  const ops = [...new Set(acts.map((a) => a[5]))].sort();
  ws.getCell('K5').value = 'Operational leads (list)'; ws.getCell('K5').font = { bold: true, size: 9, color: { argb: 'FF808080' } };
  ops.forEach((o, i) => { const c = ws.getCell(`K${6 + i}`); c.value = o; c.font = { size: 9, color: { argb: 'FF808080' } }; });
  ws.getColumn('K').width = 30; ws.getColumn('K').hidden = true;
  book.wb.definedNames.add(`'WDES 2024-25'!$K$6:$K$${5 + ops.length}`, 'OpLeads');
  listDV(ws, `F${first}:F${last}`, 'OpLeads');
  p.blank();
  p.line(['Next review: People Committee, March 2025.'], { merge: ['A', 'I'], style: { italic: true, font: { size: 9 } } });
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: hr, topLeftCell: `A${hr + 1}` }];
  ws.pageSetup = { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${hr}:${hr}` };
  await book.save(`${p.name}.xlsx`);
  // rows 5..14 also hold the hidden K-column list: those cells belong to the list, not to the plan
  p.saveGold("Original plan (fictional integrated acute and community trust, 2022+ metric set). Trust line, title with the approval date, an italic key line (priority arrows and status colours), then an Excel TABLE 'WDES_2024_25' (TableStyleMedium7, banded, filter buttons) with header row 5 'Ref | Metric | Priority | Action | Executive lead | Operational lead | Due | Status | Latest update (Dec 2024)' (frozen, printed on every page) and a TOTAL ROW (row 16: 'Total' and the count of actions). Priority holds 1 / 2 / 3 shown with a 3-ARROWS ICON SET (reversed: 1 up). Status is typed from a drop-down and coloured by conditional formats that set only the BOLD FONT COLOUR (Achieved blue, On track green, At risk orange, Off track red; 'Not due yet' black) – no cell is filled. Operational lead has a drop-down fed by the named range OpLeads, a list kept in HIDDEN column K beside the table (rows 5–13). A review line sits below. Judgement calls: lead = Operational lead (the person who does the work), not the Executive lead; rag = the conditional font colour on the Status cell (Achieved → blue, On track → green, At risk orange → amber, Off track → red, Not due yet → null); Priority and its arrows are not a status or RAG; the hidden K-column list is not part of any action (its cells share rows 5–13 with the header and actions but give nothing to the gold); the total row is not an action; due as shown (mmm yyyy); progress = Latest update (empty for MW5); indicators from Metric ('9a, 9b' → ['9a','9b']); theme null.",
    { mode: 'cf', ragCol: 'H', dv: { col: 'H' }, table: { name: 'WDES_2024_25', headerRow: hr, totalsRow: tot }, iconCol: 'C', notMeasure: ['C'], hiddenCols: ['K'], notFrom: ['E'], names: ['OpLeads'] });
}
