// holdout91-wdes-2023-24-ashwardine: acute teaching trust; the workbook holds two versions as tabs – 'v2 (Sept)' with a red note typed
// at the top saying not to update it, and 'v3 (Nov) DRAFT', the live one: red text = new since v2, one v2 action struck out as dropped,
// one deadline '?'. RAG words on fills.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Ashwardine University Hospitals NHS Foundation Trust';
  const base = [
    ['1', '1', 'Run a "Count me in" week on every site with ESR kiosks at the staff restaurants and help from network members.', 'Head of Workforce Systems'],
    ['2', '2', 'Review every vacancy where no disabled applicant was shortlisted despite meeting the essential criteria, and feed back to the manager.', 'Head of Talent Acquisition'],
    ['3', '4a', 'Train 120 ward and department managers to act on harassment of disabled staff by patients and relatives.', 'Head of Violence Prevention & Reduction'],
    ['4', '5', 'Offer disabled staff at Bands 2–6 a place on a career coaching programme with coaches from the regional pool.', 'Head of Leadership Development'],
    ['5', '6', 'Send a presenteeism leaflet to managers with the sickness absence policy.', 'Head of Employee Relations'],
    ['6', '8', 'Introduce a Health Passport that records agreed adjustments and moves with staff between wards.', 'Occupational Health Manager'],
    ['7', '9b', 'Give the Disability Staff Network chair two days a month of protected time and a seat at the People Committee.', 'Chief People Officer'],
  ];
  // the old tab, kept in the workbook
  const old = book.wb.addWorksheet('v2 (Sept)');
  [6, 8, 60, 34, 14, 12].forEach((w, i) => { old.getColumn(i + 1).width = w; });
  old.getCell('A1').value = 'OLD – do not update this tab, use v3 (KM 2/11)'; old.getCell('A1').font = { name: 'Arial', size: 10, bold: true, color: { argb: C.red } };
  old.getCell('A2').value = `${trust} – WDES action plan 2023-24 – v2 as agreed at People Committee 14 September 2023`; old.getCell('A2').font = { name: 'Arial', size: 11, bold: true };
  old.getRow(4).values = ['No.', 'Metric', 'Action', 'Responsible', 'Deadline', 'RAG']; old.getRow(4).font = { name: 'Arial', size: 10, bold: true };
  base.forEach((b, i) => { old.getRow(5 + i).values = [...b, 'Q4 23/24', 'Not started']; old.getRow(5 + i).font = { name: 'Arial', size: 10 }; old.getRow(5 + i).alignment = { wrapText: true, vertical: 'top' }; });
  const p = new Plan(book, { name: 'holdout91-wdes-2023-24-ashwardine', sheet: 'v3 (Nov) DRAFT', standard: 'WDES', period: '2023-24', trust, widths: [6, 8, 60, 34, 14, 12, 48], font: { name: 'Arial', size: 10 } });
  p.line([`${trust}`], { merge: ['A', 'G'], style: { bold: true, font: { size: 12 } } });
  p.line(['WDES action plan 2023-24 – v3 DRAFT, November update'], { merge: ['A', 'G'], style: { bold: true } });
  p.line(['Red text = new since v2.  Struck through = dropped at the November Disability Equality Steering Group.  RAG: Green on track, Amber some delay, Red off track, Blue complete.'], { merge: ['A', 'G'], height: 26, style: { italic: true } });
  p.header(['No.', 'Metric', 'Action', 'Responsible', 'Deadline', 'RAG', 'November update'], { style: { fill: C.grey } });
  p.ws.views = [{ state: 'frozen', ySplit: 4 }];
  const F = { Green: C.green, Amber: C.amber, Red: C.red, Blue: C.lightblue };
  const RAG = { Green: 'green', Amber: 'amber', Red: 'red', Blue: 'blue' };
  const upd = {
    1: [D(2023, 10, 31), 'Blue', 'Held 9–13 October; 212 staff updated their record.'],
    2: [D(2024, 3, 31), 'Green', 'Monthly review running since September.'],
    3: [D(2024, 1, 31), 'Amber', '46 managers trained; ED and maternity still to book.'],
    4: [D(2024, 3, 31), 'Red', 'Coaches not yet confirmed by the region.'],
    6: ['?', 'Amber', 'Passport drafted with the network; launch date not set.'],
    7: [D(2023, 9, 30), 'Blue', 'Agreed by the Chief People Officer in September.'],
  };
  const reds = []; let struck = 0;
  const put = (no, met, a, lead, due, rag, note, isNew) => {
    const shownDue = due instanceof Date ? shown(due, 'dd/mm/yyyy') : due;
    const r = p.action([no, met, a, lead, due, rag, note], { ref: no, indicators: [met], action: a, lead, due: shownDue, status: rag, rag: RAG[rag], progress: note },
      { style: isNew ? { color: C.red } : {}, styles: [{}, { alignment: { horizontal: 'center' } }, {}, {}, { numFmt: 'dd/mm/yyyy' }, { fill: F[rag] }, {}] });
    if (isNew) reds.push(r);
  };
  for (const b of base) {
    const [no, met, a, lead] = b;
    if (no === '5') { struck = p.line([no, met, a, lead, D(2023, 12, 31), '', 'Dropped – replaced by action 9.'], { border: true, style: { strike: true }, styles: [{}, {}, {}, {}, { numFmt: 'dd/mm/yyyy' }] }); continue; }
    put(no, met, a, lead, ...upd[no]);
  }
  put('8', '4b', 'Add a "disability-related" tick box to the incident reporting form so harassment of disabled staff can be counted.', 'Head of Patient Safety Systems', D(2024, 2, 29), 'Green', 'Form change requested.', true);
  put('9', '6', 'Run manager sessions on presenteeism and phased returns, using the new attendance toolkit written with the network.', 'Head of Employee Relations', D(2024, 3, 31), 'Green', 'First two sessions booked for January.', true);
  put('10', '10', 'Offer every board member a confidential conversation with the Company Secretary about declaring a disability.', 'Company Secretary', D(2024, 3, 31), 'Amber', 'Two of 14 conversations held.', true);
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute teaching trust) found with TWO VERSIONS AS TABS. 'v2 (Sept)' is the plan as agreed in September (seven actions, all 'Not started', deadline 'Q4 23/24'), with a red note typed into A1: 'OLD – do not update this tab, use v3 (KM 2/11)'. 'v3 (Nov) DRAFT' is the gold sheet: trust name, title 'WDES action plan 2023-24 – v3 DRAFT, November update', an italic key line (red text = new since v2; struck through = dropped at the November steering group; RAG Green / Amber / Red / Blue complete), a grey header 'No. | Metric | Action | Responsible | Deadline | RAG | November update' (row 4, frozen). Action 5 (row 10) is STRUCK THROUGH with 'Dropped – replaced by action 9.'; actions 8, 9 and 10 (rows 12–14) are written in RED (new). Deadlines are real dates shown dd/mm/yyyy; action 6's deadline is typed '?'. Judgement calls: the gold sheet is v3 – the v2 tab is an older version that its own note retires, and its rows give no field; on v3 the struck row is not an action (the key and its own update say it was dropped), the red rows are actions and red is no RAG; due '?' kept as written; status = the RAG word, rag from its fill (Blue on light blue → blue); progress = November update; ref = No.; indicators from Metric (4a / 4b, 9b); theme null; the September committee date is no due.", { mode: 'fill', ragCol: 6, struck: { col: 'C', rows: [struck] }, redNew: { col: 'C', rows: reds }, forbidden: ['Not started', 'Q4 23/24', '14 September 2023'] });
}
