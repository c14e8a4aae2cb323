// holdout93-wdes-2026-27-hawksworthy: acute teaching FT, the WDES plan kept as a live tracker: filter on, panes frozen at the action
// column, 'ID | WDES metric | HIA | Priority | Action | Action owner | Due | Status | Latest update'; status from a drop-down coloured ONLY
// by conditional formatting; real dates dd-mmm-yy and one 'TBC (after restructure)'.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Hawksworthy Teaching Hospitals NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout93-wdes-2026-27-hawksworthy', sheet: 'WDES tracker', standard: 'WDES', period: '2026-27', trust, widths: [7, 10, 8, 9, 56, 30, 12, 13, 44], font: { name: 'Calibri', size: 10 } });
  p.line([`${trust}: Workforce Disability Equality Standard tracker 2026-27`], { style: { bold: true, font: { size: 13 } } });
  p.line(['Owner: Disability Equality Lead (People Directorate). Filter by owner to see your actions. Please update the Status and Latest update columns by the 5th of each month.'], { style: { italic: true, color: 'FF595959' } });
  p.blank();
  p.header(['ID', 'WDES metric', 'HIA', 'Priority', 'Action', 'Action owner', 'Due', 'Status', 'Latest update'], { style: { fill: C.purple, color: C.white } });
  const WORDS = { Complete: [C.lightblue, 'blue'], 'On track': [C.goodG, 'green'], 'At risk': [C.neutralA, 'amber'], Overdue: [C.badR, 'red'], 'Not due yet': [null, null] };
  const rows = [
    ['D01', '1', 'HIA 3', 'High', 'Add a disability question to the exit interview and report leavers by disability status to the People Committee.', 'Head of Workforce Information', D(2026, 11, 30), 'On track', 'Question live on the exit form since 2 November.'],
    ['D02', '2', 'HIA 2', 'High', 'Train recruiting managers in making interview adjustments, and include a line on adjustments in every interview invitation.', 'Head of Recruitment', D(2026, 10, 31), 'Complete', 'Invitation template changed; 210 managers completed the e-learning.'],
    ['D03', '3', 'HIA 6', 'High', 'Separate health-related absence from performance: no formal capability stage without an occupational health report dated within three months.', 'Head of Employee Relations', D(2026, 12, 31), 'At risk', 'Policy change needs the Joint Negotiating Committee; next meeting 14 January.'],
    ['D04', '4a', 'HIA 6', 'Medium', 'Record disability-related abuse from patients as its own category in Datix and give a monthly report to each clinical division.', 'Head of Patient Safety', D(2027, 1, 31), 'Not due yet', ''],
    ['D05', '4b', 'HIA 6', 'High', 'Promote the Speak Up routes to disabled staff through the Enablers Network and give network members FTSU champion training.', 'Freedom to Speak Up Guardian', D(2026, 9, 30), 'Overdue', 'Training sessions moved twice because of the industrial action. New dates booked.'],
    ['D06', '5, 7', 'HIA 2', 'Medium', 'Include disabled staff in the talent pools for Band 7 to 8b, and check the pool against the workforce profile each quarter.', 'Head of Talent & Leadership', D(2027, 3, 31), 'On track', 'First pool review shows 6% disabled against 9% declared.'],
    ['D07', '6', 'HIA 4', 'Medium', 'Offer a wellbeing conversation with the line manager after any return from sickness absence of more than two weeks.', 'Head of Occupational Health & Wellbeing', D(2026, 12, 15), 'On track', 'Template agreed; in use in Medicine and Surgery.'],
    ['D08', '7', 'HIA 4', 'High', 'Fund a central reasonable adjustments budget and cut the wait for equipment and software to four weeks.', 'Deputy Director of Finance', 'TBC (after restructure)', 'At risk', 'Budget agreed in principle; holder to be confirmed when the corporate restructure is done.'],
    ['D09', '9a', 'HIA 6', 'Low', 'Run two “Ask the exec” sessions with the Enablers Network each year, with the Chief Executive attending one.', 'Chief People Officer', D(2027, 2, 28), 'Not due yet', 'First session held in October.'],
    ['D10', '10', 'HIA 1', 'Medium', 'Invite board members to record their disability status in ESR and include disability in the board skills and diversity matrix.', 'Director of Corporate Affairs', D(2026, 10, 31), 'Complete', '9 of 14 board members have completed the record.'],
  ];
  const first = p.r + 1;
  for (const [id, met, hia, pri, act, own, due, st, upd] of rows) {
    const isD = due instanceof Date;
    p.action([id, met, hia, pri, act, own, due, st, upd], { ref: id, indicators: met.split(', '), action: act, lead: own, due: isD ? shown(due, 'dd-mmm-yy') : due, status: st, rag: WORDS[st][1], progress: upd }, { styles: [{}, { alignment: { horizontal: 'center' } }, {}, {}, {}, {}, { numFmt: isD ? 'dd-mmm-yy' : undefined }, {}, {}] });
  }
  const last = p.r;
  for (let r = first; r <= last; r++) p.ws.getCell(`H${r}`).dataValidation = { type: 'list', allowBlank: true, formulae: ['"Not due yet,On track,At risk,Overdue,Complete"'] };
  p.ws.addConditionalFormatting({ ref: `H${first}:H${last}`, rules: Object.entries(WORDS).filter(([, v]) => v[0]).map(([w, [fill]], i) => ({ type: 'containsText', operator: 'containsText', text: w, priority: i + 1, style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: fill } } } })) });
  p.ws.autoFilter = `A4:I${last}`;
  p.ws.views = [{ state: 'frozen', ySplit: 4, xSplit: 5 }];
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute teaching FT), a live WDES tracker. Sheet 'WDES tracker': a title naming the trust, an italic owner / instructions line, a blank row, the purple header 'ID | WDES metric | HIA | Priority | Action | Action owner | Due | Status | Latest update' (row 4) with an AutoFilter on it, panes frozen below row 4 and right of column E, and ten actions D01–D10. Judgement calls: indicators from 'WDES metric' ('4a', '9a', '5, 7' → both), NEVER from the HIA column (EDI Improvement Plan High Impact Actions; D07 'HIA 4' is not metric 4); Priority is context; lead = Action owner; the owner line above the table leads nothing; due = Due as displayed (real dates dd-mmm-yy, '30-Nov-26'; D08's text 'TBC (after restructure)' kept); status = the drop-down word; its colour comes ONLY from conditional formatting rules on column H (Complete light blue → blue, On track green, At risk amber, Overdue red; 'Not due yet' has no rule → null) – no cell is filled by hand; progress = Latest update ('' for D04); ref = ID. The 5th-of-the-month instruction and the committee date inside an update are no dues. Theme null.", { mode: 'word', ragCol: 8, words: Object.fromEntries(Object.entries(WORDS).map(([w, v]) => [w, v[1]])), cfWords: { col: 'H' }, notFrom: ['C', 'D'], forbidden: ['Disability Equality Lead'] });
}
