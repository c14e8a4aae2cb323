// holdout27-wres-2023-24-castlegate: an acute trust's WRES workbook with FOUR SHEETS (Cover, Guidance, WRES data, Action plan). The plan
// sheet opens with a summary of this year's indicator figures; the action table starts on row 17 as a filtered, banded list with a
// SUBTOTAL totals row under it.
import { Book, Plan, C, D } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Castlegate Hospitals NHS Foundation Trust';
  const wb = book.wb;
  const cover = wb.addWorksheet('Cover');
  cover.getColumn(2).width = 26; cover.getColumn(3).width = 60;
  const cv = [[2, trust], [3, 'Workforce Race Equality Standard'], [4, 'Action plan 2023/24'], [6, 'Document owner', 'Head of Equality, Diversity and Inclusion'], [7, 'Executive sponsor', 'Chief People Officer'], [8, 'Approved by', 'People and Culture Committee, 26 September 2023'], [9, 'Version', '1.2'], [10, 'Next review', 'March 2024']];
  for (const [r, a, b] of cv) { cover.getCell(`B${r}`).value = a; if (b) cover.getCell(`C${r}`).value = b; cover.getCell(`B${r}`).font = { name: 'Arial', size: r < 5 ? 16 : 10, bold: r < 5 || !!b }; }
  const guide = wb.addWorksheet('Guidance');
  guide.getColumn(1).width = 110;
  ['How to use this workbook', '1. Only update the Status and Update columns on the Action plan tab. Please do not add or delete rows – contact the EDI team.', '2. Status must be one of: Not started / On track / At risk / Delayed / Complete.', '3. Updates are collected monthly for the People and Culture Committee.', '4. The WRES data tab is the 2023 submission and must not be edited.'].forEach((t, i) => { const c = guide.getCell(`A${i + 1}`); c.value = t; c.font = { name: 'Arial', size: i ? 10 : 12, bold: !i }; c.alignment = { wrapText: true }; });
  const data = wb.addWorksheet('WRES data');
  [['Indicator', 'White', 'BME', 'Gap'], ['1 – % of staff at band 8a+', 0.121, 0.064, null], ['2 – Relative likelihood of appointment (white vs BME)', 1.74, null, null], ['3 – Relative likelihood of formal disciplinary (BME vs white)', 1.38, null, null], ['4 – Relative likelihood of non-mandatory training (white vs BME)', 1.06, null, null], ['5 – Harassment from patients / public', 0.262, 0.314, null], ['6 – Harassment from staff', 0.219, 0.281, null], ['7 – Equal opportunities for progression', 0.584, 0.412, null], ['8 – Discrimination from manager / colleague', 0.061, 0.158, null], ['9 – Board voting membership vs workforce', -0.143, null, null]].forEach((row, i) => row.forEach((v, j) => { if (v !== null) data.getCell(i + 1, j + 1).value = v; }));
  data.getColumn(1).width = 58;
  const p = new Plan(book, { name: 'holdout27-wres-2023-24-castlegate', sheet: 'Action plan', standard: 'WRES', period: '2023-24', trust, widths: [3, 7, 11, 60, 24, 30, 14, 13, 50], startCol: 2 });
  p.line(['WRES action plan 2023/24'], { merge: ['B', 'I'], style: { bold: true, font: { size: 14 }, color: C.nhs } });
  p.blank();
  p.header(['Our 2023 WRES position', undefined, undefined, 'White', 'BME'], { merge: ['B', 'D'], style: { fill: C.grey } });
  const pos = [['1', 'Staff at band 8a and above', '12.1%', '6.4%'], ['2', 'Appointed from shortlisting (relative likelihood)', '1.74 times more likely if white', ''], ['3', 'Entering formal disciplinary (relative likelihood)', '1.38 times more likely if BME', ''], ['5', 'Harassment from patients / public', '26.2%', '31.4%'], ['6', 'Harassment from staff', '21.9%', '28.1%'], ['7', 'Believe there are equal opportunities for progression', '58.4%', '41.2%'], ['8', 'Discrimination from manager / colleague', '6.1%', '15.8%'], ['9', 'Board voting membership minus workforce', '-14.3 percentage points', '']];
  const dataRows = [];
  for (const [n, t, w, b] of pos) dataRows.push(p.line([n, t, undefined, w, b], { merge: ['C', 'D'], border: true }));
  p.line(['Source: 2023 WRES submission – see the WRES data tab.'], { style: { italic: true, color: 'FF808080' } });
  p.blank();
  p.line(['Actions – please update Status and Update only (see Guidance tab)'], { merge: ['B', 'I'], style: { bold: true } });
  const hdr = p.header(['Ref', 'Indicator', 'Action', 'Exec sponsor', 'Action owner', 'Due', 'Status', 'Update'], { style: { fill: C.nhs, color: C.white } });
  const SF = { 'Complete': C.goodG, 'On track': C.goodG, 'At risk': C.neutralA, 'Delayed': C.badR, 'Not started': undefined };
  const acts = [
    ['R1', '1', 'Set up a talent pool of BME band 6 and 7 nurses and midwives with a named sponsor each, feeding the band 8a pipeline', 'Chief Nurse', 'Deputy Chief Nurse – Workforce', D(2024, 3, 31), 'dd/mm/yyyy', 'On track', '32 colleagues in the pool; sponsors matched for 20.'],
    ['R2', '1, 7', 'Make the Stepping Up and Ready Now programmes part of the appraisal conversation for every BME colleague at band 5 and above', 'Chief People Officer', 'Head of Leadership and OD', 'Q4', null, 'At risk', 'Appraisal form change needs sign-off from the staff side.'],
    ['R3', '2', 'Include an Inclusion Ambassador on every band 8a+ interview panel and publish monthly compliance by division', 'Chief People Officer', 'Head of Resourcing', D(2023, 12, 1), 'dd-mmm-yy', 'Complete', 'Live since 1 Dec; November compliance 88%.'],
    ['R4', '2', 'Check shortlisting outcomes by ethnicity for every post with more than 20 applicants and challenge the panel where BME applicants drop out', 'Chief People Officer', 'Head of Resourcing', 'Monthly', null, 'On track', ''],
    ['R5', '3', 'Route every proposed disciplinary investigation through the Just Culture decision tree with a second senior review', 'Chief People Officer', 'Deputy Director of HR', '30th Nov 2023', null, 'Complete', 'In place in all four divisions.'],
    ['R6', '5', 'Install body-worn camera pilot in ED and AMU, with clear signage on racist abuse', 'Chief Operating Officer', 'Head of Security', 'Jan-24', null, 'Delayed', 'Supplier delay – cameras now expected February.'],
    ['R7', '5, 6', 'Roll out the "Active Bystander" session to every ward manager and team leader', 'Chief Nurse', 'Head of EDI', D(2024, 2, 29), 'd mmm yyyy', 'On track', '14 sessions held, 212 attended.'],
    ['R8', '6, 8', 'Give the Race Equality Network a direct route to the People and Culture Committee with a standing agenda item', 'Chief Executive', 'Trust Secretary', 'Sept 23', null, 'Complete', ''],
    ['R9', '8', 'Review every grievance raised by a BME colleague in the last two years to see what we can learn', 'Chief People Officer', 'Head of Employee Relations', 'end of Q3', null, 'Not started', ''],
    ['R10', '9', 'Set out how the Board will reflect the workforce in the next NED recruitment round and use a diverse panel', 'Chair', 'Trust Secretary', '2024/25', null, 'Not started', ''],
  ];
  acts.forEach(([ref, ind, a, exec, owner, due, fmt, st, upd], i) => {
    const shownDue = fmt ? { 'dd/mm/yyyy': '31/03/2024', 'dd-mmm-yy': '01-Dec-23', 'd mmm yyyy': '29 Feb 2024' }[fmt] : due;
    const band = i % 2 ? C.paleblue : undefined;
    const styles = [{ fill: band }, { fill: band }, { fill: band }, { fill: band }, { fill: band }, { fill: band, numFmt: fmt || undefined, alignment: { horizontal: 'left' } }, { fill: SF[st] }, { fill: band }];
    p.action([ref, ind, a, exec, owner, due, st, upd], { ref, indicators: ind.split(/,\s*/), action: a, lead: owner, due: shownDue, status: st, rag: { 'Complete': 'green', 'On track': 'green', 'At risk': 'amber', 'Delayed': 'red' }[st] ?? null, progress: upd }, { styles });
  });
  const last = p.r;
  const tr = p.line(['Total', undefined, { formula: `SUBTOTAL(103,D${hdr + 1}:D${last})`, result: acts.length }, undefined, undefined, undefined, { formula: `COUNTIF(H${hdr + 1}:H${last},"Complete")&" complete"`, result: `${acts.filter((a) => a[7] === 'Complete').length} complete` }], { border: true, style: { bold: true }, styles: [{}, {}, { alignment: { horizontal: 'left' } }] });
  p.ws.autoFilter = `B${hdr}:I${last}`;
  p.ws.views = [{ state: 'frozen', ySplit: hdr }];
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, a large acute foundation trust) in a FOUR-SHEET workbook: 'Cover' (trust, title, owner, exec sponsor, approval, version, next review), 'Guidance' (numbered instructions, the allowed status words), 'WRES data' (the 2023 submission as numbers) and 'Action plan' – the gold sheet. The Action plan sheet starts in column B: a title (no trust name on this sheet – the trust is on the Cover sheet), a blank row, then a SUMMARY OF THIS YEAR'S WRES POSITION with its own small grey header 'Our 2023 WRES position | White | BME' (row 3) and eight indicator rows ('1 | Staff at band 8a and above | 12.1% | 6.4%'), a source line, a blank row, an instruction line, then the action table: NHS-blue header 'Ref | Indicator | Action | Exec sponsor | Action owner | Due | Status | Update' (row 15, frozen, autofilter), ten BANDED rows (alternate pale-blue fill), and a TOTALS ROW 'Total | 10 | … | 3 complete' made of SUBTOTAL / COUNTIF formulas. Status words sit on Excel's pale Good / Neutral / Bad fills ('Complete' and 'On track' on green, 'At risk' on yellow, 'Delayed' on pink, 'Not started' unfilled). Due dates mixed: real dates shown '31/03/2024', '01-Dec-23', '29 Feb 2024' and typed 'Q4', 'Monthly', '30th Nov 2023', 'Jan-24', 'Sept 23', 'end of Q3', '2024/25'. Judgement calls: the WRES position block (its header and data rows) is context, not actions, even though its rows start with an indicator number like the actions do – both header rows are listed; the totals row is not an action; lead = Action owner, not the Exec sponsor; status as written; rag from the fill (pale green → green, yellow → amber, pink → red, none → null); band fills are not RAG; indicators from the Indicator column ('5, 6' → ['5','6']); theme null; progress = Update; the Cover and Guidance sheets give no field (the Cover's owner and sponsor are the document's, not an action's lead).", { mode: 'fill', ragCol: 'H', dataRows, notFrom: ['E'], forbidden: ['Head of Equality, Diversity and Inclusion', 'Total'] });
}
