// holdout50-wdes-2025-26-coastmoor: TWO AMBULANCE TRUSTS in a group sharing one WDES plan – one Group lead and a local lead per trust, Start / Finish, a figures block per trust above.
import { Book, Plan, C, D } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Coast and Moor Ambulance Group';
  const p = new Plan(book, { name: 'holdout50-wdes-2025-26-coastmoor', sheet: 'WDES 2025-26', standard: 'WDES', period: '2025-26', trust, widths: [7, 12, 52, 26, 26, 26, 12, 12, 13], font: { name: 'Arial', size: 10 } });
  p.line([trust], { merge: ['A', 'I'], style: { bold: true, font: { size: 15 }, color: 'FF006747' } });
  p.line(['Joint Workforce Disability Equality Standard action plan 2025-26 for Coastway Ambulance Service NHS Trust and Moorland Ambulance Service NHS Foundation Trust'], { merge: ['A', 'I'], style: { bold: true }, height: 28 });
  p.blank();
  p.line(['Where we start from (WDES 2025 data)'], { merge: ['A', 'C'], style: { bold: true } });
  p.header(['', 'Metric', 'Measure', 'Coastway', 'Moorland'], { style: { fill: C.palegrey } });
  const figs = [['', '1', 'Disabled staff as a share of the workforce (ESR)', '4.9%', '6.2%'], ['', '4a', 'Disabled staff experiencing harassment from patients or the public', '41.3%', '37.8%'], ['', '7', 'Disabled staff satisfied that the organisation values their work', '27.0%', '31.5%']];
  const dataRows = figs.map((f) => p.line(f, { border: true }));
  p.blank();
  p.header(['Ref', 'WDES metric', 'Group action', 'Group lead', 'Local lead – Coastway', 'Local lead – Moorland', 'Start', 'Finish', 'Status'], { style: { fill: 'FF006747', color: C.white }, height: 28 });
  const S = { Complete: [C.blue, 'blue'], 'On track': [C.green, 'green'], Behind: [C.amber, 'amber'], 'Not started': [null, null] };
  const rows = [
    ['CM1', '1', 'Move both trusts onto one disability declaration question in ESR and the staff app, and ask every colleague to review their record during the annual appraisal.', 'Group Director of People', 'Workforce Information Manager', 'Head of HR Systems', D(2025, 4, 1), D(2025, 9, 30), 'Complete'],
    ['CM2', '4a', 'Issue body-worn cameras and de-escalation training to every frontline crew member, prioritising stations with the highest reported assaults.', 'Group Director of Operations', 'Head of Operations (North)', 'Head of Operations (Moor Division)', D(2025, 5, 1), D(2026, 3, 31), 'On track'],
    ['CM3', '4b', 'Add a quick "report it" button for abuse and harassment to the crew tablet, linked to the incident system of each trust.', 'Group Chief Digital Officer', 'Digital Programme Manager', 'Digital Programme Manager', D(2025, 6, 1), D(2025, 12, 31), 'Behind'],
    ['CM4', '3', 'Agree one attendance management procedure for the Group in which disability-related absence is recorded separately and not counted towards formal triggers.', 'Group Director of People', 'Deputy Director of HR', 'Deputy Director of HR', D(2025, 4, 1), D(2025, 11, 30), 'On track'],
    ['CM5', '6, 7', 'Set up a reasonable adjustments hub for control room and 111 staff, with a target of adjustments in place within 28 days of request.', 'Group Director of Integrated Care', 'Head of Emergency Operations Centre', '—', D(2025, 7, 1), D(2026, 1, 31), 'Not started'],
    ['CM6', '5', 'Guarantee a development conversation and access to the paramedic apprenticeship route for disabled emergency care assistants in both trusts.', 'Group Director of Education', 'Head of Education', 'Education Lead, Moorland', D(2025, 9, 1), D(2026, 3, 31), 'On track'],
    ['CM7', '9a', 'Bring the two disability networks together as one Group network with paid time for the chair and co-chair.', 'Group Chief Executive', '—', '—', D(2025, 4, 1), D(2025, 6, 30), 'Complete'],
    ['CM8', '10', 'Include a disabled member on the Group\'s board development programme and invite both boards to declare their disability status in the 2025 skills audit.', 'Group Chair', 'Trust Secretary, Coastway', 'Company Secretary, Moorland', D(2025, 10, 1), D(2026, 2, 28), 'Not started'],
  ];
  const sh = (d) => `${String(d.getUTCDate()).padStart(2, '0')}-${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()]}-${String(d.getUTCFullYear()).slice(2)}`;
  for (const [ref, m, act, gl, l1, l2, s, f, st] of rows) {
    const [fill, rag] = S[st];
    p.action([ref, m, act, gl, l1, l2, s, f, st], { ref, indicators: m.split(', '), action: act, lead: gl, due: sh(f), status: st, rag }, { styles: [{}, { alignment: { horizontal: 'center' } }, {}, {}, {}, {}, { numFmt: 'dd-mmm-yy' }, { numFmt: 'dd-mmm-yy' }, fill ? { fill, color: fill === C.blue ? C.white : undefined } : {}] });
  }
  p.blank();
  p.line(['Status key: Complete (blue) · On track (green) · Behind (amber) · Not started (no colour). "—" = no local lead needed at that trust.'], { merge: ['A', 'I'], style: { font: { size: 9 } } });
  p.line(['Approved by the Group Board in common, 15 May 2025.'], { merge: ['A', 'I'], style: { font: { size: 9 }, italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional GROUP OF TWO AMBULANCE TRUSTS – Coastway Ambulance Service NHS Trust and Moorland Ambulance Service NHS FT) on one sheet 'WDES 2025-26', Arial 10: the Group's name (row 1), a plan title naming both trusts, a 'Where we start from (WDES 2025 data)' caption and a small FIGURES TABLE with its own header ('| Metric | Measure | Coastway | Moorland', row 5) and three data rows giving each trust's figure, then the plan header 'Ref | WDES metric | Group action | Group lead | Local lead – Coastway | Local lead – Moorland | Start | Finish | Status' (row 10), eight actions CM1–CM8, a status key and an approval line. Start and Finish are real dates shown dd-mmm-yy. Judgement calls: IDENTITY = the Group as the title names it ('Coast and Moor Ambulance Group'); neither trust alone; lead = Group lead (the one lead for the action); the two LOCAL LEAD columns (one per trust, '—' where none) are context and never the lead; due = Finish, never Start; the figures table's rows (with metric numbers) are data, not actions, and its header row is a header; '6, 7' gives two metrics; status = the word, rag = its fill ('Complete' blue → blue, 'Not started' unfilled → null); the key and approval lines are not actions.", { fieldCols: { ref: 'A', lead: 'D', due: 'H' }, notFrom: ['E', 'F', 'G'], ragCol: 'I', dataRows, notIdentity: ['Coastway Ambulance Service NHS Trust', 'Moorland Ambulance Service NHS Foundation Trust'] });
}
