// holdout76-wres-2016-17-wendlecote: acute trust, the first WRES plan, kept on the HR shared drive by the HR manager (JB), the recruitment
// manager (KO) and the L&D lead (PL) over the year. Target dates typed five ways, status words typed four ways for 'on track' and only
// sometimes coloured, comments appended with initials and dates, one action with a bulleted list in its cell, and one row where the
// target date went into the Lead cell and the lead into the Target date cell.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Wendlecote Hospitals NHS Trust';
  const font = { name: 'Calibri', size: 11 };
  const p = new Plan(book, { name: 'holdout76-wres-2016-17-wendlecote', sheet: 'WRES 2016-17', standard: 'WRES', period: '2016-17', trust, widths: [5, 11, 52, 24, 13, 13, 50], font });
  p.line([trust], { style: { bold: true, font: { size: 14 } } });
  p.line(['Workforce Race Equality Standard – Action Plan 2016/17'], { style: { bold: true } });
  p.line(['Working copy on the HR shared drive – please update your own rows and put your initials and the date on any comment. Do not sort!'], { style: { italic: true, color: C.darkred } });
  p.blank();
  p.header(['No', 'WRES Indicator', 'Action', 'Lead', 'Target date', 'Status', 'Comments'], { style: { fill: C.paleblue } });
  p.ws.views = [{ state: 'frozen', ySplit: 5, topLeftCell: 'A6', activeCell: 'C6' }];
  const RAG = { 'On track': 'green', Complete: 'blue', 'on track ': 'green', Ontrack: 'green', delayed: 'amber', 'completed?': 'blue', 'Not started': 'red', G: 'green' };
  const FILL = { green: C.green, blue: C.lightblue, amber: C.amber };
  // [no, ind, action, lead cell, due cell, status, filled?, comments, gold overrides]
  const rows = [
    ['1', '1', 'Publish the Band 5 to 8a breakdown by ethnicity for each division every six months and send it to the divisional directors.', 'JB', '31/3/17', 'On track', true,
      'JB 10/10/16: first run done from ESR, 23% of staff “not stated” – cleaning the data first.\nJB 09/01/17: not stated down to 14%, second run sent to divisions.'],
    ['2', '2', 'Remove candidate names and dates of birth from shortlisting packs for all Band 6 and 7 nursing and AHP posts.', 'k.osei@wendlecote.nhs.uk', D(2016, 12, 31), 'Complete', true,
      'KO 28/11/16: TRAC set up to hide names. Live from 1 December.'],
    ['3', '2', 'Train every recruiting manager at Band 8a and above in fair shortlisting (half-day session) before they next chair a panel.', 'Head of L&D', 'March 2017', 'on track ', false,
      'PL 15/11/16: three sessions booked, 41 places.\nPL 20/02/17: 37 managers attended so far.'],
    ['4', '3', 'Ask HR advisers to record the ethnicity of everyone entering a formal disciplinary and look at the figures at every quarterly employee relations meeting.', 'Deputy Director of HR', D(2017, 1, 1), 'Ontrack', false,
      'JB 02/12/16: ethnicity field added to the case tracker.'],
    ['5', '4', 'Offer BME staff at Bands 5 and 6 a place on the “Next Step” coaching scheme and track who applies for non-mandatory courses.', 'end Q4', 'Priya Lal', 'delayed', true,
      'PL 03/02/17: only six coaches in the pool – recruiting more before launch.', { lead: 'Priya Lal', due: 'end Q4' }],
    ['6', '5 & 6', 'Set up a BME staff network:\n- agree terms of reference with the Director of Workforce\n- an executive sponsor at every other meeting\n- one hour a month protected time for members', 'Director of Workforce', 'Sept 16', 'completed?', true,
      'Network launched 21/09/16 with 34 members. Exec sponsor not yet been to a meeting – JB 12/01/17'],
    ['7', '6', 'Add a question about race to the exit interview form and report the answers to the Workforce Committee twice a year.', 'JB / PL', D(2017, 2, 1), 'Not started', false, ''],
    ['8', '7', 'Hold two listening events for BME staff, one at each hospital site, and report what staff said to the Trust Board.', 'Chief Nurse', 'ongoing', 'G', false,
      'Kingsway site held 17/11 (22 staff came). Marlow Road site date TBC – CN office'],
    ['9', '9', 'Ask the Chair to include a BME governor and the network chair on the panel for the next two non-executive appointments.', 'Trust Secretary', D(2017, 3, 1), 'Complete', false,
      'Agreed by the Chair 05/12/16 (JB)'],
  ];
  const fmt = { 2: 'dd/mm/yyyy', 4: 'mmm-yy', 7: 'mmm-yy', 9: 'mmm-yy' };
  let misplaced = {};
  for (const [no, ind, act, lead, due, st, filled, com, over] of rows) {
    const f = fmt[no];
    const dueShown = due instanceof Date ? shown(due, f) : due;
    const rag = RAG[st];
    const r = p.action([no, ind, act, lead, due, st, com], {
      ref: no, indicators: ind.split(' & '), action: act, lead: over?.lead ?? lead, due: over?.due ?? dueShown, status: st.trim(), rag, progress: com,
    }, { styles: [{ alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }, {}, {}, f ? { numFmt: f, alignment: { horizontal: 'left' } } : { alignment: { horizontal: 'left' } }, filled ? { fill: FILL[rag] } : {}, {}] });
    if (over) misplaced[r] = { lead: { col: 'E' }, due: { col: 'D' } };
  }
  p.blank();
  p.line(['', '', 'Status key:  Complete – blue   |   On track – green   |   Delayed – amber   |   Not started – red   (please colour the cell)'], { style: { italic: true } });
  p.line(['', '', 'Last updated 03/03/17 JB – KO and PL comments added'], { style: { italic: true, color: 'FF808080' } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute trust, its first WRES plan) kept on the HR shared drive by three people over the year – the HR manager (JB), the recruitment manager (KO) and the L&D lead (PL). Sheet 'WRES 2016-17': trust name, plan title, a red italic line asking people to update their own rows and initial and date their comments, a blank row, then the header 'No | WRES Indicator | Action | Lead | Target date | Status | Comments' (row 5, frozen), nine actions, a blank row, an italic status key ('Complete – blue | On track – green | Delayed – amber | Not started – red (please colour the cell)') and a grey 'Last updated 03/03/17 JB' line. Target dates are written five ways: typed text ('31/3/17', 'March 2017', 'end Q4', 'Sept 16', 'ongoing') and real dates ('31/12/2016' dd/mm/yyyy; 'Jan-17', 'Feb-17', 'Mar-17' mmm-yy). Status words are typed as 'On track', 'on track ' (trailing space), 'Ontrack', 'G', 'Complete', 'completed?', 'delayed', 'Not started'; only some cells are coloured. Leads are initials ('JB', 'JB / PL'), an email address, job titles and a name. Judgement calls: ROW 10 (No 5) HAS ITS LEAD AND TARGET DATE TYPED IN EACH OTHER'S COLUMNS – 'end Q4' in the Lead cell and 'Priya Lal' in the Target date cell; a careful reader takes lead 'Priya Lal' and due 'end Q4'. Status = the word as typed (trailing space dropped, case and the question mark kept); rag = the cell's fill where it is coloured, otherwise the word read through the key ('on track', 'Ontrack', 'G' → green; 'Complete' → blue; 'Not started' → red; 'completed?' is on a light-blue fill → blue). Leads as written – initials are not expanded, the email is kept whole. The action in row 11 keeps its line breaks and bullet lines (one cell). Progress = the whole Comments cell with its dated, initialled entries; the dates inside comments and the 'Last updated' date are never dues. Ref = No; indicators from the indicator column ('5 & 6' → both). Theme null.",
    { mode: 'fillOrWord', ragCol: 6, words: { 'On track': 'green', Complete: 'blue', 'on track': 'green', Ontrack: 'green', delayed: 'amber', 'completed?': 'blue', 'Not started': 'red', G: 'green' }, cols: { ref: 'A', action: 'C', lead: 'D', due: 'E', status: 'F', progress: 'G' }, misplaced, indCol: 'B', forbidden: ['03/03/17', 'KO', 'PL'] });
}
