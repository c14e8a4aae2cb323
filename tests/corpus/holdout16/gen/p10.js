// holdout16-wdes-2021-22-quorndale: NEW LAYOUT – TITLE ONLY IN THE PRINT HEADER. The sheet's cells start with the table
// header on row 1; the trust name, the plan title (standard + year) and a version note are held only in the Page Layout
// HEADER/FOOTER (what Excel prints at the top of every page and shows in Page Layout view), never in a cell. Otherwise an
// ordinary 2021-set WDES plan: 'Metric | Action | Lead | Due | Status | Update'; 'mmm yy' dates; status words filled; key
// and contact lines under the table.
import { Book, Plan, C, D, shown } from './lib.js';
export const TRUST = 'Quorndale Community Healthcare NHS Trust';
export const TITLE = 'Workforce Disability Equality Standard (WDES) Action Plan 2021-22';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout16-wdes-2021-22-quorndale', sheet: 'Action plan', standard: 'WDES', period: '2021-22', trust: TRUST, widths: [10, 62, 30, 10, 14, 48] });
  p.ws.headerFooter = {
    oddHeader: `&L&"Arial,Bold"&11${TRUST}&C&"Arial,Bold"&12${TITLE}&R&"Arial,Regular"&9Version 2 – October 2021`,
    oddFooter: '&L&8OFFICIAL&C&8Page &P of &N&R&8Printed &D',
  };
  p.ws.pageSetup = { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1', margins: { left: 0.5, right: 0.5, top: 0.9, bottom: 0.6, header: 0.3, footer: 0.3 } };
  const h = p.header(['Metric', 'Action', 'Lead', 'Due', 'Status', 'Update'], { style: { fill: C.grey, alignment: { vertical: 'middle', wrapText: true } } });
  p.ws.views = [{ state: 'frozen', ySplit: h, showGridLines: false }];
  const S = { Complete: [C.blue, 'blue', C.white], 'On track': [C.green, 'green'], Delayed: [C.amber, 'amber'], 'Not started': [C.red, 'red', C.white] };
  const F = 'mmm yy';
  const data = [
    ['M1', ['1'], 'Include a "check your personal details" prompt, including disability, in the annual appraisal paperwork.', 'Workforce Information Manager', D(2021, 9, 30), 'Complete', 'In the new appraisal form from September.'],
    ['M1', ['1'], 'Report disability declaration and band profile for each locality twice a year.', 'Workforce Information Manager', D(2022, 3, 31), 'On track', 'First report to October People Group.'],
    ['M2', ['2'], 'Check that every vacancy on TRAC applies the guaranteed interview scheme and sample 20 shortlists a quarter.', 'Recruitment Manager', D(2021, 12, 31), 'Delayed', 'Sampling started late; first sample in January.'],
    ['M3', ['3'], 'Add an occupational health review to the capability process for any member of staff with a declared disability.', 'HR Business Partner (Community)', D(2021, 11, 30), 'Complete', 'Process updated November.'],
    ['M4a', ['4a'], 'Give lone workers visiting patients at home access to the lone worker app and training on handling abuse.', 'Health and Safety Lead', D(2022, 3, 31), 'On track', '430 of 600 lone workers set up.'],
    ['M4a, M4b', ['4a', '4b'], 'Ask the Disability Network to co-design a short guide on reporting bullying and harassment.', 'Freedom to Speak Up Guardian', D(2022, 1, 31), 'Not started', 'Network meeting to plan this in February.'],
    ['M5', ['5'], 'Offer disabled staff coaching through the regional leadership academy.', 'Head of Learning and Development', D(2022, 3, 31), 'On track', 'Six staff matched with coaches.'],
    ['M6', ['6'], 'Remind managers that staff with long-term conditions and long Covid can have adjusted attendance triggers.', 'Head of HR', D(2021, 10, 31), 'Complete', 'Briefing sent and discussed at managers\u2019 forum.'],
    ['M8', ['8'], 'Set up an Access to Work support service in the HR advice team.', 'Head of HR', D(2022, 2, 28), 'Delayed', 'Recruitment to the adviser post delayed.'],
    ['M9a, M9b', ['9a', '9b'], 'Give the Disability Network chair one day a month protected time and an executive sponsor.', 'Director of People', D(2021, 7, 31), 'Complete', 'Agreed July; sponsor is the Director of Nursing.'],
    ['M10', ['10'], 'Hold a Board development session on disability equality led by the Network.', 'Director of People', D(2022, 3, 31), 'Not started', ''],
  ];
  for (const [m, inds, action, lead, due, st, upd] of data)
    p.action([m, action, lead, due, st, upd], { indicators: inds, action, lead, due: shown(due, F), status: st, rag: S[st][1], progress: upd }, { styles: [{}, {}, {}, { numFmt: F }, { fill: S[st][0], ...(S[st][2] ? { color: S[st][2] } : {}) }] });
  p.blank();
  p.line(['Status: Complete (blue), On track (green), Delayed (amber), Not started (red).'], { merge: ['A', 'F'], style: { italic: true } });
  p.line(['Questions: contact the People Team on wdes@quorndale.example.nhs.uk'], { merge: ['A', 'F'], style: { font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold(`Original plan (fictional trust) with a real-world layout NO EARLIER BATCH HAS: the TITLE IS ONLY IN THE PRINT HEADER. The sheet ('Action plan', gridlines off, landscape, fit to one page wide, row 1 repeated on every printed page) starts with the grey table header on ROW 1 'Metric | Action | Lead | Due | Status | Update' (frozen). No cell names the trust, the standard's full name or the year: they are in the Page Layout HEADER – left '${TRUST}', centre '${TITLE}', right 'Version 2 – October 2021' – with a footer 'OFFICIAL | Page &P of &N | Printed &D'; a person sees them in Page Layout view and on every printed page. Gold identity = trust and period (2021-22) from the print header; the standard is also clear from the 'Metric' codes (2021 set: 'M4a', 'M4a, M4b', 'M9a, M9b'). Dues are real dates shown 'mmm yy' ('Sep 21'). Status words filled: Complete blue, On track green, Delayed amber, Not started red. Progress = Update (one empty). Under the table a status key line and a contact line (non-action rows; the e-mail address is not the trust's name). Judgement calls: the print header is the plan's title and gives its identity; header codes (&P, &N, &D) are page furniture, not content; no row in the grid is a title.`, { ragCol: 'E', mode: 'fill', printHeader: [TITLE] });
}
