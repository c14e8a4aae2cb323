// holdout44-wres-2016-17-ashbourne: a specialist orthopaedic trust's early WRES plan kept as an Excel TABLE (TableStyleLight9, banded,
// TOTAL ROW with a custom 'n complete' count), an 'Issue' column of findings beside the actions, status typed from a drop-down, and a
// WHOLE-ROW conditional format that turns a row light red once its target date has passed the named Report date and it is not complete.
import { Book, Plan, C, D, shown, makeTable, listDV, cfFill, serial } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Ashbourne Royal Orthopaedic Hospital NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout44-wres-2016-17-ashbourne', sheet: 'WRES 2016-17', standard: 'WRES', period: '2016-17', trust, widths: [6, 10, 40, 50, 26, 12, 13, 40], font: { name: 'Calibri', size: 11 } });
  const ws = p.ws; const F = 'dd/mm/yy'; const rep = D(2017, 1, 31);
  p.line([trust], { merge: ['A', 'H'], style: { bold: true, font: { size: 14 } } });
  p.line(['Workforce Race Equality Standard – Action Plan 2016/17'], { merge: ['A', 'H'], style: { bold: true, font: { size: 12, color: { argb: C.purple } } } });
  p.line(['Report date', '', rep], { styles: [{ bold: true }, {}, { numFmt: F, alignment: { horizontal: 'left' } }] });
  book.wb.definedNames.add("'WRES 2016-17'!$C$3", 'ReportDate');
  p.blank();
  const hr = p.header(['No', 'WRES Indicator', 'Issue', 'Action', 'Responsible', 'Target date', 'Status', 'Comment']);
  const acts = [
    ['1', 'Indicator 1', 'BME staff are 11% of the workforce but 3% of staff at Band 8a and above.', 'Analyse the pay band profile by ethnicity for each clinical unit and share it with unit managers.', 'Workforce Information Manager', D(2016, 9, 30), 'Complete', 'Shared at the October managers\' forum.'],
    ['2', 'Indicator 2', 'White applicants are 1.62 times more likely to be appointed from shortlisting.', 'Train all recruiting managers in fair selection before they next sit on an interview panel.', 'HR Business Partner', D(2016, 12, 31), 'In progress', '58 of 96 recruiting managers trained.'],
    ['3', 'Indicator 2', '', 'Check a sample of 30 shortlisting decisions each quarter for consistency with the person specification.', 'Recruitment Manager', D(2017, 3, 31), 'In progress', 'Q3 sample checked.'],
    ['4', 'Indicator 3', 'Few cases, but BME staff were more likely to enter the formal disciplinary process.', 'Ask HR to review every proposed disciplinary investigation against a checklist before it starts.', 'Head of HR', D(2016, 11, 30), 'Complete', ''],
    ['5', 'Indicator 4', 'Access to non-mandatory training is not recorded consistently.', 'Record all non-mandatory training and CPD on the learning system so it can be reported by ethnicity.', 'Head of Learning and Development', D(2016, 10, 31), 'Not started', 'Learning system upgrade delayed by the supplier.'],
    ['6', 'Indicator 5', '31% of BME staff report harassment from patients, relatives or the public.', 'Put up posters in outpatients and the wards making clear that racist abuse of staff will not be tolerated.', 'Head of Patient Experience', D(2017, 2, 28), 'In progress', 'Posters designed with the BME staff group.'],
    ['7', 'Indicator 6 and 8', 'BME staff report more bullying from colleagues and discrimination from managers.', 'Set up a BME staff group with a Board-level sponsor.', 'Director of Workforce', D(2016, 7, 31), 'Complete', 'First meeting held on 14 July.'],
    ['8', 'Indicator 7', 'Fewer BME staff believe the trust offers equal opportunities for promotion.', 'Offer coaching to BME staff applying for Band 6 and 7 posts.', 'Head of Learning and Development', D(2017, 3, 31), 'Not started', ''],
    ['9', 'Indicator 9', 'The Board has no BME members.', 'Ask the Council of Governors to consider Board diversity when the next non-executive post is filled.', 'Trust Secretary', D(2017, 3, 31), 'In progress', 'Raised with the Nominations Committee in December.'],
  ];
  const first = hr + 1; const overdue = [];
  for (const [no, ind, issue, a, lead, due, st, com] of acts) {
    const r = p.r + 1; const late = due < rep && st !== 'Complete'; if (late) overdue.push(r);
    p.action([no, ind, issue, a, lead, due, st, com], { ref: no, indicators: ind.replace('Indicator ', '').split(' and '), action: a, lead, due: shown(due, F), status: st, rag: late ? 'red' : { Complete: 'green', 'In progress': 'amber' }[st] ?? null, progress: com },
      { styles: [{ alignment: { horizontal: 'center', vertical: 'top' } }, {}, { italic: true }, {}, {}, { numFmt: F }, {}, {}] });
  }
  const last = p.r;
  const serialMin = Math.min(...acts.map((a) => serial(a[5])));
  const tot = p.line(['Total', '', '', '', '', '', '', ''], { style: { bold: true } });
  makeTable(p, { name: 'WRES1617', headerRow: hr, lastRow: last, style: 'TableStyleLight9', totals: { No: { label: 'Total' }, Action: { fn: 'count', result: acts.length }, 'Target date': { fn: 'min', result: serialMin } } });
  ws.getCell(`F${tot}`).numFmt = F;
  const expr = `AND($F${first}<ReportDate,$G${first}<>"Complete")`;
  ws.addConditionalFormatting({ ref: `A${first}:H${last}`, rules: [{ type: 'expression', formulae: [expr], priority: 1, stopIfTrue: true, style: cfFill(C.badR) }] });
  ws.addConditionalFormatting({ ref: `G${first}:G${last}`, rules: [{ type: 'containsText', operator: 'containsText', text: 'Complete', priority: 2, style: cfFill(C.goodG) }, { type: 'containsText', operator: 'containsText', text: 'In progress', priority: 3, style: cfFill(C.neutralA) }] });
  listDV(ws, `G${first}:G${last}`, '"Not started,In progress,Complete"');
  p.blank();
  p.line(['Rows turn red when the target date has passed the report date and the action is not complete.'], { merge: ['A', 'H'], style: { italic: true, font: { size: 9 } } });
  p.line(['Presented to the Trust Board, February 2017.'], { merge: ['A', 'H'], style: { italic: true, font: { size: 9 } } });
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: hr, topLeftCell: `A${hr + 1}` }];
  ws.pageSetup = { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${hr}:${hr}` };
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional specialist orthopaedic trust, first WRES years). Title, purple subtitle, a 'Report date 31/01/17' line (the date cell is the named range ReportDate), then an Excel TABLE 'WRES1617' (TableStyleLight9, banded, filter buttons) with header row 5 'No | WRES Indicator | Issue | Action | Responsible | Target date | Status | Comment' and a TOTAL ROW (row 15: 'Total', the count of actions (9) under Action and the earliest Target date (=SUBTOTAL(105,…), cached 31/07/16)). 'Issue' holds the finding the action answers (italic; blank for No 3, which answers the same finding as No 2). Status is typed from a drop-down; conditional formats colour it (Complete light green, In progress light yellow), and a WHOLE-ROW rule with priority and stop-if-true turns every cell of a row LIGHT RED when its Target date is before ReportDate and Status is not 'Complete' (rows 7 and 10 – No 2 'In progress', due 31/12/16, and No 5 'Not started', due 31/10/16; the complete rows with past dates stay uncoloured by that rule). Two italic lines below (the red-row explanation and the Board date). Judgement calls: status = the word typed ('In progress', 'Not started'); rag = the colour a person sees on the Status cell – light red (red) for the overdue rows even where the word is 'In progress' or 'Not started' (the sheet's own line says red means past the target date and not complete), otherwise Complete → green, In progress → amber, Not started → null; the Issue column is context (never the action); the total row is not an action and its earliest date is not a due; due = Target date as shown (dd/mm/yy); progress = Comment; indicators from 'Indicator N' / 'Indicator 6 and 8' (→ ['6','8']); theme null.",
    { mode: 'cf', ragCol: 'G', dv: { col: 'G' }, table: { name: 'WRES1617', headerRow: hr, totalsRow: tot }, names: ['ReportDate'], notFrom: ['C'], exprTrue: { [expr]: overdue } });
}
