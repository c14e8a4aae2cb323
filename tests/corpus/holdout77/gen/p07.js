// holdout77-wdes-2026-27-wetherfield: ACUTE trust that keeps ONE JOINT WRES + WDES plan as a MICROSOFT LIST and sends round the list's
// 'Export to Excel' file: a 'Read me' sheet added by the EDI Manager (the only place the trust and plan year are named) and the export
// sheet 'owssvr' holding the table 'Table_owssvr' (TableStyleMedium2, banded rows): 'Title | Action ID | Standard | Indicator / metric |
// High Impact Action | Owner | Target date | Status | Latest update | Evidence | Modified | Modified By | Item Type | Path'.
// Multi-choice cells keep SharePoint's ';#' separator ('WRES;#WDES', 'WRES 5;#WDES 4a;#WDES 4b'); Evidence is a hyperlink column;
// Modified is a date-time. Read as the WDES plan (file name): every row is an action.
import { Book, Plan, C, D, shown, colLetter } from './lib.js';
const F = 'dd/mm/yyyy';
const FT = 'dd/mm/yyyy hh:mm';
const SP = 'https://wetherfieldhospitals.sharepoint.com/sites/PeopleInclusion/Evidence/';
const DT = (y, m, d, hh, mm) => new Date(Date.UTC(y, m - 1, d, hh, mm));
export async function build() {
  const book = new Book();
  const trust = 'Wetherfield Teaching Hospitals NHS Trust';
  const rm = book.wb.addWorksheet('Read me');
  rm.getColumn(1).width = 110;
  const RM = [
    [trust, { bold: true, size: 14, color: { argb: C.nhs } }],
    ['Equality standards action plan 2026/27 (WRES and WDES) – export from the People Inclusion Microsoft List', { bold: true, size: 11 }],
    ['Exported by the EDI Manager on 22/07/2026 for the Equality, Diversity and Inclusion Group. The List is the master copy – please make changes in the List, not in this file.', { size: 11 }],
    ['Standard: WRES = race, WDES = disability; one action can serve both. Indicator / metric gives each code with its standard. High Impact Action = the six actions of the NHS EDI Improvement Plan.', { size: 11 }],
  ];
  RM.forEach(([t, f], i) => { const c = rm.getCell(`A${i + 1}`); c.value = t; c.font = { name: 'Calibri', ...f }; c.alignment = { wrapText: true, vertical: 'top' }; });
  const p = new Plan(book, { name: 'holdout77-wdes-2026-27-wetherfield', sheet: 'owssvr', standard: 'WDES', period: '2026-27', trust, widths: [58, 11, 14, 26, 12, 16, 12, 12, 44, 26, 17, 15, 9, 52], font: { name: 'Calibri', size: 11 } });
  const ws = p.ws;
  const H = ['Title', 'Action ID', 'Standard', 'Indicator / metric', 'High Impact Action', 'Owner', 'Target date', 'Status', 'Latest update', 'Evidence', 'Modified', 'Modified By', 'Item Type', 'Path'];
  const h = p.header(H, { border: false, style: { bold: false } });
  ws.views = [{ state: 'frozen', ySplit: h }];
  const PATH = 'sites/PeopleInclusion/Lists/Equality Standards Action Plan';
  const data = [
    ['Run a declaration drive for disability and long-term conditions, led by the Disability and Neurodiversity Network and timed with the ESR self-service refresh.', 'EQ-01', 'WDES', 'WDES 1', ['1'], 'HIA 2', 'Priya Nair', D(2026, 8, 31), 'In progress', 'Declaration 6.9% in June against 5.4% in March 2026.', ['Declaration dashboard', 'Declaration%20dashboard.pbix'], DT(2026, 7, 14, 9, 42), 'Chloe Ward'],
    ['Introduce de-biased shortlisting in TRAC for all medical posts and all posts at Band 7 and above.', 'EQ-02', 'WRES', 'WRES 2', [], 'HIA 2', 'Tom Ellery', D(2026, 9, 30), 'In progress', 'Live for medical posts; Band 7+ from September.', null, DT(2026, 7, 9, 16, 5), 'Tom Ellery'],
    ['Ring-fence half the places on the Clinical Leaders of Tomorrow programme for ethnic minority and disabled colleagues.', 'EQ-03', 'WRES;#WDES', 'WRES 7;#WDES 5', ['5'], 'HIA 2', 'Anita Kaur', D(2026, 10, 31), 'Not started', '', null, DT(2026, 6, 2, 11, 18), 'Chloe Ward'],
    ['Make interview adjustments an automatic question at application and record how many were asked for and given.', 'EQ-04', 'WDES', 'WDES 2', ['2'], 'HIA 2', 'Tom Ellery', D(2026, 7, 31), 'Complete', 'Question live in TRAC from 1 July.', ['TRAC screenshot', 'TRAC%20adjustments%20question.png'], DT(2026, 7, 2, 8, 55), 'Tom Ellery'],
    ['Add an occupational health and adjustments check before any formal capability hearing.', 'EQ-05', 'WDES', 'WDES 3', ['3'], 'HIA 6', 'Gareth Bloom', D(2026, 6, 30), 'Complete', 'Capability policy amended; approved at the Joint Negotiating Committee.', ['Capability policy v6', 'Capability%20policy%20v6.pdf'], DT(2026, 6, 29, 14, 30), 'Hannah Price'],
    ['Give Emergency Department and acute medicine staff a quick Datix route for abuse from patients, with a named responder and feedback within five days.', 'EQ-06', 'WRES;#WDES', 'WRES 5;#WDES 4a;#WDES 4b', ['4a', '4b'], 'HIA 6', 'Sarah Quaye', D(2026, 9, 30), 'In progress', 'Named responders in place in ED; acute medicine from August.', null, DT(2026, 7, 20, 10, 12), 'Chloe Ward'],
    ['Review every formal disciplinary case by ethnicity each quarter at the Just Culture panel.', 'EQ-07', 'WRES', 'WRES 3', [], 'HIA 6', 'Gareth Bloom', D(2027, 3, 31), 'In progress', 'Q1 review done – no disparity found in 14 cases.', null, DT(2026, 7, 16, 13, 47), 'Hannah Price'],
    ['Set up a central adjustments fund and a 28-day standard from request to equipment in place.', 'EQ-08', 'WDES', 'WDES 8', ['8'], 'HIA 4', 'Lucy Okafor', D(2026, 12, 31), 'Not started', 'Bid going to the Finance and Investment Committee in September.', null, DT(2026, 7, 21, 15, 3), 'Chloe Ward'],
    ['Hold two Board listening sessions a year with disabled colleagues and publish what changed as a result.', 'EQ-09', 'WDES', 'WDES 9a;#WDES 9b', ['9a', '9b'], 'HIA 1', 'Martin Hale', D(2027, 3, 31), 'Not started', '', null, DT(2026, 5, 27, 9, 0), 'Chloe Ward'],
    ['Publish the ethnicity and disability make-up of the Board and the senior leadership team in the annual report.', 'EQ-10', 'WRES;#WDES', 'WRES 9;#WDES 10', ['10'], 'HIA 1', 'Martin Hale', D(2026, 6, 30), 'Complete', 'In the 2025/26 annual report, page 41.', ['Annual report 2025-26', 'Annual%20report%202025-26.pdf'], DT(2026, 7, 1, 12, 26), 'Hannah Price'],
    ['Publish ethnicity and disability pay gaps beside the gender pay gap report.', 'EQ-11', 'WRES;#WDES', 'WRES 1;#WDES 1', ['1'], 'HIA 3', 'Rosa Delgado', D(2027, 3, 31), 'Not started', '', null, DT(2026, 5, 27, 9, 4), 'Chloe Ward'],
    ['Give internationally educated nurses and midwives a named buddy and a 90-day check-in on their first ward.', 'EQ-12', 'WRES', 'WRES 6', [], 'HIA 5', 'Anita Kaur', D(2026, 9, 30), 'In progress', 'Buddies in place for the June cohort of 22.', ['Buddy scheme guide', 'IENM%20buddy%20guide.docx'], DT(2026, 7, 18, 17, 21), 'Chloe Ward'],
  ];
  for (const [title, id, std, ind, inds, hia, owner, due, st, upd, ev, mod, modBy] of data) {
    const link = ev ? { text: ev[0], hyperlink: SP + ev[1] } : null;
    p.action([title, id, std, ind, hia, owner, due, st, upd, link, mod, modBy, 'Item', PATH], { ref: id, indicators: inds, action: title, lead: owner, due: shown(due, F), status: st, rag: null, progress: upd }, { border: false, style: { alignment: { vertical: 'top', wrapText: false } }, styles: [{}, {}, {}, {}, {}, {}, { numFmt: F }, {}, {}, { color: 'FF0563C1', font: { underline: true } }, { numFmt: FT }] });
  }
  const last = p.r;
  const columns = H.map((name) => ({ name, filterButton: true })); const rows = [];
  for (let r = h + 1; r <= last; r++) { const row = []; for (let c = 1; c <= H.length; c++) { const v = ws.getRow(r).getCell(c).value; row.push(v === undefined ? null : v); } rows.push(row); }
  ws.addTable({ name: 'Table_owssvr', displayName: 'Table_owssvr', ref: `A${h}`, headerRow: true, totalsRow: false, style: { theme: 'TableStyleMedium2', showRowStripes: true }, columns, rows });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute trust) kept as a MICROSOFT LIST and sent round as the list's 'Export to Excel' file, ONE JOINT WRES + WDES PLAN, Calibri 11. Two sheets: 'Read me' (added by the EDI Manager – the trust's name, 'Equality standards action plan 2026/27 (WRES and WDES) – export from the People Inclusion Microsoft List', an export line dated 22/07/2026, a line decoding Standard / Indicator / metric / High Impact Action) and 'owssvr' (the export itself, no title): the table 'Table_owssvr' (TableStyleMedium2, banded rows, filter buttons) with header 'Title | Action ID | Standard | Indicator / metric | High Impact Action | Owner | Target date | Status | Latest update | Evidence | Modified | Modified By | Item Type | Path' in row 1 (frozen) and twelve items (rows 2–13). Multi-choice cells keep SharePoint's ';#' separator ('WRES;#WDES'; 'WRES 5;#WDES 4a;#WDES 4b'); Target date is a real date (dd/mm/yyyy); Status is a plain choice word (no colour); Evidence is a hyperlink column (display text = the document's name); Modified is a date-time (dd/mm/yyyy hh:mm); Modified By names whoever last edited the item; Item Type 'Item' and Path are SharePoint's own columns. Judgement calls: the plan is read as the WDES plan (the file's standard; the workbook names both); EVERY ITEM IS AN ACTION (none ambiguous) – the three WRES-only items (EQ-02, EQ-07, EQ-12) stay actions with indicators []; indicators = the WDES codes in 'Indicator / metric' in order ('WRES 5;#WDES 4a;#WDES 4b' → ['4a','4b']; 'WRES 9;#WDES 10' → ['10']; 'WRES 7;#WDES 5' → ['5'], not 7), never the HIA; action = Title; ref = Action ID; lead = Owner, never Modified By (Tom Ellery edits his own items, but as Owner); due = Target date as displayed, never Modified or the export date; status = the choice word, rag null; progress = Latest update; the Evidence link's name is no progress; identity from the 'Read me' sheet; theme null.", { notFrom: ['C', 'D', 'E', 'J', 'K', 'M', 'N'], indRe: { col: 'D', re: 'WDES (10|[1-9][ab]?)' }, otherStd: { col: 'C', own: 'WDES', min: 3 }, hia: { col: 'E', re: 'HIA ([1-6])' }, table77: { name: 'Table_owssvr', headerRow: h }, links: ['J'], fieldCols: { action: 'A', ref: 'B', lead: 'F', due: 'G', status: 'H', progress: 'I' }, forbidden: ['22/07/2026', 'Chloe Ward', 'Hannah Price', 'Item', PATH] });
}
