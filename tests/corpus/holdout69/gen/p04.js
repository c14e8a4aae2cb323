// holdout69-wdes-2025-26-peakmoor: ambulance trust, SIGN-OFF GRID FIRST (Prepared by / Reviewed by / Approved by, each with name,
// role, signature and date rows), a wide merged A3 heading band with a subtitle, a status key, print titles, Start / End columns.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Peakmoor and Derwent Ambulance Service NHS Trust';
  const p = new Plan(book, { name: 'holdout69-wdes-2025-26-peakmoor', sheet: 'WDES 25-26 (A3)', standard: 'WDES', period: '2025-26', trust, widths: [9, 11, 62, 30, 11, 11, 14, 50, 4, 12, 12, 12, 12, 12] });
  const ws = p.ws; const furn = [];
  const band = p.line([`${trust}`], { merge: ['A', 'N'], style: { bold: true, color: C.white, fill: C.darkblue, font: { size: 20 }, alignment: { horizontal: 'center', vertical: 'middle' } }, height: 36 });
  const band2 = p.line(['Workforce Disability Equality Standard Action Plan 2025/26  —  Year 2 of our Disability Inclusion Plan 2024-2027'], { merge: ['A', 'N'], style: { bold: true, color: C.darkblue, fill: C.paleblue, font: { size: 14 }, alignment: { horizontal: 'center' } }, height: 24 });
  furn.push(band, band2);
  p.blank();
  furn.push(p.line(['', 'Sign-off', '', 'Prepared by', '', '', 'Reviewed by', 'Approved by'], { merge: [['B', 'C'], ['D', 'F']], style: { bold: true, fill: C.grey }, border: true }));
  const so = [['Name', 'Lorna Fairclough', 'Kwame Ansah-Boateng', 'Executive Leadership Team'], ['Role', 'Inclusion Business Partner', 'Chair, Enable Staff Network', 'Chaired by the Chief Executive'], ['Signature', 'L. Fairclough', 'K. Ansah-Boateng', 'Minute ELT/25/112'], ['Date', '02/06/2025', '09/06/2025', '17/06/2025']];
  for (const [k, a, b, c] of so) furn.push(p.line(['', k, '', a, '', '', b, c], { merge: [['B', 'C'], ['D', 'F']], styles: [{}, { bold: true }], border: true }));
  p.blank();
  const key = p.line(['', 'Status key:', '', 'Not started', 'On track', 'At risk', 'Complete'], { merge: ['B', 'C'], styles: [{}, { bold: true }, {}, { fill: C.grey }, { fill: C.lightgreen }, { fill: C.amber }, { fill: C.blue, color: C.white }], border: false });
  furn.push(key);
  p.blank();
  const hdr = p.header(['Action ID', 'WDES metric', 'Action', 'Lead', 'Start', 'End', 'Status', 'Update (June 2025)', '', 'Q1', 'Q2', 'Q3', 'Q4'], { style: { bold: true, fill: C.darkblue, color: C.white, alignment: { horizontal: 'center', wrapText: true } } });
  ws.pageSetup = { orientation: 'landscape', paperSize: 8, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${hdr}:${hdr}`, horizontalCentered: true };
  const F = 'mmm-yy'; const FILL = { 'Not started': C.grey, 'On track': C.lightgreen, 'At risk': C.amber, Complete: C.blue };
  const acts = [
    ['WD25-01', '1', 'Ask every new starter, at induction and again at six months, whether they have a disability or long-term condition, using the revised ESR wording.', 'Head of Workforce Systems', D(2025, 4, 1), D(2025, 9, 30), 'On track', 'New wording live in April; six-month prompt being built.', 'x', 'x', '', ''],
    ['WD25-02', '2', 'Check every control-room and call-handler campaign for disabled applicants lost between shortlisting and appointment, and report the results to the Recruitment Steering Group.', 'Resourcing Manager', D(2025, 4, 1), D(2026, 3, 31), 'On track', 'Q1 report presented; no campaign with a gap above 10 points.', 'x', 'x', 'x', 'x'],
    ['WD25-03', '3', 'Move sickness-related capability cases to a "supportive attendance" stage first, with an Access to Work referral before any formal meeting.', 'Head of Employee Relations', D(2025, 5, 1), D(2025, 12, 31), 'At risk', 'Policy change awaiting Joint Negotiating Committee; two areas piloting.', '', 'x', 'x', ''],
    ['WD25-04', '4a', 'Fit body-worn cameras on every front-line vehicle in the two divisions with the highest reported abuse from patients and the public.', 'Director of Operations', D(2025, 4, 1), D(2026, 1, 31), 'On track', 'East division complete; West division on order.', 'x', 'x', 'x', ''],
    ['WD25-05', '4b', 'Add a "report it in two minutes" button to the staff app for harassment and abuse.', 'Head of Communications', D(2025, 6, 1), D(2025, 10, 31), 'Not started', 'Supplier specification drafted.', '', 'x', 'x', ''],
    ['WD25-06', '5', 'Offer a paid shadowing day at station-manager level to disabled paramedics and technicians who want to progress.', 'Head of Leadership Development', D(2025, 7, 1), D(2026, 3, 31), 'Not started', 'Starts Q2.', '', 'x', 'x', 'x'],
    ['WD25-07', '8', 'Hold a central budget for reasonable adjustments so that a station manager never has to fund one from local budgets.', 'Deputy Director of Finance', D(2025, 4, 1), D(2025, 6, 30), 'Complete', 'Budget of £40k in place from 1 June; process on the intranet.', 'x', '', '', ''],
    ['WD25-08', '6', 'Train duty managers to have return-to-work conversations that ask about adjustments before asking about absence.', 'Head of Health and Wellbeing', D(2025, 9, 1), D(2026, 2, 28), 'Not started', 'Training module commissioned.', '', '', 'x', 'x'],
    ['WD25-09', '9b', 'Give the Enable Staff Network a standing agenda item at the People Committee and a budget for two events a year.', 'Chief People Officer', D(2025, 4, 1), D(2025, 5, 31), 'Complete', 'First attendance at May People Committee.', 'x', '', '', ''],
    ['WD25-10', '10', 'Offer every Board member a disability-confident briefing and the chance to declare a disability or long-term condition confidentially.', 'Head of Corporate Governance', D(2025, 10, 1), D(2026, 3, 31), 'Not started', '', '', '', 'x', 'x'],
  ];
  for (const [id, m, a, lead, st, en, status, upd, ...q] of acts) {
    p.action([id, m, a, lead, st, en, status, upd, '', ...q], { ref: id, indicators: [m], action: a, lead, due: shown(en, F), status, rag: { 'On track': 'green', 'At risk': 'amber', Complete: 'blue' }[status] ?? null, progress: upd },
      { styles: [{}, { alignment: { horizontal: 'center' } }, {}, {}, { numFmt: F }, { numFmt: F }, { fill: FILL[status], ...(status === 'Complete' ? { color: C.white } : {}) }, {}, {}, ...q.map(() => ({ alignment: { horizontal: 'center' } }))] });
  }
  p.blank();
  furn.push(p.line(['OFFICIAL', '', '', '', '', '', '', '', '', 'Page 1 of 1'], { merge: [['A', 'H'], ['J', 'N']], styles: [{ bold: true, alignment: { horizontal: 'center' } }, {}, {}, {}, {}, {}, {}, {}, {}, { alignment: { horizontal: 'right' } }] }));
  await book.save(`${p.name}.xlsx`);
  p.saveGold(`Original plan (fictional ambulance trust) on a sheet named for its paper size, 'WDES 25-26 (A3)': LANDSCAPE A3, centred, with two WIDE MERGED HEADING BANDS across A:N (the trust name in white on dark blue; the plan title and 'Year 2 of our Disability Inclusion Plan 2024-2027'), a SIGN-OFF GRID before the plan ('Sign-off | Prepared by | Reviewed by | Approved by' with Name / Role / Signature / Date rows – an inclusion business partner, the staff network chair, the Executive Leadership Team, a minute reference, dates in June 2025), a STATUS KEY row ('Not started' grey, 'On track' light green, 'At risk' amber, 'Complete' blue), the header 'Action ID | WDES metric | Action | Lead | Start | End | Status | Update (June 2025) | | Q1 | Q2 | Q3 | Q4' (row ${hdr}, the print title), ten actions with 'x' marking the quarters each action is active in, and a typed footer 'OFFICIAL … Page 1 of 1'. Judgement calls: the heading bands, sign-off grid, key and footer are not actions and give no field (the network chair is not a lead, the sign-off dates are not dues, 'Minute ELT/25/112' is not progress); ref = Action ID; indicators from the WDES metric column ('4a', '9b' as written); due = the END date as displayed (mmm-yy) – Start is when work begins; status = the status word, rag its fill (On track → green, At risk → amber, Complete → blue, Not started on grey → null); the Q1–Q4 'x' marks are the delivery window, not statuses or dues; progress = the June update ('' where empty); no theme.`,
    { mode: 'fill', ragCol: 'G', forbidden: ['Lorna Fairclough', 'Kwame Ansah-Boateng', 'Executive Leadership Team', '02/06/2025', '09/06/2025', '17/06/2025', 'Minute ELT/25/112', 'x'], print: { furniture: furn, titles: `${hdr}:${hdr}`, landscape: true, a3: true, pageWords: 1, shared: ['Not started', 'On track', 'At risk', 'Complete'] } });
}
