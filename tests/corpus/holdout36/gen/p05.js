// holdout36-wres-2024-25-marrowby: an ICB's WRES plan for its own staff kept as TWO SHEETS side by side: the version the Board approved
// (left tab, marked not to be edited) and the WORKING COPY the workforce team updates (progress, RAG, a change log; one action withdrawn,
// one added after the Board, a date moved).
import { Book, Plan, C, D, shown, BORDER } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'NHS Marrowby and Wold Integrated Care Board';
  const wb = book.wb; const F = { name: 'Arial', size: 10 };
  const df = 'mmm-yy';
  const base = [
    ['1', '1', 'Set a goal for ethnic minority representation at Band 8c and above in the ICB and report it to every People Committee.', 'Chief People Officer', D(2025, 3, 31)],
    ['2', '2', 'Use diverse interview panels for every post at Band 8a and above, with a trained panel member from outside the directorate.', 'Head of HR', D(2024, 9, 30)],
    ['3', '4', 'Fund places on the regional Stepping Up programme for ethnic minority staff at Bands 5–7.', 'Head of OD', D(2024, 12, 31)],
    ['4', '6', 'Agree an anti-racism statement with the staff forum and include it in induction.', 'Director of Corporate Affairs', D(2024, 10, 31)],
    ['5', '5', 'Add a question on racism from partner organisations to the ICB staff pulse survey.', 'Head of OD', D(2024, 9, 30)],
    ['6', '7', 'Ask every directorate to name one stretch opportunity a year for an ethnic minority colleague.', 'Executive Directors', D(2025, 3, 31)],
    ['7', '8', 'Run a one-off listening exercise with ethnic minority staff on discrimination from managers and colleagues.', 'Freedom to Speak Up Guardian', D(2024, 11, 30)],
    ['8', '9', 'Publish the ethnicity of Board members and voting members against the population the ICB serves.', 'Board Secretary', D(2024, 7, 31)],
  ];
  // left tab: the approved version
  const ap = wb.addWorksheet('Board approved 11-07-24'); [6, 8, 56, 26, 10].forEach((w, i) => { ap.getColumn(i + 1).width = w; });
  const put = (ws, r, vals, st = {}) => vals.forEach((v, i) => { const c = ws.getRow(r).getCell(i + 1); if (v !== '') c.value = v; c.font = { ...F, ...(st.font || {}) }; c.alignment = { wrapText: true, vertical: 'top' }; if (st.fill) c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: st.fill } }; if (st.border) c.border = BORDER; if (st.numFmt) c.numFmt = st.numFmt; });
  put(ap, 1, [`${trust} – WRES action plan 2024-25`], { font: { bold: true, size: 12 } });
  put(ap, 2, ['APPROVED VERSION – approved by the ICB Board on 11 July 2024 (item 9). Do not edit: use the Working copy tab.'], { font: { bold: true, color: { argb: C.darkred } } });
  put(ap, 4, ['No.', 'WRES', 'Action', 'Lead', 'Due'], { font: { bold: true }, fill: C.grey, border: true });
  base.forEach((b, i) => { put(ap, 5 + i, b, { border: true }); ap.getRow(5 + i).getCell(5).numFmt = df; });
  // right tab: the working copy (the gold)
  const p = new Plan(book, { name: 'holdout36-wres-2024-25-marrowby', sheet: 'Working copy', standard: 'WRES', period: '2024-25', trust, widths: [6, 8, 56, 26, 10, 40, 12, 40], font: F });
  p.line([`${trust} – WRES action plan 2024-25 – WORKING COPY`], { merge: ['A', 'H'], style: { bold: true, font: { size: 12 } } });
  p.line(['Updated by the Workforce Team after each People Committee. Changes since the Board-approved version are listed in the Change log column; new or withdrawn actions go back to the Board at the half-year report.'], { merge: ['A', 'H'], height: 28, style: { italic: true } });
  p.line(['Last updated: 18/11/2024'], {});
  p.header(['No.', 'WRES', 'Action', 'Lead', 'Due', 'Progress', 'RAG', 'Change log'], { style: { fill: C.nhs, color: C.white } });
  const RF = { Green: C.green, Amber: C.amber, Red: C.red, Complete: C.blue };
  const RR = { Green: 'green', Amber: 'amber', Red: 'red', Complete: 'blue' };
  const work = {
    '1': ['Baseline agreed: 6% of staff at 8c+ from ethnic minority groups; goal 12% by 2027.', 'Green', ''],
    '2': ['Panels in place for 14 of 16 posts; two panels missed the outside member.', 'Amber', 'Due moved from Sep-24 to Dec-24 (People Committee, 12/09/24).', D(2024, 12, 31)],
    '3': ['Six places funded; first cohort starts January.', 'Green', ''],
    '4': ['Statement drafted; staff forum asked for wording changes.', 'Amber', ''],
    '5': ['', 'Withdrawn', 'Withdrawn 12/09/24 – merged into action 7 (listening exercise covers partner organisations).'],
    '6': ['Four of six directorates have named an opportunity.', 'Amber', ''],
    '7': ['Eleven conversations held; themes being written up.', 'Green', 'Scope widened to include racism from partner organisations (from action 5).'],
    '8': ['Published in the annual report and on the website in July.', 'Complete', ''],
  };
  for (const [no, ind, act, lead, due0] of base) {
    const [prog, rag, log, due1] = work[no]; const due = due1 || due0; const wd = rag === 'Withdrawn';
    p.action([no, ind, act, lead, due, prog, rag, log], { ref: no, indicators: [ind], action: act, lead, due: shown(due, df), status: rag, rag: RR[rag] ?? null, progress: prog },
      { styles: [{ alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }, wd ? { color: 'FF808080', italic: true } : {}, {}, { numFmt: df, alignment: { horizontal: 'left' } }, {}, RF[rag] ? { fill: RF[rag] } : { italic: true }, { font: { size: 9 } }] });
  }
  const add = ['9', '4', 'Open the ICB\'s coaching pool to ethnic minority staff in GP practices across the system, alongside ICB staff.', 'Head of OD', D(2025, 3, 31), 'Coaching pool advertised through the primary care training hub.', 'Green', 'NEW – added 07/10/24 at the staff forum\'s request; to go to the Board at half year.'];
  p.action(add, { ref: '9', indicators: ['4'], action: add[2], lead: add[3], due: shown(add[4], df), status: 'Green', rag: 'green', progress: add[5] },
    { styles: [{ alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }, {}, {}, { numFmt: df, alignment: { horizontal: 'left' } }, {}, { fill: C.green }, { font: { size: 9 } }] });
  p.blank();
  p.line(['RAG: Green on track; Amber at risk; Red off track; Complete (blue); Withdrawn (no colour).'], { merge: ['A', 'H'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional ICB, its own staff) kept as TWO TABS: 'Board approved 11-07-24' (the version the Board approved, a red 'APPROVED VERSION … Do not edit: use the Working copy tab.' line, 'No. | WRES | Action | Lead | Due', eight actions, no progress) and 'Working copy' (the gold sheet): a title ending '– WORKING COPY', an italic line on how it is updated and that changes since the Board version are in the Change log, 'Last updated: 18/11/2024', a blue header 'No. | WRES | Action | Lead | Due | Progress | RAG | Change log', nine actions and a RAG key line. Against the approved tab the working copy moves action 2's due from Sep-24 to Dec-24 (logged), WITHDRAWS action 5 (grey italic text, RAG 'Withdrawn' unfilled, log 'merged into action 7') and ADDS action 9 ('NEW – added 07/10/24 …'). Judgement calls: the plan as kept is the Working copy – the approved tab is the Board's record of the same plan and is not read as a second set of actions; due = the working copy's Due as shown (action 2 'Dec-24', not the approved 'Sep-24'); the withdrawn action is still a row of the plan – it is an action with status 'Withdrawn', rag null and no progress; the added action 9 is an action (its 'NEW' flag is a change-log note, not a status); status = the RAG word, rag = its fill (Green / Amber / Red, Complete blue); the Change log is not progress; 'Executive Directors' as written for action 6; theme null.", { mode: 'fill', ragCol: 7, dueFrom: ['E'], notFrom: ['H'], otherSheet: 'Board approved 11-07-24' });
}
