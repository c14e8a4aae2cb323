// holdout23-wdes-2023-24-halvergate: NEW LAYOUT – THE WDES PLAN KEPT AS A COMMITTEE ACTION LOG: a national BLOOD, TISSUE AND ORGAN
// DONATION special health authority logs every WDES item its People and Inclusion Committee agrees, meeting by meeting: 'Log No. |
// Date raised | Meeting | Minute ref | Type | Action / decision | WDES metric | Owner | Due | Status | Date closed | Update at last
// meeting'. Type 'Action' rows are the plan; 'Decision' rows are logged for the record and are not actions. Date raised and Date
// closed are real dates beside the Due (real dates or a meeting named in text).
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'NHS Halvergate Blood and Transplant';
  const p = new Plan(book, { name: 'holdout23-wdes-2023-24-halvergate', sheet: 'Action log', standard: 'WDES', period: '2023-24', trust, widths: [11, 12, 15, 12, 10, 56, 12, 28, 16, 17, 12, 42] });
  p.line([trust], { merge: ['A', 'L'], style: { bold: true, font: { size: 14 }, color: 'FFC00000' } });
  p.line(['People and Inclusion Committee – action log: Workforce Disability Equality Standard (WDES) 2023/24'], { merge: ['A', 'L'], style: { bold: true } });
  p.line(['Every WDES action the Committee agrees is logged here with its owner and due date and reviewed at each meeting; together they are our WDES action plan for 2023/24. Decisions are logged for the record and are not actions. Closed actions stay on the log until the year-end review.'], { merge: ['A', 'L'], height: 30 });
  p.line(['Status: Closed (blue) · Open (green) · Due this meeting (amber) · Overdue (red). Log reviewed at the meeting of 21 March 2024.'], { merge: ['A', 'L'], style: { italic: true, font: { size: 9 } } });
  p.blank();
  const h = p.header(['Log No.', 'Date raised', 'Meeting', 'Minute ref', 'Type', 'Action / decision', 'WDES metric', 'Owner', 'Due', 'Status', 'Date closed', 'Update at last meeting'], { style: { fill: 'FF595959', color: C.white } });
  p.ws.views = [{ state: 'frozen', ySplit: h }];
  p.ws.autoFilter = `A${h}:L${h}`;
  const S = { Closed: [C.blue, 'blue', C.white], Open: [C.green, 'green'], 'Due this meeting': [C.amber, 'amber'], Overdue: [C.red, 'red', C.white] };
  const F = 'dd/mm/yyyy';
  const meetings = [
    [D(2023, 9, 14), 'PIC Sep 2023', '23', [
      ['D', '071', 'Committee approved the 2023 WDES data return and report for Board on 28 September.', 'All'],
      ['A', '071', 'Publish the WDES report and this year\'s actions on the website and the staff intranet.', 'All', ['1', '2', '3', '4a', '4b', '5', '6', '7', '8', '9a', '9b', '10'], 'Head of EDI', D(2023, 10, 31), 'Closed', D(2023, 10, 19), 'Published 19 October.'],
      ['A', '072', 'Run a declaration campaign aimed at donor carers and blood collection teams, who have the lowest declaration rate.', 'M1', ['1'], 'Head of Workforce Intelligence', D(2023, 12, 31), 'Closed', D(2024, 1, 16), 'Declaration in collection teams 3.1% → 5.4%.'],
      ['A', '073', 'Find out why disabled applicants for donor carer posts are less likely to be appointed from shortlisting, and report back.', 'M2', ['2'], 'Head of Recruitment', 'January 2024 meeting', 'Closed', D(2024, 1, 18), 'Report received; assessment-day format to change.'],
    ]],
    [D(2023, 11, 16), 'PIC Nov 2023', '23', [
      ['D', '098', 'Committee agreed that the Disability Network chair will attend as a standing member.', 'M9b'],
      ['A', '099', 'Change the donor carer assessment day so that adjustments are offered before the day, not on arrival.', 'M2, M8', ['2', '8'], 'Head of Recruitment', D(2024, 3, 31), 'Due this meeting', null, 'New invitation letter drafted; pilot in two regions.'],
      ['A', '100', 'Give mobile session team leaders guidance on handling abuse from donors and the public at community venues.', 'M4a', ['4a'], 'Director of Donor Experience', D(2024, 2, 29), 'Overdue', null, 'Guidance delayed by the change to session staffing.'],
      ['A', '101', 'Make the anonymous route for reporting bullying available to drivers and staff without a work email address.', 'M4b', ['4b'], 'Freedom to Speak Up Guardian', D(2024, 1, 31), 'Closed', D(2024, 1, 26), 'QR-code route live.'],
    ]],
    [D(2024, 1, 18), 'PIC Jan 2024', '24', [
      ['A', '007', 'Bring in a workplace adjustments passport for staff who move between sessions, sites and laboratories.', 'M5, M8', ['5', '8'], 'Head of Occupational Health', D(2024, 6, 30), 'Open', null, 'Passport agreed with staff side; launch in May.'],
      ['A', '008', 'Add disability to the talent review so that disabled staff are considered for acting-up and secondment opportunities.', 'M5', ['5'], 'Head of Talent and Leadership', 'Next meeting', 'Due this meeting', null, 'Talent review template amended; first run in March.'],
      ['D', '009', 'Committee noted the 2023 NHS Staff Survey results would not be available until March and deferred the engagement review.', 'M9a'],
      ['A', '010', 'Ask disabled staff who left in the last year why, using a short exit survey run by the Disability Network.', 'M6, M7', ['6', '7'], 'Chair, Disability Network', 'May 2024 meeting', 'Open', null, 'Survey wording agreed.'],
    ]],
    [D(2024, 3, 21), 'PIC Mar 2024', '24', [
      ['A', '033', 'Review the 2023 NHS Staff Survey engagement score for disabled staff by directorate and agree where to focus.', 'M9a', ['9a'], 'Head of Staff Engagement', 'May 2024 meeting', 'Open', null, 'New action.'],
      ['A', '034', 'Report on Board members\' declared disability status in the annual report.', 'M10', ['10'], 'Company Secretary', D(2024, 6, 30), 'Open', null, 'New action.'],
      ['D', '035', 'Committee agreed to carry forward open WDES actions into the 2024/25 plan.', 'All'],
    ]],
  ];
  let n = 0; const typed = {};
  for (const [raised, meet, yy, items] of meetings) {
    for (const [type, min, text, metric, inds, owner, due, st, closed, upd] of items) {
      n++; const ref = `WD-${String(n).padStart(3, '0')}`; const mref = `PIC/${yy}/${min}`;
      if (type === 'D') {
        const r = p.line([ref, raised, meet, mref, 'Decision', text, metric, 'Committee', '', 'Noted', '', ''], { border: true, styles: [{}, { numFmt: F }, {}, {}, {}, { italic: true }] });
        typed[r] = 'Decision';
      } else {
        const dueText = typeof due === 'string' ? due : shown(due, F);
        const r = p.action([ref, raised, meet, mref, 'Action', text, metric, owner, due, st, closed || '', upd], { ref, indicators: inds, action: text, lead: owner, due: dueText, status: st, rag: S[st][1], progress: upd, completed: closed ? shown(closed, F) : '' }, { styles: [{}, { numFmt: F }, {}, {}, {}, {}, {}, {}, { numFmt: F }, { fill: S[st][0], ...(S[st][2] ? { color: S[st][2] } : {}) }, { numFmt: F }] });
        typed[r] = 'Action';
      }
    }
  }
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) with a real-world layout NO EARLIER BATCH HAS: THE WDES PLAN KEPT AS A COMMITTEE ACTION LOG. A national BLOOD, TISSUE AND ORGAN DONATION SPECIAL HEALTH AUTHORITY (blood collection teams, donor carers, drivers, laboratories) does not keep a separate plan: its People and Inclusion Committee logs every WDES item it agrees, meeting by meeting, and the intro says the logged actions ARE the 2023/24 WDES action plan. A red trust line, a log title, the intro, an italic status key line with the date of the last review, a blank row, then a dark-grey header (row 6, frozen, autofilter): 'Log No. | Date raised | Meeting | Minute ref | Type | Action / decision | WDES metric | Owner | Due | Status | Date closed | Update at last meeting'. Fifteen log entries from four meetings (Sep 2023, Nov 2023, Jan 2024, Mar 2024) in the order they were raised, numbered 'WD-001'…'WD-015', minute refs 'PIC/23/071'. ELEVEN are Type 'Action' (owner, due, a filled status: Closed blue, Open green, Due this meeting amber, Overdue red; closed ones carry a Date closed); FOUR are Type 'Decision' (italic, owner 'Committee', no due, status 'Noted' unfilled). Date raised is a real date (dd/mm/yyyy) on every row; Due is a real date (dd/mm/yyyy) or a MEETING named in text ('January 2024 meeting', 'May 2024 meeting', 'Next meeting'). Metrics as M-codes from the 2021+ set ('M2, M8', 'All'). Judgement calls: the ACTIONS are the Type 'Action' rows; the Decision rows are a record of what the Committee decided or noted and are NOT actions (non-action rows, not ambiguous); ref = Log No. (not the Minute ref); lead = Owner; due = Due as shown, never Date raised; a due written as a meeting is kept as written ('Next meeting' means the meeting after the one that raised it, but the log does not say which, so it is not resolved to a date); status = the Status word and rag its fill; Date closed = `completed` as shown, only on Closed rows; Update at last meeting = progress; 'All' = all twelve 2021+ metrics; the Meeting column is when the action was raised, not a theme (theme null); the lines above the header are not actions.", { ragCol: 'J', mode: 'fill', actionLog: { headerRow: h, typeCol: 'E', refCol: 'A', raisedCol: 'B', actionCol: 'F', ownerCol: 'H', dueCol: 'I', statusCol: 'J', closedCol: 'K', minuteCol: 'D', typed } });
}
