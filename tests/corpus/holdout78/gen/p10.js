// holdout78-wres-2026-27-ormsby: university hospitals FT, a new plan for approval: 'No. | WRES | Action | Priority | Due', NO LEAD COLUMN –
// the lead sits on a grey italic line UNDER each action ('Lead: Deputy Chief Nurse (Workforce)', '…; support: …', '…; exec sponsor:
// …'), one action has no such line. The Priority column is filled red / amber / green (High / Medium / Low) and is no RAG. Dues mix
// real dates (dd/mm/yyyy, 'mmm yy') and typed text.
import { Book, Plan, C, D, shown } from './lib.js';
import { fitRows } from './h.js';
export async function build() {
  const book = new Book();
  const trust = 'Ormsby Vale University Hospitals NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout78-wres-2026-27-ormsby', sheet: 'WRES 2026-27', standard: 'WRES', period: '2026-27', trust, widths: [6, 9, 70, 11, 13], font: { name: 'Calibri', size: 10 } });
  p.line([`${trust} – WRES Action Plan 2026/27`], { merge: ['A', 'E'], style: { bold: true, font: { size: 13 }, color: C.darkblue } });
  p.line(['Draft for the Executive People Board, 9 March 2026 – for approval'], { merge: ['A', 'E'], style: { italic: true } });
  p.line(['Priority:', 'High = must deliver in 2026/27', 'Medium', 'Low = if capacity allows'], { at: 2, styles: [{ bold: true }, { fill: C.badR }, { fill: C.neutralA }, { fill: C.goodG }], border: false });
  p.header(['No.', 'WRES', 'Action', 'Priority', 'Due'], { style: { fill: C.darkblue, color: C.white } });
  p.ws.views = [{ state: 'frozen', ySplit: 4 }];
  const PF = { High: C.badR, Medium: C.neutralA, Low: C.goodG };
  const rows = [
    // [no, wres, action, priority, due (Date | text), fmt, lead line]
    ['1', '1', 'Agree ethnicity representation goals for Band 8a and above in each clinical division, with a trajectory to 2029, and report progress to the Board twice a year.', 'High', D(2026, 9, 30), 'dd/mm/yyyy', 'Lead: Deputy Chief People Officer; support: Workforce Intelligence'],
    ['2', '2', 'Move all Band 6 and 7 nursing interviews to structured, scored questions agreed before the panel meets, with a trained inclusion panellist on every panel.', 'High', D(2026, 12, 31), 'dd/mm/yyyy', 'Lead: Deputy Chief Nurse (Workforce)'],
    ['3', '2', 'Offer a feedback conversation to every internal ethnic minority candidate who is interviewed and not appointed to a post at Band 7 or above.', 'Medium', 'Q2 2026/27', null, 'Lead: Head of Resourcing; support: recruiting managers'],
    ['4', '3', 'Publish a quarterly report on formal employee relations cases by ethnicity, division and stage, and review any division where the gap widens.', 'Medium', 'Quarterly', null, 'Lead: Head of Employee Relations'],
    ['5', '4', 'Ring-fence 20% of the apprenticeship levy transfer for ethnic minority staff at Bands 2 to 4 moving into registered roles.', 'Low', D(2027, 3, 31), 'dd/mm/yyyy', null],
    ['6', '5, 6', 'Extend body-worn cameras to security staff in the emergency department and the two urgent treatment centres, and report racist abuse incidents separately to the Violence Reduction Group.', 'High', D(2026, 10, 31), 'dd/mm/yyyy', 'Lead: Head of Security and Violence Reduction'],
    ['7', '7', 'Run two cohorts of the "Rising" leadership programme for ethnic minority staff at Bands 6 and 7, each participant with an executive sponsor.', 'Medium', D(2027, 3, 1), 'mmm yy', 'Lead: Head of Leadership and OD; exec sponsor: Chief Nurse'],
    ['8', '8', 'Train every ward manager and matron to respond to racism reported by a colleague, using the Trust\'s Civility and Respect framework.', 'High', D(2027, 1, 31), 'dd/mm/yyyy', 'Lead: Associate Director of Nursing, Education'],
    ['9', '9', 'Use the regional NExT Director scheme to offer a non-executive shadowing placement on the Trust Board.', 'Low', 'TBC', null, 'Lead: Company Secretary'],
  ];
  for (const [no, ind, act, pr, due, fmt, leadLine] of rows) {
    const dueShown = due instanceof Date ? shown(due, fmt) : due;
    const lead = leadLine ? /^Lead: ([^;]+)/.exec(leadLine)[1] : '';
    const r = p.action([no, ind, act, pr, due], { ref: no, indicators: ind.split(', '), action: act, lead, due: dueShown, dueSource: 'column' }, { styles: [{ alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }, {}, { fill: PF[pr], alignment: { horizontal: 'center' } }, fmt ? { numFmt: fmt, alignment: { horizontal: 'left' } } : {}] });
    if (leadLine) {
      p.line(['', '', leadLine], { border: true, merge: ['C', 'E'], style: { italic: true, color: 'FF595959', font: { size: 9 } } });
      p.blocks[r] = [r, r + 1];
    }
  }
  p.blank();
  p.line(['Progress will be reported to the Executive People Board each quarter from July 2026.'], { merge: ['A', 'E'], style: { italic: true } });
  fitRows(p, 13);
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional university hospitals FT): a new plan written for approval before the year starts. Sheet 'WRES 2026-27': a title naming the trust and the year, an italic 'Draft for the Executive People Board, 9 March 2026 – for approval' line, a PRIORITY KEY of filled cells (High red, Medium amber, Low green), the dark-blue header 'No. | WRES | Action | Priority | Due' (row 4, frozen), nine actions and a reporting line. There is a Due column but NO LEAD COLUMN: under eight of the actions a grey italic line merged across C–E gives the lead – 'Lead: Deputy Chief Nurse (Workforce)', 'Lead: Head of Resourcing; support: recruiting managers', 'Lead: Head of Leadership and OD; exec sponsor: Chief Nurse'; action 5 has no such line. Judgement calls: the lead lines are part of the action above them, not actions (non-action rows); lead = the text after 'Lead:' up to the first ';' ('Deputy Chief People Officer', 'Associate Director of Nursing, Education' – its comma is part of the role), never the 'support:' teams or the 'exec sponsor:'; action 5 → lead '' (not borrowed from a neighbour). Due = the Due cell as displayed: real dates shown dd/mm/yyyy ('30/09/2026') or 'mmm yy' ('Mar 27'), typed 'Q2 2026/27', 'Quarterly' and 'TBC' kept, dueSource 'column' (as holdout59 and holdout24 record a due from a date column). The PRIORITY column is a ranking, not a status, though it is filled red / amber / green: status '' and rag null for every action (there is no status column in a plan not yet started). Action = the Action cell; ref = No.; indicators from WRES ('5, 6' → both); theme null. The draft date (9 March 2026) and the July 2026 reporting start are not dues; the key row is not an action.", { textFields: { col: 'C', rowOffset: 1, lead: ['^Lead: ([^;]+)'] }, colFields: { due: 'E' }, dueSourceIs: 'column', notFrom: ['D'], forbidden: ['High', 'Medium', 'Low', 'Chief Nurse', 'recruiting managers', 'Workforce Intelligence', '9 March 2026', 'July 2026'] });
}
