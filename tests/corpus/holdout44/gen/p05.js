// holdout44-wres-2022-23-wrekinmoor: an ICB's WRES plan (the ICB as an employer) whose UPDATES LIVE ONLY IN CELL NOTES on the RAG cells,
// refs that are HYPERLINKS to an 'Evidence log' sheet, a hidden sort-order column, RAG letters coloured by conditional formats, a named
// range over the plan, printed title rows and frozen panes.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'NHS Wrekinmoor Integrated Care Board';
  const p = new Plan(book, { name: 'holdout44-wres-2022-23-wrekinmoor', sheet: 'WRES action plan', standard: 'WRES', period: '2022-23', trust, widths: [5, 9, 18, 54, 12, 30, 14, 8], font: { name: 'Arial', size: 10 } });
  const ws = p.ws;
  p.line(['', `${trust} – WRES action plan 2022/23 (ICB as an employer)`], { merge: ['B', 'H'], style: { bold: true, font: { size: 13 } } });
  p.line(['', 'Hover over a RAG cell (red corner) to read the latest update. Click a reference to open its entry in the Evidence log.'], { merge: ['B', 'H'], style: { italic: true, font: { size: 9, color: { argb: 'FF595959' } } } });
  const hr = p.header(['Sort', 'Ref', 'Objective', 'Action', 'WRES indicator(s)', 'Senior responsible officer', 'Deadline', 'RAG'], { style: { fill: C.teal, color: C.white } });
  const acts = [
    ['W1', 'Representation', 'Build an ICB workforce race dashboard and report it to the Remuneration and People Committee every quarter.', '1', 'Associate Director of People', 'Sept 2022', 'B', 'Dashboard presented on 21 September; now a standing item.', 'Hal Whitcombe'],
    ['W2', 'Recruitment', 'Use name-blind shortlisting for all ICB vacancies at Band 7 and above.', '2', 'Head of HR and OD', 'Q3 2022/23', 'G', 'TRAC anonymisation switched on from 1 November; first six campaigns shortlisted name-blind.', 'Hal Whitcombe'],
    ['W3', 'Recruitment', 'Place an independent panel member from a partner trust on interviews for Very Senior Manager posts.', '2, 9', 'Chief People Officer', 'March 2023', 'A', 'Reciprocal arrangement agreed with two trusts; none yet used as no VSM post has been advertised.', 'Priya Nandakumar'],
    ['W4', 'Fair treatment', 'Report the ethnicity of staff entering formal employee relations processes to the Committee twice a year.', '3', 'Head of HR and OD', 'Q4 2022/23', 'G', 'First report in December: 3 cases, numbers too small to show a pattern – will report over a rolling two years.', 'Hal Whitcombe'],
    ['W5', 'Development', 'Ring-fence places on the system Leading Together programme for ethnic minority staff at Bands 6 to 8a.', '4, 7', 'Associate Director of People', 'Dec 2022', 'R', 'System programme paused by the provider; looking for another route before the end of the year.', 'Priya Nandakumar'],
    ['W6', 'Culture', 'Launch a race equality staff network for the ICB with an executive sponsor and a budget.', '5, 6, 8', 'Chief People Officer', 'Oct 2022', 'B', 'Network launched during Black History Month; 23 members; sponsor is the Chief Finance Officer.', 'Hal Whitcombe'],
    ['W7', 'Culture', 'Make civility and respect training part of the ICB induction and the management development programme.', '6', 'Head of HR and OD', 'March 2023', 'A', 'In induction from January; the management programme module is still being written.', 'Priya Nandakumar'],
    ['W8', 'Board', 'Set a race equality objective for each Board member and review it in their annual appraisal.', '9', 'Director of Corporate Affairs', 'June 2022', 'B', 'Objectives set for all Board members in June.', 'Hal Whitcombe'],
  ];
  const first = hr + 1;
  acts.forEach(([ref, obj, a, ind, lead, due, rag, upd, who], i) => {
    const r = p.action([i + 1, { text: ref, hyperlink: `#'Evidence log'!A${4 + i}` }, obj, a, ind, lead, due, rag], { ref, indicators: ind.split(', '), action: a, lead, due, status: rag, rag: { B: 'blue', G: 'green', A: 'amber', R: 'red' }[rag], progress: upd },
      { styles: [{ font: { color: { argb: 'FF808080' } } }, { font: { underline: true, color: { argb: 'FF0563C1' } } }, {}, {}, { alignment: { horizontal: 'center', vertical: 'top' } }, {}, {}, { bold: true, alignment: { horizontal: 'center', vertical: 'top' } }] });
    ws.getCell(`H${r}`).note = { texts: [{ font: { bold: true, size: 9, name: 'Tahoma' }, text: `${who}:\n` }, { font: { size: 9, name: 'Tahoma' }, text: upd }] };
  });
  const last = p.r;
  ws.addConditionalFormatting({ ref: `H${first}:H${last}`, rules: [['B', C.lightblue], ['G', C.lightgreen], ['A', C.amber], ['R', C.red]].map(([w, f], i) => ({ type: 'cellIs', operator: 'equal', formulae: [`"${w}"`], priority: i + 1, style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: f } } } })) });
  ws.getColumn('A').hidden = true;
  book.wb.definedNames.add(`'WRES action plan'!$A$${hr}:$H$${last}`, 'WRES_Plan');
  p.blank();
  p.line(['', 'RAG: B = complete, G = on track, A = some risk to the deadline, R = off track.'], { merge: ['B', 'H'], style: { font: { size: 9 } } });
  p.line(['', 'Version 3 – updates as at 31 January 2023. Owner: Head of HR and OD.'], { merge: ['B', 'H'], style: { font: { size: 9 } } });
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: hr, topLeftCell: `A${hr + 1}` }];
  ws.pageSetup = { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `1:${hr}` };
  // the evidence log the refs link to
  const E = book.wb.addWorksheet('Evidence log');
  [['Evidence log – WRES action plan 2022/23'], [], ['Ref', 'Evidence', 'Added']].forEach((v, i) => { E.getRow(i + 1).values = v; });
  E.getRow(1).font = { bold: true }; E.getRow(3).font = { bold: true };
  const ev = [['W1', 'Committee paper: workforce race dashboard (Sept 2022)', '22/09/2022'], ['W2', 'TRAC settings screenshot and guidance note', '03/11/2022'], ['W3', 'Email agreement with two partner trusts', '14/12/2022'], ['W4', 'ER casework report, December 2022', '12/12/2022'], ['W5', 'Provider letter pausing the programme', '09/01/2023'], ['W6', 'Network terms of reference', '20/10/2022'], ['W7', 'Induction slides (civility section)', '11/01/2023'], ['W8', 'Board appraisal template with the objective', '30/06/2022']];
  ev.forEach((v, i) => { E.getRow(4 + i).values = v; }); E.getColumn(1).width = 6; E.getColumn(2).width = 52; E.getColumn(3).width = 12;
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional integrated care board, the ICB as an employer). Title and an italic instruction line in B:H, header row 3 'Sort | Ref | Objective | Action | WRES indicator(s) | Senior responsible officer | Deadline | RAG' (teal, frozen, rows 1–3 printed on every page); column A 'Sort' (1–8, grey) is HIDDEN. Each Ref is a HYPERLINK to its row on the 'Evidence log' sheet (a list of documents, not actions). The RAG column holds a bold letter (B / G / A / R) coloured only by 'cell value equal to' conditional formats, and THE ONLY UPDATE FOR EACH ACTION IS IN THE NOTE ON ITS RAG CELL (author line 'Hal Whitcombe:' or 'Priya Nandakumar:' then the update) – there is no update column. The range A3:H11 is the named range WRES_Plan. A RAG key line and a version line sit below the table. Judgement calls: progress = the note's update text without its author line (the note author is not a lead); status = the RAG letter as written ('B', 'G', 'A', 'R'), rag from it via the key line and its conditional colour (B → blue); lead = Senior responsible officer; due = Deadline as written ('Sept 2022', 'Q3 2022/23', 'March 2023'); ref = the link text ('W1'), never the link target or the hidden sort number; Objective is a column, not a theme (theme null); indicators from the WRES indicator(s) column in order ('2, 9', '4, 7', '5, 6, 8'); the Evidence log sheet gives nothing to the gold.",
    { mode: 'cf', ragCol: 'H', noteProgress: { col: 'H' }, links: { col: 'B', refCol: 'B', every: true }, hiddenCols: ['A'], notFrom: ['A'], names: ['WRES_Plan'] });
}
