// holdout34-wdes-2022-23-kenmoor: a SMARTSHEET sheet exported to Excel – header on row 1, parent/child hierarchy kept as outline
// levels and indents, an auto-number 'Row ID' that numbers the parent rows too, parent rows carrying rolled-up dates and %,
// contacts as e-mail addresses, the 'Health' symbol column exported as its words, system columns Modified / Modified By.
import { Book, Plan, D, C } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout34-wdes-2022-23-kenmoor', sheet: 'WDES Action Plan 2022-23 (Kenmo', standard: 'WDES', period: '2022-23', trust: 'Kenmoor and Dales Ambulance Service NHS Trust', widths: [9, 60, 26, 18, 11, 11, 13, 9, 11, 48, 15, 26], font: { name: 'Arial', size: 10 } });
  const ws = p.ws;
  const dt = { numFmt: 'dd/mm/yy' }; const mt = { numFmt: 'dd/mm/yy hh:mm' }; const pc = { numFmt: '0%' };
  const S = [{}, {}, {}, {}, dt, dt, {}, {}, pc, {}, mt, {}];
  p.header(['Row ID', 'Task Name', 'Assigned To', 'Metric', 'Start Date', 'End Date', 'Status', 'Health', '% Complete', 'Latest Update', 'Modified', 'Modified By'], { border: false, style: { font: { bold: true } } });
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  let n = 0; const id = () => `WD-${String(++n).padStart(3, '0')}`;
  const indent = (r, lvl) => { const c = ws.getCell(`B${r}`); c.alignment = { ...c.alignment, indent: lvl * 2 }; };
  const parent = (name, lvl, start, end, pct, mod, by) => { const r = p.line([id(), name, null, null, start, end, null, null, pct, null, mod, by], { styles: S, style: { bold: true }, outline: lvl || undefined }); indent(r, lvl); return r; };
  const HW = { Green: 'green', Yellow: 'amber', Red: 'red', Blue: 'blue', Gray: null };
  let theme = null;
  const act = (name, who, metric, start, end, status, health, pct, upd, mod, by, inds, extra = {}) => {
    const ref = id();
    const r = p.action([ref, name, who, metric, start, end, status, health, pct, upd, mod, by], { ref, theme, indicators: inds, action: name, lead: who, due: end ? extra.due : '', status, rag: HW[health] ?? null, progress: upd || '', completed: extra.completed || '' }, { styles: S, outline: 2, border: false });
    indent(r, 2); return r;
  };
  parent('Kenmoor and Dales Ambulance Service NHS Trust – WDES Action Plan 2022/23', 0, D(2022, 10, 3), D(2023, 9, 29), 0.46, D(2023, 3, 14, 0), 'r.osei@kdas.nhs.uk');
  theme = 'Workstream 1 – Fair recruitment and progression (Metrics 1, 2, 3)';
  parent(theme, 1, D(2022, 10, 3), D(2023, 6, 30), 0.55, D(2023, 3, 9), 'r.osei@kdas.nhs.uk');
  act('Add a guaranteed-interview offer for disabled applicants who meet the essential criteria to every paramedic and EOC vacancy advert', 'h.tranter@kdas.nhs.uk', 'Metric 2', D(2022, 10, 3), D(2022, 12, 16), 'Complete', 'Blue', 1, 'Live on TRAC from 12 December; 31 interviews offered under the scheme by March.', D(2023, 3, 9), 'h.tranter@kdas.nhs.uk', ['2'], { due: '16/12/22' });
  act('Publish the number of staff declaring a disability on ESR by directorate each quarter and set a 6% declaration target for the control rooms', 'workforce.info@kdas.nhs.uk', 'Metric 1', D(2022, 11, 1), D(2023, 3, 31), 'In Progress', 'Yellow', 0.5, 'Q3 figures published; control room rate 3.8%, below the 6% aim.', D(2023, 2, 20), 'm.lund@kdas.nhs.uk', ['1'], { due: '31/03/23' });
  act('Check capability cases opened in 2021/22 for whether reasonable adjustments were considered before the formal stage', 'employee.relations@kdas.nhs.uk', 'Metric 3', D(2023, 1, 9), D(2023, 6, 30), 'Not Started', 'Gray', 0, null, D(2023, 1, 4), 'r.osei@kdas.nhs.uk', ['3'], { due: '30/06/23' });
  theme = 'Workstream 2 – Safe from harassment (Metrics 4a, 4b, 5)';
  parent(theme, 1, D(2022, 10, 17), D(2023, 9, 29), 0.38, D(2023, 3, 14), 'r.osei@kdas.nhs.uk');
  act('Roll out body-worn cameras to the two stations with the highest reported abuse from patients', 'ops.support@kdas.nhs.uk', 'Metric 4a', D(2022, 10, 17), D(2023, 3, 31), 'In Progress', 'Green', 0.7, '140 cameras issued; Ravensby fully equipped, Colthorpe by end of March.', D(2023, 3, 14), 'a.pike@kdas.nhs.uk', ['4a'], { due: '31/03/23' });
  act('Run a listening session for disabled EOC call handlers on abuse from managers and colleagues, facilitated by the Freedom to Speak Up Guardian', 'ftsu@kdas.nhs.uk', 'Metric 4a', D(2023, 1, 16), D(2023, 2, 28), 'Complete', 'Blue', 1, '18 attended; themes passed to the EOC leadership team.', D(2023, 3, 1), 'ftsu@kdas.nhs.uk', ['4a'], { due: '28/02/23' });
  act('Add a disability field to the Datix violence and aggression form so that reporting rates can be compared', 'risk.team@kdas.nhs.uk', 'Metric 4b', D(2023, 2, 1), D(2023, 9, 29), 'At Risk', 'Red', 0.1, 'Datix upgrade delayed by the supplier; no date yet.', D(2023, 3, 10), 'risk.team@kdas.nhs.uk', ['4b'], { due: '29/09/23' });
  theme = 'Workstream 3 – Adjustments and voice (Metrics 6, 7, 8, 9a, 9b, 10)';
  parent(theme, 1, D(2022, 11, 7), D(2023, 7, 31), 0.44, D(2023, 3, 13), 'r.osei@kdas.nhs.uk');
  act('Replace the paper reasonable adjustments form with a Health Passport held by the member of staff', 'h.tranter@kdas.nhs.uk', 'Metric 8', D(2022, 11, 7), D(2023, 4, 28), 'In Progress', 'Green', 0.6, 'Passport drafted with the Enable network; pilot in Patient Transport from April.', D(2023, 3, 13), 'h.tranter@kdas.nhs.uk', ['8'], { due: '28/04/23' });
  act('Agree protected time of one day a month for the Enable network chair and deputy', 'r.osei@kdas.nhs.uk', 'Metric 9b', D(2022, 11, 14), D(2022, 12, 23), 'Complete', 'Blue', 1, 'Agreed at the People Committee in December.', D(2022, 12, 21), 'r.osei@kdas.nhs.uk', ['9b'], { due: '23/12/22' });
  act('Invite a disabled member of staff to tell their story at a public Board meeting each half-year', 'company.secretary@kdas.nhs.uk', 'Metric 10', D(2023, 1, 2), D(2023, 7, 31), 'In Progress', 'Yellow', 0.5, 'First story heard in January; July slot not yet filled.', D(2023, 2, 2), 'company.secretary@kdas.nhs.uk', ['10'], { due: '31/07/23' });
  act('Survey staff who did not answer the disability question in the staff survey about why, and share the results with the Enable network', 'staff.experience@kdas.nhs.uk', 'Metric 6, Metric 7, Metric 9a', D(2023, 2, 6), D(2023, 5, 31), 'Not Started', 'Gray', 0, null, D(2023, 2, 6), 'r.osei@kdas.nhs.uk', ['6', '7', '9a'], { due: '31/05/23' });
  ws.autoFilter = 'A1:L1';
  p.saveGold('Smartsheet sheet exported to Excel (ambulance trust). Row 1 is Smartsheet\'s column header, frozen, with an autofilter: \'Row ID | Task Name | Assigned To | Metric | Start Date | End Date | Status | Health | % Complete | Latest Update | Modified | Modified By\'. The hierarchy survives only as outline levels and indents: row 2 is the top parent (level 0) naming the trust and the plan year, rows under it are three workstream parents (level 1, bold) and their child tasks (level 2). Quirks of the route: the auto-number Row ID numbers every row, parents included (WD-001, WD-002, WD-006 …), so the actions\' refs have gaps; parent rows carry ROLLED-UP Start/End dates, % Complete and Modified/Modified By values although they are not actions; contacts are e-mail addresses (team mailboxes); the Health symbol column comes out as its words (Blue/Green/Yellow/Red/Gray); the sheet name is cut at 31 characters. Judgement calls: parents are non-action rows (the level-0 parent gives trust and period; the level-1 parents are the themes); ref = Row ID; lead = Assigned To as written (the e-mail address), never Modified By; due = End Date as shown (dd/mm/yy), never Start Date; status = the Status word; rag from the Health word (Yellow = amber, Blue = blue/complete, Gray = not started, rag null); progress = Latest Update; indicators from the Metric column (2022-23 so the 2021 metric set: 4a, 4b, 9a, 9b).', { rag: { col: 'H', words: { Green: 'green', Yellow: 'amber', Red: 'red', Blue: 'blue', Gray: null } }, notFrom: ['E'], exact: { ref: 'A', lead: 'C', due: 'F', status: 'G', progress: 'J' } });
  await book.save('holdout34-wdes-2022-23-kenmoor.xlsx');
}
