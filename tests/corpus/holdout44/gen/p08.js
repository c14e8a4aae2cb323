// holdout44-wdes-2020-21-gorsedale: a specialist children's hospital's WDES tracker whose Status is WORKED OUT FROM DATES (Start, Due,
// Completed on) against a named Report date, with conditional fills; the instruction rows above the header and a template example row
// under it are HIDDEN; printed title rows; frozen panes; autofilter.
import { Book, Plan, C, D, shown, cfWords } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = "Gorsedale Children's Hospital NHS Foundation Trust";
  const p = new Plan(book, { name: 'holdout44-wdes-2020-21-gorsedale', sheet: 'WDES tracker', standard: 'WDES', period: '2020-21', trust, widths: [8, 12, 54, 28, 12, 12, 13, 14, 42], font: { name: 'Arial', size: 10 } });
  const ws = p.ws; const F = 'dd/mm/yyyy'; const rep = D(2021, 3, 31);
  p.line([trust], { merge: ['A', 'I'], style: { bold: true, font: { size: 13 }, color: C.white, fill: C.purple } });
  p.line(['Workforce Disability Equality Standard action plan 2020/21', '', '', '', '', '', 'Report date:', rep], { merge: ['A', 'E'], styles: [{ bold: true }, {}, {}, {}, {}, {}, { bold: true, alignment: { horizontal: 'right' } }, { numFmt: F, bold: true }] });
  book.wb.definedNames.add("'WDES tracker'!$H$2", 'ReportDate');
  p.line(['HOW TO USE THIS TRACKER: enter Start and Due dates for each action; when an action is finished enter the Completed on date.'], { merge: ['A', 'I'], style: { font: { size: 9, color: { argb: 'FF7F7F7F' } } }, hidden: true });
  p.line(['Status is calculated from the dates and the Report date (cell H2) – do not type in the Status column.'], { merge: ['A', 'I'], style: { font: { size: 9, color: { argb: 'FF7F7F7F' } } }, hidden: true });
  p.line(['Delete the example row before circulating. Hide these instruction rows before printing.'], { merge: ['A', 'I'], style: { font: { size: 9, color: { argb: 'FF7F7F7F' } } }, hidden: true });
  const hr = p.header(['Ref', 'WDES metric', 'Action', 'Lead', 'Start', 'Due', 'Completed on', 'Status', 'Progress notes'], { style: { fill: C.lilac } });
  const ex = p.line(['e.g.', 'WDES 1', 'Example – describe the action in one sentence', 'Job title, not name', D(2020, 4, 1), D(2020, 6, 30), '', 'Not yet started', 'Short update each quarter'], { border: true, style: { italic: true, color: 'FF808080' }, styles: [{}, {}, {}, {}, { numFmt: F }, { numFmt: F }, {}, {}, {}], hidden: true });
  const acts = [
    ['D1', 'WDES 1', 'Send every member of staff a reminder to update their disability status on ESR self-service, with an explanation of why it matters.', 'Workforce Systems Manager', D(2020, 9, 1), D(2020, 11, 30), D(2020, 11, 20), 'Declared rate up from 3.1% to 4.4%.'],
    ['D2', 'WDES 2', 'Review the wording of job adverts and the interview guidance so that adjustments are offered at every stage of recruitment.', 'Recruitment Lead', D(2020, 10, 1), D(2021, 1, 31), null, 'Adverts updated; interview guidance with the Staff Side for comment.'],
    ['D3', 'WDES 3', 'Check whether disabled staff are over-represented in capability processes once the 2020/21 data is complete.', 'Employee Relations Manager', D(2021, 4, 1), D(2021, 6, 30), null, 'Starts with the year-end data.'],
    ['D4', 'WDES 4', 'Add a disability question to the bullying and harassment reporting form so the data can be analysed.', 'Head of Staff Experience', D(2020, 7, 1), D(2020, 9, 30), D(2020, 10, 12), 'Question added in October.'],
    ['D5', 'WDES 5', 'Work with the learning team to make the leadership programme fully accessible, including online sessions during Covid-19.', 'Head of Learning and Development', D(2020, 9, 1), D(2021, 6, 30), null, 'Recorded sessions and captions now standard.'],
    ['D6', 'WDES 6', 'Brief managers on supporting staff who are shielding or working from home with a long-term condition.', 'Head of Occupational Health', D(2020, 5, 1), D(2020, 7, 31), D(2020, 7, 24), 'Briefings held with 140 managers.'],
    ['D7', 'WDES 7', 'Create a Disability and Wellbeing staff network and give it a budget for the year.', 'Chief People Officer', D(2020, 10, 1), D(2021, 3, 31), null, 'Network chair appointed; first meeting delayed by the January wave.'],
    ['D8', 'WDES 8', 'Set up a central budget for reasonable adjustments so that teams do not have to fund them from their own budgets.', 'Deputy Director of Finance', D(2020, 11, 1), D(2021, 2, 28), null, 'Business case with the Finance Committee.'],
    ['D9', 'WDES 9', 'Report the disability staff survey results to the Board with the action plan and ask the Network to present them.', 'Director of Workforce', D(2021, 3, 1), D(2021, 5, 31), null, ''],
    ['D10', 'WDES 10', 'Invite Board members to declare a disability in confidence as part of the annual declarations of interest.', 'Company Secretary', D(2021, 4, 1), D(2021, 4, 30), null, 'Form updated for April.'],
  ];
  const first = hr + 2; const rag = { Completed: 'blue', 'In progress': 'green', Overdue: 'red' };
  for (const [ref, m, a, lead, st, due, comp, notes] of acts) {
    const r = p.r + 1; const status = comp ? 'Completed' : rep > due ? 'Overdue' : rep >= st ? 'In progress' : 'Not yet started';
    p.action([ref, m, a, lead, st, due, comp, { formula: `IF(G${r}<>"","Completed",IF(ReportDate>F${r},"Overdue",IF(ReportDate>=E${r},"In progress","Not yet started")))`, result: status }, notes],
      { ref, indicators: [m.replace('WDES ', '')], action: a, lead, due: shown(due, F), status, rag: rag[status] ?? null, progress: notes, completed: comp ? shown(comp, F) : '' },
      { styles: [{}, {}, {}, {}, { numFmt: F }, { numFmt: F }, { numFmt: F }, {}, {}] });
  }
  const last = p.r;
  cfWords(ws, `H${hr + 1}:H${last}`, [['Completed', C.lightblue], ['Overdue', C.badR], ['In progress', C.goodG]]);
  p.blank();
  p.line(['Status key: Completed (blue) – Completed on date entered; In progress (green) – started, not yet due; Overdue (red) – past its due date; Not yet started (no colour).'], { merge: ['A', 'I'], style: { font: { size: 9 } } });
  ws.autoFilter = `A${hr}:I${last}`;
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: hr, topLeftCell: `A${hr + 1}` }];
  ws.pageSetup = { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `1:2` };
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional specialist children's hospital, pre-2021 metric set, Covid year). A purple title bar and a subtitle row with 'Report date: 31/03/2021' (H2, the named range ReportDate; rows 1–2 printed on every page). Rows 3–5 are HIDDEN instruction lines ('HOW TO USE THIS TRACKER…'), then header row 6 'Ref | WDES metric | Action | Lead | Start | Due | Completed on | Status | Progress notes' (frozen, autofilter), then a HIDDEN grey italic TEMPLATE EXAMPLE ROW 7 ('e.g.', 'WDES 1', 'Example – describe the action…', 'Job title, not name', 'Not yet started'). Status is a FORMULA with cached results: 'Completed' when Completed on is filled, 'Overdue' when ReportDate is after Due, 'In progress' when ReportDate is on or after Start, else 'Not yet started'; coloured only by conditional formats (Completed light blue, Overdue light red, In progress light green). A status key line below. Judgement calls: the hidden instruction rows and the hidden example row are not actions (the example is the template's, its status is not a status); status = the cached result ('Overdue' for D2 and D8, due before 31/03/2021 without a Completed on date), rag = its conditional colour (Completed → blue, In progress → green, Overdue → red, Not yet started → null); due = Due as shown (dd/mm/yyyy), never Start; completed = the Completed on date as shown; progress = Progress notes (empty for D9); indicators from 'WDES n' (whole metrics 4 and 9 in this year); theme null.",
    { mode: 'cf', ragCol: 'H', formulaCols: ['H'], names: ['ReportDate'], hiddenRows: [3, 4, 5, ex] });
}
