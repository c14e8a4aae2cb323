// holdout75-wres-2022-23-corbyholm: ICB (own staff), first year after the July 2022 transfer from three CCGs. The plan lives in a
// SharePoint list built from the digital team's generic 'tracker' list template, whose columns are Title / Details / Info / Date /
// Notes / Tag, and was exported to Excel for the People Committee: the export adds Modified, Modified By, Item Type and Path, and the
// EDI manager typed one title line above the exported table.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'NHS Corbyholm Integrated Care Board';
  const p = new Plan(book, { name: 'holdout75-wres-2022-23-corbyholm', sheet: 'owssvr', standard: 'WRES', period: '2022-23', trust, widths: [12, 60, 34, 12, 40, 10, 17, 18, 9, 36], font: { name: 'Calibri', size: 11 } });
  p.line([`${trust} – WRES actions 2022-23 (ICB staff). Exported from the People Directorate SharePoint list 06/03/2023.`], { style: { bold: true } });
  const cols = ['Title', 'Details', 'Info', 'Date', 'Notes', 'Tag', 'Modified', 'Modified By', 'Item Type', 'Path'];
  const hr = p.header(cols, { border: false, style: { color: C.white } });
  const T = (y, m, d, h, mi) => new Date(Date.UTC(y, m - 1, d, h, mi));
  const path = 'sites/PeopleDirectorate/Lists/Tracker';
  const rows = [
    ['WRES 1', 'Publish the ICB’s first WRES figures for its own staff, by directorate, after the transfer of staff from the three CCGs.', 'Head of Workforce Planning and Intelligence', D(2022, 9, 30), 'On the staff intranet since September.', 'Complete', T(2022, 10, 3, 9, 14), 'Okonjo, Ruth'],
    ['WRES 2', 'Add a trained diverse panel member to every interview for Band 8a and above, drawn from a pool of volunteers.', 'Head of Talent Acquisition', D(2022, 12, 31), 'Pool of 26 trained; used on 70% of panels.', 'Open', T(2023, 2, 21, 16, 2), 'Patterson, Gareth'],
    ['WRES 2', 'Use anonymised applications for all ICB posts advertised on NHS Jobs.', 'Head of Talent Acquisition', D(2022, 10, 31), '', 'Complete', T(2022, 11, 1, 11, 30), 'Patterson, Gareth'],
    ['WRES 3', 'Have every proposed formal disciplinary case for a BME member of staff reviewed by a second HR professional before it starts.', 'HR Business Partner (Corporate)', D(2023, 1, 31), 'Two cases reviewed since November.', 'Open', T(2023, 1, 16, 10, 45), 'Okonjo, Ruth'],
    ['WRES 4', 'Track who is offered acting-up and secondment opportunities across the ICB, by ethnicity, each quarter.', 'Organisational Development Lead', D(2023, 3, 31), 'ESR does not record secondments; a manual log is needed.', 'Blocked', T(2023, 2, 28, 14, 19), 'Okonjo, Ruth'],
    ['WRES 6, 8', 'Bring the three former CCG staff networks together as one Race Equality Network with its own budget.', 'Head of Inclusion', D(2022, 11, 30), 'Launched in November with 58 members.', 'Complete', T(2022, 12, 5, 8, 51), 'Achebe, Chidi'],
    ['WRES 7', 'Offer reverse mentoring between BME staff and members of the ICB Executive Team.', 'Head of Inclusion', D(2023, 3, 31), 'Six pairs started in February.', 'Open', T(2023, 3, 2, 12, 7), 'Achebe, Chidi'],
    ['WRES 9', 'Report the ethnicity of ICB Board members, including partner members, in the annual report.', 'Board Secretary', D(2023, 3, 31), '', 'Open', T(2023, 1, 9, 15, 33), 'Patterson, Gareth'],
  ];
  const tableRows = [];
  for (const r of rows) {
    const [title, det, info, date, notes, tag, mod, by] = r;
    tableRows.push([title, det, info, date, notes || null, tag, mod, by, 'Item', path]);
    p.action([title, det, info, date, notes, tag, mod, by, 'Item', path], { indicators: title.replace('WRES ', '').split(', '), action: det, lead: info, due: shown(date, 'dd/mm/yyyy'), status: tag, progress: notes }, { border: false, styles: [{}, {}, {}, { numFmt: 'dd/mm/yyyy' }, {}, {}, { numFmt: 'dd/mm/yyyy hh:mm' }, {}, {}, {}] });
  }
  p.ws.addTable({ name: 'Table_owssvr', ref: `A${hr}`, headerRow: true, totalsRow: false, style: { theme: 'TableStyleMedium9', showRowStripes: true }, columns: cols.map((name) => ({ name, filterButton: true })), rows: tableRows });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional ICB, its own staff), Calibri 11, in the first year after the July 2022 transfer from three CCGs. The plan lives in a SharePoint list that the EDI manager built from the ICB digital team's generic 'tracker' list template, whose columns are simply Title / Details / Info / Date / Notes / Tag; she did not rename them. Sheet 'owssvr' (SharePoint's export sheet name): one bold line she typed above the export naming the ICB, the standard, the year and the export date 06/03/2023 (row 1), then the exported TABLE (TableStyleMedium9, filter buttons) with header row 2 'Title | Details | Info | Date | Notes | Tag | Modified | Modified By | Item Type | Path' and eight actions. What the contents show: Title = the WRES indicator ('WRES 2', 'WRES 6, 8'); Details = the action; Info = the job title of whoever leads it; Date = the target date (real date, dd/mm/yyyy); Notes = progress; Tag = the item's status (Open / Complete / Blocked, no colour). Modified (dd/mm/yyyy hh:mm), Modified By (the person who last edited the item, surname first), Item Type ('Item') and Path are SharePoint's own export columns. Judgement calls: indicators from Title ('WRES 6, 8' → ['6','8']); action = Details; lead = Info as written; due = Date as displayed ('30/09/2022'), NEVER Modified; Modified By is no lead; status = Tag as written, rag null; progress = Notes where filled; no ref (Title is the indicator, not a numbering); theme null. The export date in row 1 is no due.", { fieldCols: { action: 'B', lead: 'C', due: 'D', progress: 'E', status: 'F' }, headerSays: { A: 'Title', B: 'Details', C: 'Info', D: 'Date', E: 'Notes', F: 'Tag' }, notFrom: ['G', 'H', 'I', 'J'], forbidden: ['Okonjo, Ruth', 'Patterson, Gareth', 'Achebe, Chidi', '06/03/2023'] });
}
