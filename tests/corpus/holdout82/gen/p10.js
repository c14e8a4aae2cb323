// holdout82-wres-2026-27-kilverton: a Smartsheet project sheet exported to Excel and tidied a little (title rows added above, the
// header filled). An Auto-Number 'Ref' column numbers EVERY row – the three priority parent rows too; hierarchy by indentation and
// outline; 'Baseline Finish' beside 'Target Date'; a Status drop-down and a separate RYG symbol column (words); an 'At Risk' flag
// exported as true / false; contacts as 'Surname, Firstname'.
import { Book, Plan, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Kilverton Health and Care NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout82-wres-2026-27-kilverton', sheet: 'WRES 26-27', standard: 'WRES', period: '2026-27', trust, widths: [8, 60, 10, 22, 13, 13, 13, 9, 8, 46, 12], font: { name: 'Arial', size: 10 } });
  p.line([`${trust} – WRES improvement plan 2026/27 (Smartsheet export, ${'24/11/2026'})`], { merge: ['A', 'K'], style: { bold: true, font: { size: 12 } } });
  p.line(['Exported for the People, Equality and Inclusion Committee. Parent rows show the three priorities; dates on parent rows are roll-ups.'], { merge: ['A', 'K'], style: { italic: true } });
  p.header(['Ref', 'Action', 'WRES ind.', 'Owner', 'Baseline Finish', 'Target Date', 'Status', 'RYG', 'At Risk', 'Latest Comment', 'Attachments'], { style: { fill: 'FF1F3864', color: 'FFFFFFFF' } });
  p.ws.views = [{ state: 'frozen', ySplit: 3 }];
  const F = 'dd/mm/yy'; const W = { Green: 'green', Yellow: 'amber', Red: 'red', Blue: 'blue' };
  let n = 1; const ref = () => `KWR-${String(n++).padStart(3, '0')}`;
  const pri = [
    ['Priority 1: Fair access to jobs and promotion', D(2026, 6, 30), D(2027, 3, 31), [
      ['Move all Band 8a+ shortlisting to anonymised applications in the new recruitment system', '2', 'Sandhu, Kiran', D(2026, 9, 30), D(2026, 12, 18), 'In Progress', 'Yellow', 'true', 'Supplier change request raised; target moved from September.', '1'],
      ['Widen the talent pool: every Band 7+ vacancy advertised through the ethnic minority staff network before it closes', '2', 'Sandhu, Kiran', D(2026, 7, 31), D(2026, 7, 31), 'Complete', 'Blue', 'false', 'In place since July.', ''],
      ['Track the careers of everyone on the Ready Now and Stepping Up programmes for three years', '7', 'Ng, Adrian', D(2027, 3, 31), D(2027, 3, 31), 'In Progress', 'Green', 'false', 'Tracker built; first six-month review in January.', '2']]],
    ['Priority 2: Fair treatment', D(2026, 5, 29), D(2027, 2, 26), [
      ['Check every proposed formal disciplinary for an ethnic minority colleague against the Just and Learning checklist before it starts', '3', 'Farah, Idris', D(2026, 5, 29), D(2026, 5, 29), 'Complete', 'Blue', 'false', 'Embedded; quarterly audit continues.', ''],
      ['Publish CPD spend and non-mandatory training by ethnicity for each care group', '4', 'Whitcombe, Alison', D(2026, 10, 30), D(2027, 1, 29), 'In Progress', 'Red', 'true', 'Learning system data incomplete for bank staff.', ''],
      ['Support staff after racist abuse from patients: a named responder on every site and a follow-up call within 72 hours', '5', 'Mbeki, Thandiwe', D(2026, 11, 27), D(2026, 11, 27), 'In Progress', 'Green', 'false', 'Responders named at 5 of 7 sites.', ''],
      ['Run "Respect at Work" team sessions where the staff survey shows colleague-on-colleague bullying above the trust average', '6', 'Mbeki, Thandiwe', D(2027, 2, 26), D(2027, 2, 26), 'Not Started', '', 'false', '', '']]],
    ['Priority 3: Leadership and accountability', D(2026, 9, 30), D(2027, 3, 31), [
      ['Set each executive a measurable WRES objective and report progress in their mid-year review', '9', 'Ellwood, Marcus', D(2026, 9, 30), D(2026, 10, 30), 'In Progress', 'Yellow', 'false', 'Four of seven objectives agreed.', ''],
      ['Bring ethnic minority staff experience (indicators 5 to 8) to the Board through a patient-style staff story each quarter', '8', 'Ellwood, Marcus', D(2027, 3, 31), D(2027, 3, 31), 'In Progress', 'Green', 'false', 'First story at November Board.', '1']]],
  ];
  for (const [pname, s, e, acts] of pri) {
    p.line([ref(), pname, '', 'Ellwood, Marcus', s, e, '', '', '', '', ''], { border: true, outline: 0, styles: [{ bold: true }, { bold: true }, {}, {}, { numFmt: F }, { numFmt: F }] });
    for (const [act, ind, own, base, tgt, st, ryg, risk, com, att] of acts) {
      const r = ref();
      p.action([r, act, ind, own, base, tgt, st, ryg, risk, com, att], { ref: r, indicators: [ind], theme: pname, action: act, lead: own, due: shown(tgt, F), status: st, rag: ryg ? W[ryg] : null, progress: com }, { outline: 1, styles: [{}, { alignment: { indent: 2 } }, { alignment: { horizontal: 'center' } }, {}, { numFmt: F }, { numFmt: F }] });
    }
  }
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional health and care FT) kept in Smartsheet, exported to Excel and tidied a little: two merged lines added above (title with the export date 24/11/2026; a note that parent rows are the priorities with rolled-up dates), the header filled navy and frozen. Header 'Ref | Action | WRES ind. | Owner | Baseline Finish | Target Date | Status | RYG | At Risk | Latest Comment | Attachments' (row 3). Smartsheet's Auto-Number column 'Ref' numbers EVERY row, so the three bold PRIORITY PARENT ROWS (KWR-001, KWR-005, KWR-010) carry a ref, an owner (the executive sponsor) and rolled-up dates just like an action; their children are indented (outline level 1). Judgement calls: the parent rows are NOT actions (the note above the header says so; they have no status) – they are the themes of the rows under them; the nine children are the actions, ref = their own Auto-Number; lead = Owner as written ('Sandhu, Kiran'); due = Target Date as displayed ('18/12/26'), NEVER the Baseline Finish (they differ on three rows where the date moved); status = the Status drop-down word; rag = the RYG symbol word (Yellow = amber, Blue = complete → blue), '' RYG → null; the At Risk flag (true / false) and the attachment count give no field; progress = Latest Comment; indicators from 'WRES ind.'. The export date in the title is no due.", { mode: 'word', ragCol: 8, statusIsCell: false, words: W, dueFrom: ['F'], notFrom: ['I', 'K'], forbidden: ['24/11/2026'] });
}
