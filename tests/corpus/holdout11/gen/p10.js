// holdout11-wres-2022-23-westerlode: NEW LAYOUT – a plan EXPORTED FROM A SHAREPOINT LIST ('Export to Excel'): sheet 'owssvr',
// header on row 1 with internal-style names (ID, Title, Indicator, AssignedTo, DueDate…), ISO dates, multi-choice 'a;#b',
// person fields 'Surname, First;…', task-list statuses with no colour, system columns (Modified, Item Type, Path); no title.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  book.wb.title = 'WRES Actions 2022-23';
  book.wb.company = 'Westerlode Hospitals NHS Trust';
  const p = new Plan(book, { name: 'holdout11-wres-2022-23-westerlode', sheet: 'owssvr', standard: 'WRES', period: '2022-23', trust: 'Westerlode Hospitals NHS Trust', widths: [6, 60, 26, 30, 12, 16, 10, 46, 17, 20, 10, 40] });
  const BLUE = 'FF4472C4', BAND = 'FFD9E1F2';
  p.header(['ID', 'Title', 'Indicator', 'AssignedTo', 'DueDate', 'Status', 'PercentComplete', 'ProgressNotes', 'Modified', 'Modified By', 'Item Type', 'Path'], { border: false, style: { fill: BLUE, color: C.white } });
  p.ws.views = [{ state: 'frozen', ySplit: 1 }];
  const ISO = 'yyyy-mm-dd'; const PATH = 'sites/WesterlodeEDI/Lists/WRES Actions 2022-23';
  let n = 0;
  const act = (id, title, ind, inds, who, due, st, pct, notes, mod, by) => {
    const band = (n++ % 2) ? { fill: BAND } : {};
    return p.action([id, title, ind, who, due ?? '', st, pct, notes, mod, by, 'Item', PATH], { ref: String(id), indicators: inds, action: title, lead: who, due: due ? shown(due, ISO) : '', status: st, rag: null, progress: notes },
      { border: false, style: band, styles: [{}, {}, {}, {}, { numFmt: ISO }, {}, { numFmt: '0%' }, {}, { numFmt: 'yyyy-mm-dd hh:mm' }] });
  };
  const T = (y, m, d, h, mi) => new Date(Date.UTC(y, m - 1, d, h, mi));
  act(1, 'Publish ethnicity breakdown by band and division to divisional boards every quarter', 'Indicator 1', ['1'], 'Okafor, Grace', D(2022, 6, 30), 'Completed', 1, 'Q1 pack issued 28/06; now business as usual.', T(2022, 7, 4, 9, 12), 'Okafor, Grace');
  act(2, 'Set divisional aspirational targets for BME representation at 8a+ (Model Employer trajectory)', 'Indicator 1', ['1'], 'Lindqvist, Mark', D(2022, 9, 30), 'In Progress', 0.6, 'Targets agreed for Medicine and Surgery; W&C and Clinical Support outstanding.', T(2022, 11, 18, 14, 37), 'Begum, Shahana');
  act(3, 'Add a trained inclusion ambassador to every interview panel for Band 8a and above', 'Indicator 2;#Indicator 7', ['2', '7'], 'Hart, Simon;Begum, Shahana', D(2022, 10, 31), 'In Progress', 0.4, '23 ambassadors trained. Rota live from November.', T(2022, 11, 2, 10, 5), 'Hart, Simon');
  act(5, 'Monthly shortlisting-to-appointment report by ethnicity for recruiting managers', 'Indicator 2', ['2'], 'Hart, Simon', D(2022, 8, 31), 'Completed', 1, 'Report in TRAC dashboard.', T(2022, 9, 1, 16, 48), 'Hart, Simon');
  act(6, 'Pre-formal-action checklist signed by Deputy Director of People before any disciplinary investigation', 'Indicator 3', ['3'], 'Adeyemi, Tunde', D(2022, 7, 31), 'Completed', 1, 'Checklist in the disciplinary policy from 1 Aug.', T(2022, 8, 3, 11, 20), 'Adeyemi, Tunde');
  act(8, 'Report non-mandatory training and CPD funding by ethnicity from the L&D system', 'Indicator 4', ['4'], 'Kowalski, Anna', D(2023, 1, 31), 'Waiting on someone else', 0.2, 'Waiting for supplier to add ethnicity field to course booking report.', T(2022, 12, 9, 8, 55), 'Kowalski, Anna');
  act(9, 'Zero tolerance campaign on racist abuse from patients and visitors (posters, letters, Datix category)', 'Indicator 5', ['5'], 'Begum, Shahana', D(2022, 11, 30), 'In Progress', 0.75, 'Posters out; letter template with Legal.', T(2022, 12, 1, 13, 2), 'Begum, Shahana');
  act(10, 'Active bystander training for teams with highest bullying scores in the 2021 Staff Survey', 'Indicator 6;#Indicator 8', ['6', '8'], 'Kowalski, Anna', D(2023, 3, 31), 'In Progress', 0.3, '7 of 20 teams trained.', T(2023, 1, 12, 15, 41), 'Kowalski, Anna');
  act(11, 'Cohort 2 of the Rise reciprocal mentoring programme (BME staff and executive directors)', 'Indicator 7;#Indicator 9', ['7', '9'], 'Lindqvist, Mark', D(2023, 2, 28), 'Not Started', 0, 'Delayed to Q4 due to industrial action planning.', T(2022, 12, 15, 9, 30), 'Lindqvist, Mark');
  act(13, 'Publish ethnicity pay gap report alongside gender pay gap report', 'Indicator 1', ['1'], 'Okafor, Grace', D(2023, 3, 31), 'Deferred', 0, 'Deferred to 2023/24 – national guidance awaited.', T(2023, 2, 6, 12, 0), 'Okafor, Grace');
  act(14, 'Board development session on the WRES results and the Trust’s race equality priorities', 'Indicator 9', ['9'], 'Fairweather, Louise', D(2022, 12, 8), 'Completed', 1, 'Session held at Board seminar 8 December.', T(2022, 12, 9, 17, 3), 'Fairweather, Louise');
  act(15, 'Quarterly update on this tracker to People and Culture Committee', 'Indicator 1;#Indicator 2;#Indicator 3;#Indicator 4;#Indicator 5;#Indicator 6;#Indicator 7;#Indicator 8;#Indicator 9', ['1', '2', '3', '4', '5', '6', '7', '8', '9'], 'Begum, Shahana', null, 'In Progress', 0.5, 'Updates given Sept and Dec.', T(2023, 1, 5, 10, 16), 'Begum, Shahana');
  p.ws.autoFilter = 'A1:L1';
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) that is an EXPORT OF A SHAREPOINT LIST – a layout no earlier batch had. Sheet 'owssvr' (the default name of a SharePoint 'Export to Excel'), NO TITLE: the header is row 1 with list column names as SharePoint shows them – 'ID | Title | Indicator | AssignedTo | DueDate | Status | PercentComplete | ProgressNotes | Modified | Modified By | Item Type | Path' – blue with an autofilter, rows banded, header frozen. The trust name is in NO CELL: only in the workbook properties (company) and, shortened, in every row's 'Path' ('sites/WesterlodeEDI/Lists/WRES Actions 2022-23'), which also gives the period; gold identity trust = 'Westerlode Hospitals NHS Trust' from the properties. 'ID' is the ref (gaps where items were deleted: 1, 2, 3, 5, 6, 8 …). 'Title' is the action (gold action = Title, terse list style). 'Indicator' is a multi-choice field exported as 'Indicator 2;#Indicator 7' → ['2','7']; the last row lists all nine → all nine; theme null. 'AssignedTo' is a person field 'Surname, First', two people joined by ';' ('Hart, Simon;Begum, Shahana'); gold lead = the whole cell. 'DueDate' is a real date shown ISO yyyy-mm-dd ('2022-06-30'); the last item has none → due ''. Status uses SharePoint task-list choices (Completed, In Progress, Not Started, Deferred, Waiting on someone else) with NO colour and no key → rag null. 'PercentComplete' (0%–100%) is not the status; 'ProgressNotes' is gold progress. 'Modified' (yyyy-mm-dd hh:mm), 'Modified By', 'Item Type' and 'Path' are system columns – 'Modified' is not a due date and 'Modified By' is not the lead (they differ on rows 3 and 4).", { trustInProperties: true });
}
