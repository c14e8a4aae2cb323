// holdout80-wdes-2026-27-saltfleet: community and mental health trust; the plan printed as a document over two tabs: 'Plan' (this year's
// actions) and 'Plan (cont.)' (the document continued: actions CLOSED in 2025-26 listed for information, monitoring arrangements and
// sign-off). Start and End dates, a Success measure column, status words in coloured font.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Saltfleet Community and Mental Health NHS Trust';
  const font = { name: 'Calibri', size: 11 };
  const W = [8, 50, 26, 11, 11, 13, 40];
  const p = new Plan(book, { name: 'holdout80-wdes-2026-27-saltfleet', sheet: 'Plan', standard: 'WDES', period: '2026-27', trust, widths: W, font });
  const cont = book.wb.addWorksheet('Plan (cont.)');
  p.line([`${trust} – Workforce Disability Equality Standard action plan 2026/27`], { merge: ['A', 'G'], style: { bold: true, font: { size: 13 } }, height: 20 });
  p.line(['Page 1 of 2 – continued on the next tab'], { merge: ['A', 'G'], style: { italic: true, color: 'FF7F7F7F' } });
  p.header(['Metric', 'Action', 'Lead', 'Start', 'End', 'Status', 'Success measure'], { style: { fill: C.teal, color: C.white } });
  const COL = { 'On track': C.green, 'Not yet started': C.black, Behind: C.red, Complete: C.blue };
  const RAG = { 'On track': 'green', 'Not yet started': null, Behind: 'red', Complete: 'blue' };
  const rows = [
    ['1', 'Add a short "why we ask" film to the ESR declaration page, voiced by members of the Disability and Long-Term Conditions Network.', 'Workforce Information Manager', 'Apr-26', 'Jul-26', 'Complete', 'Declaration rate rises from 6.8% to 8%.'],
    ['2', 'Offer disabled applicants the interview questions 48 hours in advance for every clinical post.', 'Recruitment & Retention Lead', 'Apr-26', 'Sep-26', 'On track', 'Relative likelihood of appointment 1.0–1.1.'],
    ['3', 'Pause any capability process where a reasonable-adjustments review is open, and record the pause reason.', 'Employee Relations Manager', 'May-26', 'Oct-26', 'On track', 'No capability case proceeds with an open review.'],
    ['4a', 'Brief community teams on reporting disability-related abuse from service users on home visits through the lone-worker app.', 'Head of Health & Safety', 'Jun-26', 'Dec-26', 'Behind', 'Reports of disability-related abuse recorded separately.'],
    ['5', 'Give disabled staff in band 4–6 roles first refusal of secondments in the new neighbourhood mental health centres.', 'Head of Workforce Development', 'Jul-26', 'Mar-27', 'Not yet started', 'At least a fifth of secondments go to disabled staff.'],
    ['7', 'Hold quarterly listening sessions between the Chief Executive and network members, online and in person.', 'Head of Inclusion', 'Apr-26', 'Mar-27', 'On track', 'Survey score for feeling valued rises by 3 points.'],
    ['8', 'Replace paper adjustment requests with an online form that tracks each request to delivery.', 'Occupational Health & Wellbeing Lead', 'Apr-26', 'Nov-26', 'Behind', 'Median time to adjustment under 28 days.'],
    ['9b', 'Give the network a budget of its own and a voice at the People & Culture Committee.', 'Chief People Officer', 'Apr-26', 'Jun-26', 'Complete', 'Network chair attends every committee.'],
  ];
  for (const r of rows) { const [met, act, lead, st0, end, st, sm] = r; p.action(r, { indicators: [met], action: act, lead, due: end, status: st, rag: RAG[st], outcome: sm }, { styles: [{ alignment: { horizontal: 'center' } }, {}, {}, {}, {}, { bold: true, color: COL[st] }, {}] }); }
  p.ws.views = [{ state: 'frozen', ySplit: 3 }];
  p.ws.pageSetup = { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  W.forEach((w, i) => { cont.getColumn(i + 1).width = w; });
  const put = (r, vals, f = {}) => { vals.forEach((v, i) => { const c = cont.getRow(r).getCell(i + 1); c.value = v; c.font = { ...font, ...f }; c.alignment = { wrapText: true, vertical: 'top' }; }); };
  put(1, ['WDES action plan 2026/27 (continued)'], { bold: true, size: 13 });
  put(2, ['Page 2 of 2'], { italic: true, color: { argb: 'FF7F7F7F' } });
  put(4, ['Actions closed in 2025/26 (for information – not part of this year’s plan)'], { bold: true });
  put(5, ['Metric', 'Action', 'Lead', '', 'Closed', 'Status'], { bold: true });
  [['1', 'Run a declaration week in inpatient units with paper forms for staff without ESR access.', 'Workforce Information Manager', '', 'Nov-25', 'Complete'],
    ['4b', 'Include disability in the managers’ essentials course.', 'Head of Workforce Development', '', 'Jan-26', 'Complete'],
    ['10', 'Offer Board members a confidential declaration route via the Company Secretary.', 'Company Secretary', '', 'Mar-26', 'Complete']].forEach((r, i) => put(6 + i, r));
  put(10, ['Monitoring'], { bold: true });
  put(11, ['Progress is reported quarterly to the People & Culture Committee (next: 15 October 2026) and the Disability and Long-Term Conditions Network.']); cont.mergeCells('A11:G11');
  put(13, ['Approved by the Board of Directors, 30 April 2026. Plan owner: Head of Inclusion.']); cont.mergeCells('A13:G13');
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional community and mental health trust) laid out as a printed document over two tabs. 'Plan' (the gold sheet): title naming the trust, standard and year (row 1), 'Page 1 of 2 – continued on the next tab' (row 2), the teal header 'Metric | Action | Lead | Start | End | Status | Success measure' (row 3, frozen) and eight actions without refs. 'Plan (cont.)' continues the document but holds NO actions of this year's plan: a table of three actions CLOSED in 2025/26 'for information – not part of this year's plan', a monitoring paragraph with the next committee date, and the Board approval line naming the plan owner. Judgement calls: the gold covers 'Plan' only – the closed 2025/26 actions on the continuation tab are last year's and are not read; due = End, never Start (both typed 'Mmm-yy'); status = the word, rag from its FONT colour (green on track, red behind, blue complete, black not yet started → null); outcome = Success measure; progress '' (no update column); metrics as written (4a, 9b); the committee and approval dates are no dues and the plan owner leads nothing; theme null.", { mode: 'font', ragCol: 'F', notFrom: ['D'], otherSheets: { min: 2, sheets: ['Plan (cont.)'] } });
}
