// holdout80-wres-2018-19-brambleton: community health trust keeping ONE SHEET PER YEAR: '2016-17', '2017-18' and '2018-19' tabs in the same
// layout, oldest first, each titled with the trust and its year; the 2018-19 tab is this year's plan, with a 'Carried from' column of last
// year's refs (context) and R / A / G letters on fills.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Brambleton Community Healthcare NHS Trust';
  const W = [8, 6, 56, 28, 12, 7, 10, 36];
  const HDR = ['Ref', 'Ind', 'Action', 'Owner', 'Complete by', 'RAG', 'Carried from', 'Notes'];
  const FILL = { R: C.red, A: C.amber, G: C.green };
  const old = (name, yr, rows) => {
    const ws = book.wb.addWorksheet(name, { properties: { tabColor: { argb: C.grey } } });
    W.forEach((w, i) => { ws.getColumn(i + 1).width = w; });
    ws.getCell('A1').value = `${trust} – WRES action plan ${yr}`; ws.getCell('A1').font = { name: 'Arial', size: 12, bold: true };
    ws.getRow(3).values = HDR; ws.getRow(3).font = { name: 'Arial', size: 9, bold: true };
    rows.forEach((r, i) => { const row = ws.getRow(4 + i); row.values = r; row.font = { name: 'Arial', size: 9 }; row.alignment = { wrapText: true, vertical: 'top' }; const c = row.getCell(6); if (FILL[r[5]]) c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILL[r[5]] } }; });
    return ws;
  };
  old('2016-17', '2016-17', [
    ['16/01', '1', 'Clean ESR ethnicity records for the community nursing teams.', 'Workforce Information Lead', 'Mar-17', 'G', '', 'Unknowns down from 14% to 6%.'],
    ['16/02', '2', 'Train recruiting managers in values-based interviewing.', 'Recruitment Manager', 'Mar-17', 'G', '', ''],
    ['16/03', '5', 'Add an ethnicity question to the violence and aggression incident form.', 'Head of Risk', 'Dec-16', 'A', '', 'Datix change delayed.'],
    ['16/04', '7', 'Pilot mentoring for BME band 5 district nurses.', 'Head of Inclusion', 'Mar-17', 'A', '', 'Only 6 pairs formed.'],
  ]);
  old('2017-18', '2017-18', [
    ['17/01', '2', 'Put a BME panel member on every band 7+ interview panel.', 'Recruitment Manager', 'Sep-17', 'G', '', ''],
    ['17/02', '3', 'Review the last three years of disciplinary cases by ethnicity with staff side.', 'Head of Employee Relations', 'Dec-17', 'G', '', 'Report to Workforce Committee in January.'],
    ['17/03', '5', 'Finish the Datix change to capture ethnicity of staff assaulted by patients.', 'Head of Risk', 'Jun-17', 'G', '16/03', ''],
    ['17/04', '7', 'Extend mentoring to all BME band 5 and 6 staff and match mentors from other trusts.', 'Head of Inclusion', 'Mar-18', 'A', '16/04', 'Mentor pool still too small.'],
    ['17/05', '9', 'Add a diversity statement to non-executive recruitment packs.', 'Company Secretary', 'Mar-18', 'R', '', 'No vacancies this year.'],
  ]);
  const p = new Plan(book, { name: 'holdout80-wres-2018-19-brambleton', sheet: '2018-19', standard: 'WRES', period: '2018-19', trust, widths: W, font: { name: 'Arial', size: 9 } });
  p.ws.properties.tabColor = { argb: C.green };
  p.line([`${trust} – WRES action plan 2018-19`], { style: { bold: true, font: { size: 12 } } });
  p.blank();
  p.header(HDR, { style: { fill: C.palegrey } });
  const RAG = { R: 'red', A: 'amber', G: 'green' };
  const rows = [
    ['18/01', '1', 'Ask every team leader to check their team’s ethnicity records at one-to-ones and prompt updates through ESR self-service.', 'Workforce Information Lead', 'Sep-18', 'G', '', 'Unknowns now 3.9%.'],
    ['18/02', '2', 'Track shortlisting-to-appointment ratios per recruiting manager and send each manager their own figures twice a year.', 'Recruitment Manager', 'Dec-18', 'A', '', 'First run produced; manager letters drafted.'],
    ['18/03', '3', 'Make a trained "fair treatment" reviewer sign off any decision to start a formal investigation into a BME employee.', 'Head of Employee Relations', 'Oct-18', 'G', '17/02', ''],
    ['18/04', '4', 'Ring-fence a third of the Queen’s Nursing Institute and leadership bursaries for BME applicants.', 'Head of Education & Training', 'Mar-19', 'A', '', 'Bursary round opens February.'],
    ['18/05', '5', 'Give lone-working health visitors and school nurses a way to report racist abuse from parents by text.', 'Head of Risk', 'Jan-19', 'R', '', 'Supplier contract not yet signed.'],
    ['18/06', '6', 'Run facilitated team conversations on racism in the three localities with the worst survey scores.', 'Head of Inclusion', 'Mar-19', 'A', '', ''],
    ['18/07', '7', 'Turn the mentoring scheme into a reverse-mentoring scheme pairing BME staff with every executive director.', 'Head of Inclusion', 'Nov-18', 'G', '17/04', 'Seven pairs meeting monthly.'],
    ['18/08', '9', 'Use an executive search firm with a diverse long-list requirement for the non-executive vacancy.', 'Company Secretary', 'Mar-19', 'A', '17/05', 'Vacancy advertised in January.'],
  ];
  for (const r of rows) { const [ref, ind, act, own, by, rag, from, notes] = r; p.action(r, { ref, indicators: [ind], action: act, lead: own, due: by, status: rag, rag: RAG[rag], progress: notes }, { styles: [{}, { alignment: { horizontal: 'center' } }, {}, {}, {}, { fill: FILL[rag], alignment: { horizontal: 'center' } }, { color: 'FF7F7F7F' }, {}] }); }
  p.blank();
  p.line(['RAG: R = not on track, A = some slippage, G = on track or done. Carried from = the ref of last year’s action this one continues (see the 2017-18 tab).'], { merge: ['A', 'H'], style: { italic: true } });
  p.ws.views = [{ state: 'frozen', ySplit: 3 }];
  book.wb.views = [{ activeTab: 2, firstSheet: 0 }];
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional community health trust) kept ONE SHEET PER YEAR: tabs '2016-17', '2017-18' and '2018-19', oldest first, all in the same layout and each titled '<trust> – WRES action plan <year>'. The gold covers the '2018-19' tab only (this year's plan, the one the file name and the active tab give); the two earlier tabs are past years' plans with their own refs 16/xx and 17/xx and are not read. '2018-19': title (row 1), blank, header 'Ref | Ind | Action | Owner | Complete by | RAG | Carried from | Notes' (row 3, frozen), eight actions 18/01–18/08, a blank row and an italic key line. Judgement calls: identity from the 2018-19 tab's own title; 'Carried from' holds LAST YEAR'S refs (17/02, 17/04, 17/05) – context, never the ref; ref = the 18/xx code; status = the RAG letter as written (R / A / G), rag from its fill; dues as typed ('Sep-18'); progress = Notes; theme null.", { mode: 'fill', ragCol: 'F', notFrom: ['G'], otherSheets: { min: 3, sheets: ['2016-17', '2017-18'] } });
}
