// holdout66-wres-2025-26-ashbyvale: a mental health trust's EDI Committee paper in a workbook of two sheets – a cover sheet and the
// plan. Inside the plan, rows marked in the Ref column ('NOTE', 'DATA', 'APPX') on a yellow fill carry notes, the indicator figures as
// real percentage cells, and appendix pointers; a withdrawn action is shown as a row with 'Withdrawn' and its reason.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Ashby Vale Mental Health NHS Foundation Trust';
  const cover = book.wb.addWorksheet('Cover');
  cover.getColumn(1).width = 28; cover.getColumn(2).width = 70;
  [['Meeting', 'Equality, Diversity and Inclusion Committee'], ['Date', '22 January 2026'], ['Item', '9'], ['Title', 'WRES action plan 2025-26 – mid-year review'], ['Report author', 'Head of Inclusion'], ['Executive lead', 'Chief People Officer'], ['Assurance sought', 'Reasonable']].forEach(([k, v], i) => { cover.getCell(`A${i + 1}`).value = k; cover.getCell(`A${i + 1}`).font = { bold: true }; cover.getCell(`B${i + 1}`).value = v; });
  const p = new Plan(book, { name: 'holdout66-wres-2025-26-ashbyvale', sheet: 'Action plan', standard: 'WRES', period: '2025-26', trust, widths: [8, 56, 11, 11, 24, 13, 14, 44], font: { name: 'Arial', size: 10 } });
  p.line([`${trust} – WRES action plan 2025-26 (mid-year review)`], { merge: ['A', 'H'], style: { bold: true, font: { size: 13 } } });
  p.header(['Ref', 'Action', 'Indicator', 'HIA', 'Responsible', 'Due', 'Status', 'Mid-year update'], { style: { fill: C.purple, color: C.white } });
  const Y = { fill: 'FFFFF2CC' };
  const mark = (tag, t, vals = []) => p.line([tag, t, ...vals], { border: true, style: Y, styles: [{ bold: true }] });
  const SF = { 'Complete': C.green, 'On track': C.green, 'Delayed': C.amber, 'Not started': C.red };
  const act = ([ref, a, ind, hia, who, due, st, upd]) => p.action([ref, a, ind, hia, who, due, st, upd], { ref, indicators: String(ind).split(/\s*\+\s*/), theme: null, action: a, lead: who, due, status: st, rag: { Complete: 'green', 'On track': 'green', Delayed: 'amber', 'Not started': 'red' }[st], progress: upd }, { styles: [{}, {}, {}, {}, {}, {}, { fill: SF[st] }] });
  p.line([undefined, 'Indicator', 'BME', 'White'], { border: true, style: { ...Y, bold: true } });
  p.line(['DATA', 'Relative likelihood of entering the formal disciplinary process (ratio, BME : white)', 1.41], { border: true, style: Y, styles: [{ bold: true }, {}, { numFmt: '0.00' }] });
  p.line(['DATA', 'Harassment, bullying or abuse from staff, 2025 survey', 0.262, 0.198], { border: true, style: Y, styles: [{ bold: true }, {}, { numFmt: '0.0%' }, { numFmt: '0.0%' }] });
  act(['A1', 'Introduce a pre-formal check by a trained panel for every proposed disciplinary case involving a colleague from an ethnic minority background.', '3', '6', 'Head of Employee Relations', 'Sep 2025', 'Complete', 'Panel in place since August; 14 cases reviewed, 5 resolved informally.']);
  act(['A2', 'Report disciplinary entry rates by ethnicity and directorate to the EDI Committee each quarter.', '3', '3', 'Workforce Intelligence Lead', 'Oct 2025', 'On track', 'First report due at this meeting.']);
  mark('NOTE', 'A3 (bank staff disciplinary data) is reported through the Temporary Staffing Board and is not repeated here.');
  act(['A4', 'Deliver the Active Bystander course to every inpatient ward team.', '6 + 8', '6', 'Associate Director of Nursing', 'Mar 2026', 'Delayed', '11 of 27 wards trained; bank staff release is the constraint.']);
  act(['A5', 'Set up a reporting pathway for racist abuse from service users with a named senior contact for each ward.', '5', '6', 'Head of Patient Safety', 'Dec 2025', 'On track', 'Pathway signed off; ward contacts being named.']);
  p.line(['A6', 'Withdrawn – superseded by the regional mentoring scheme the ICB now runs (see A8).', undefined, undefined, undefined, undefined, 'Withdrawn'], { border: true, style: { color: 'FF808080' } });
  act(['A7', 'Ring-fence places on the Trust\'s leadership programme for staff from ethnic minority backgrounds at Bands 6 and 7.', '1', '2', 'Head of Leadership Development', 'Jan 2026', 'Not started', 'Cohort starts in January.']);
  act(['A8', 'Refer Band 7+ colleagues from ethnic minority backgrounds to the ICB regional mentoring scheme.', '1 + 7', '2', 'Head of Leadership Development', 'Nov 2025', 'On track', '19 referrals made.']);
  mark('APPX', 'Appendix D: comments from the Race Equality Network on the mid-year position (separate paper).');
  act(['A9', 'Give each Board member an anti-racism objective and review it at appraisal.', '9', '1', 'Chair', 'Jun 2025', 'Complete', 'All objectives set and recorded.']);
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional mental health foundation trust): an EDI Committee paper kept as a workbook of TWO sheets – 'Cover' (meeting, date, item, title, author, executive lead, assurance sought, as label / value rows) and 'Action plan', which is the gold sheet. The plan sheet: a title, one purple header 'Ref | Action | Indicator | HIA | Responsible | Due | Status | Mid-year update' (row 2). Rows on a YELLOW fill marked in the Ref column carry what is not an action: a small figures table (a label row 'Indicator | BME | White' and two 'DATA' rows with the figures as real number cells – 1.41 shown '1.41', 0.262 shown '26.2%'), a 'NOTE' row saying A3 is reported elsewhere, and an 'APPX' row pointing to Appendix D. Row A6 is grey text 'Withdrawn – superseded by the regional mentoring scheme …' with 'Withdrawn' in the Status column. Status words on fills (Complete and On track green, Delayed amber, Not started red). Judgement calls: the yellow rows are NOT actions (the figures are no status or due; the untagged yellow 'Indicator | BME | White' row labels the figures and is no second header); A6 is NOT an action (withdrawn, its work now A8); there is no A3 row at all – the NOTE says it is reported elsewhere – so the plan has seven actions (A1, A2, A4, A5, A7, A8, A9); indicators from the Indicator column joined by '+' ('6 + 8' → ['6','8']); the HIA column is the EDI Improvement Plan's High Impact Action number, NOT a WRES indicator (no gold field from it); lead = Responsible; the cover sheet's Report author and Executive lead are no leads; no theme; status = the word, rag = its fill.", { mode: 'fill', ragCol: 'G', notFrom: ['D'] });
}
