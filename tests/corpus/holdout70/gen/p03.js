// holdout70-wres-2019-20-lowbarrow: community health trust, the EDI Manager's tracker kept BY STAFF GROUP (nursing and health visiting,
// AHPs, estates / facilities / admin, bank staff, whole trust) as section rows; refs per group; RAG letters on fills.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Lowbarrow Community Health NHS Trust';
  const p = new Plan(book, { name: 'holdout70-wres-2019-20-lowbarrow', sheet: 'Tracker', standard: 'WRES', period: '2019-20', trust, widths: [7, 8, 48, 24, 10, 36, 8], font: { name: 'Verdana', size: 8 } });
  p.line([`${trust}`, '', '', '', '', 'Updated:', 'Jan 2020'], { merge: ['A', 'E'], style: { bold: true, font: { size: 11 } } });
  p.line(['WRES action plan 2019/20 – tracker by staff group (each group’s actions agreed with its professional lead)'], { merge: ['A', 'G'], height: 24, style: { bold: true } });
  p.blank();
  p.header(['Ref', 'Ind.', 'Action', 'Lead', 'Target', 'Update (December 2019)', 'RAG'], { style: { fill: C.teal, color: C.white } });
  const F = { G: C.green, A: C.amber, R: C.red, C: C.blue };
  const rows = [
    ['Registered nursing and health visiting'],
    ['N1', '1', 'Ring-fence four band 6 to 7 secondments in district nursing for BAME nurses, with a named practice teacher each.', 'Deputy Chief Nurse', 'Mar-20', 'Four secondees started in November.', 'C'],
    ['N2', '5', 'Give lone-working district nurses and health visitors a conflict-resolution refresher covering racist abuse in patients’ homes.', 'Head of Patient Safety', 'Jan-20', 'Pilot in two localities; roll-out delayed by winter pressures.', 'A'],
    ['Allied health professionals'],
    ['AHP1', '2', 'Put a BAME panel member on every band 7 podiatry, physiotherapy and OT interview.', 'AHP Professional Lead', 'Sep-19', 'In place since August; 19 panels so far.', 'G'],
    ['AHP2', '4', 'Track who is funded for master’s modules and apprenticeship levy places, by ethnicity.', 'Head of Learning & Development', 'Mar-20', 'First six-month report shows no gap.', 'G'],
    ['Estates, facilities and administrative staff'],
    ['E1', '6, 8', 'Recruit Freedom to Speak Up champions from BAME estates, domestic and admin staff on every site.', 'Freedom to Speak Up Guardian', 'Dec-19', 'Ten trained; two more in February.', 'A'],
    ['E2', '7', 'Open the band 2–4 admin development programme to domestic and portering staff, with paid study time.', 'Head of Estates & Facilities', 'Mar-20', 'Budget not agreed.', 'R'],
    ['Bank and temporary staff'],
    ['B1', '3', 'Apply the pre-formal checklist to bank staff, so concerns about bank workers are reviewed before shifts are stopped.', 'Temporary Staffing Manager', 'Dec-19', 'Checklist extended to bank in October.', 'G'],
    ['Whole trust'],
    ['T1', '1, 9', 'Report the workforce and board by ethnicity and band to each locality board twice a year.', 'Workforce Information Lead', 'Sep-19', 'Now routine.', 'C'],
  ];
  const secs = []; let theme = null;
  for (const r of rows) {
    if (r.length === 1) { secs.push(p.line(r, { merge: ['A', 'G'], style: { bold: true, fill: C.palegrey, color: C.teal } })); theme = r[0]; continue; }
    const [ref, ind, act, lead, tgt, upd, rag] = r;
    p.action(r, { ref, indicators: ind.split(', '), theme, action: act, lead, due: tgt, status: rag, rag: { G: 'green', A: 'amber', R: 'red', C: 'blue' }[rag], progress: upd }, { styles: [{}, {}, {}, {}, {}, {}, { fill: F[rag], bold: true, alignment: { horizontal: 'center' } }] });
  }
  p.blank();
  p.line(['RAG: G on track   A some slippage   R off track   C complete'], { merge: ['A', 'G'] });
  p.line(['Next update due to the Quality & Workforce Committee in April 2020.'], { merge: ['A', 'G'], style: { italic: true } });
  const NOTES = "Original plan (fictional community health trust). Sheet 'Tracker': the trust name (merged A–E) with 'Updated:' / 'Jan 2020' in F–G, a title saying the tracker is kept BY STAFF GROUP, a blank row, the teal header 'Ref | Ind. | Action | Lead | Target | Update (December 2019) | RAG' (row 4), then five STAFF-GROUP section rows ('Registered nursing and health visiting', 'Allied health professionals', 'Estates, facilities and administrative staff', 'Bank and temporary staff', 'Whole trust') with eight actions under them, then a RAG key line and a 'Next update due …' line. Refs are per staff group ('N1', 'AHP1', 'E1', 'B1', 'T1'). Target is typed text 'Mar-20'. Judgement calls: theme = the staff-group section row above (including 'Whole trust' for the last action); ref as written; lead = Lead; due = Target as typed; progress = the December update; status = the RAG letter, rag from its fill (C on blue = complete → blue); the 'Updated' date and the April 2020 report date are not dues; indicators from 'Ind.' ('6, 8' and '1, 9' → both).";
  await book.save(`${p.name}.xlsx`);
  p.saveGold(NOTES, { mode: 'fill', ragCol: 7, sections: secs, forbidden: ['Jan 2020', 'April 2020'] });
}
