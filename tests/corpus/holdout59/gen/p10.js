// holdout59-wdes-2025-26-holmbridge: an acute trust's WDES plan whose 'Leads (L = lead)' column lists INITIALS with the lead marked
// '(L)' ('RT (L), MW, SO'), decoded on a 'Key' sheet; Start is a real date, Deadline mixes 'H1', 'H2', 'Q4', real dates and '2025/26'.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Holmbridge Teaching Hospitals NHS Trust';
  const p = new Plan(book, { name: 'holdout59-wdes-2025-26-holmbridge', sheet: 'WDES plan', standard: 'WDES', period: '2025-26', trust, widths: [8, 12, 54, 22, 10, 12, 14, 36], font: { name: 'Calibri', size: 11 } });
  p.line([`${trust} – WDES action plan 2025/26`], { merge: ['A', 'H'], style: { bold: true, font: { size: 14 } } });
  p.line(['Lead initials are decoded on the Key sheet. The person marked (L) is accountable; the others support.'], { merge: ['A', 'H'], style: { italic: true } });
  p.blank();
  p.header(['ID', 'Metric', 'Action', 'Leads (L = lead)', 'Start', 'Deadline', 'Status', 'Commentary'], { style: { fill: C.purple, color: C.white } });
  const F = 'mmm-yy';
  const SF = { Complete: C.blue, 'On track': C.green, Delayed: C.amber, 'Not started': C.palegrey };
  const SR = { Complete: 'blue', 'On track': 'green', Delayed: 'amber', 'Not started': null };
  const rows = [
    ['HB-D1', 'M1', ['1'], 'Add disability to the workforce dashboard by care group and band, with a declaration target per division.', 'RT (L), MW', D(2025, 4, 1), 'H1', 'Complete', 'Live on the dashboard from July.'],
    ['HB-D2', 'M2', ['2'], 'Review why disabled applicants are less likely to be appointed after shortlisting, starting with nursing.', 'SO (L), RT', D(2025, 5, 1), D(2025, 10, 31), 'On track', ''],
    ['HB-D3', 'M3', ['3'], 'Add a reasonable-adjustments question to every capability and sickness absence hearing template.', 'MW (L)', D(2025, 6, 1), 'Q4', 'Not started', ''],
    ['HB-D4', 'M4a / M4b', ['4a', '4b'], 'Give managers a checklist for supporting disabled staff after harassment from patients or colleagues.', 'JK (L), SO, MW', D(2025, 7, 1), 'H2', 'Delayed', 'Checklist waiting for legal review.'],
    ['HB-D5', 'M5', ['5'], 'Publish a single adjustments passport with a 28-day standard from request to equipment in place.', 'JK (L)', D(2025, 4, 1), D(2025, 9, 30), 'On track', 'Average now 41 days.'],
    ['HB-D6', 'M6, M7', ['6', '7'], 'Include a question on pressure to work when unwell in every return-to-work meeting.', 'MW (L), JK', D(2025, 9, 1), '2025/26', 'On track', ''],
    ['HB-D7', 'M9a', ['9a'], 'Fund the Disability & Long-Term Conditions network chair for one day a week.', 'AP (L)', D(2025, 4, 1), D(2025, 6, 30), 'Complete', 'Backfill agreed.'],
    ['HB-D8', 'M10', ['10'], 'Invite Board members to share lived experience of disability at a Board development session.', 'AP (L), RT', D(2025, 11, 1), 'Q4', 'Not started', ''],
  ];
  for (const [id, m, inds, act, leads, start, dl, st, com] of rows) {
    const lead = /^(\S+) \(L\)/.exec(leads)[1];
    const dIsDate = dl instanceof Date;
    p.action([id, m, act, leads, start, dl, st, com], { ref: id, indicators: inds, action: act, lead, due: dIsDate ? shown(dl, F) : dl, status: st, rag: SR[st], progress: com },
      { height: 32, styles: [{}, {}, {}, {}, { numFmt: F }, dIsDate ? { numFmt: F } : {}, { fill: SF[st], ...(st === 'Complete' ? { color: C.white } : {}) }] });
  }
  const key = book.wb.addWorksheet('Key');
  key.getColumn(1).width = 10; key.getColumn(2).width = 26; key.getColumn(3).width = 40;
  [['Initials', 'Name', 'Role'], ['RT', 'Rachel Thorne', 'Head of Workforce Intelligence'], ['MW', 'Marcus Webb', 'Head of Employee Relations'], ['SO', 'Sade Ogunleye', 'Head of Resourcing'], ['JK', 'Joanna Kerr', 'Head of Health & Wellbeing'], ['AP', 'Anil Patel', 'Deputy Chief People Officer']]
    .forEach((vals, i) => vals.forEach((v, j) => { const c = key.getCell(i + 1, j + 1); c.value = v; c.font = { name: 'Calibri', size: 11, bold: i === 0 }; }));
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, an acute teaching trust): a title with the trust name, an italic line saying lead initials are decoded on the Key sheet and that the person marked (L) is accountable while the others support, a blank row, a purple header 'ID | Metric | Action | Leads (L = lead) | Start | Deadline | Status | Commentary' and eight actions HB-D1–HB-D8; a second sheet 'Key' lists 'Initials | Name | Role'. LEADS are INITIALS, several to a cell, with the accountable one marked '(L)' ('RT (L), MW', 'JK (L), SO, MW', 'MW (L)'). START is a real date shown 'mmm-yy'; DEADLINE mixes real dates shown 'mmm-yy' ('Oct-25') with typed half-years and quarters ('H1', 'H2', 'Q4') and a financial year ('2025/26'). Judgement calls: lead = the initials marked (L), without the marker – the supporters are not leads and the initials are not decoded (as the sheet writes them); due = Deadline as displayed, never Start; 'H1' / 'Q4' / '2025/26' kept as written; status = the word, rag = its fill (Complete blue → blue; Not started on pale grey → null); progress = Commentary where filled; indicators from the Metric codes ('M4a / M4b' → 4a, 4b; 'M6, M7' → 6, 7); no theme.", { due: { col: 'F' }, lead: { col: 'D', mode: 'marked' }, status: { col: 'G', mode: 'fill' }, progress: 'H', notFrom: ['E'] });
}
