// holdout91-wdes-2025-26-merrowby: specialist cancer centre, the WDES plan half-way through being filled in: four priority section rows,
// half-filled rows ('TBC', 'tbc – awaiting HR', '?', 'to be confirmed at EDI group'), a placeholder whose action is 'to be agreed with the
// Disability Network' (a lead but nothing else), and editors' queries typed on rows of their own under the action they question.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Merrowby Cancer Centre NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout91-wdes-2025-26-merrowby', sheet: 'Plan', standard: 'WDES', period: '2025-26', trust, widths: [7, 8, 54, 30, 11, 14, 42], font: { name: 'Aptos', size: 10 } });
  p.line([`${trust} – WDES action plan 2025/26`], { merge: ['A', 'G'], style: { bold: true, font: { size: 13 } } });
  p.line(['Working draft for the EDI Group, 9 July 2025. Rows still to be completed by leads.'], { merge: ['A', 'G'], style: { italic: true, color: 'FF595959' } });
  p.blank();
  const h = p.header(['Ref', 'Metric', 'Action', 'Lead', 'Due', 'Status', 'Notes'], { style: { fill: C.purple, color: C.white } });
  p.ws.views = [{ state: 'frozen', ySplit: h }];
  const F = { Complete: C.lightblue, Underway: C.goodG, 'Not started': null, Behind: C.badR };
  const RAG = { Complete: 'blue', Underway: 'green', Behind: 'red' };
  const secs = []; let theme = null;
  const sec = (t) => { theme = t; secs.push(p.line([t], { merge: ['A', 'G'], style: { bold: true, fill: C.lilac } })); };
  const fmt = 'mmm-yy';
  const act = (ref, met, a, lead, due, st, note) => p.action([ref, met, a, lead, due, st, note], { ref, indicators: met.replace(/M/g, '').split(/\s*\/\s*/), theme, action: a, lead, due: due instanceof Date ? shown(due, fmt) : due, status: st, rag: RAG[st] ?? null, progress: note },
    { styles: [{}, { alignment: { horizontal: 'center' } }, {}, {}, { numFmt: fmt }, F[st] ? { fill: F[st] } : {}, {}] });
  const query = (t) => p.line(['', '', t], { style: { italic: true, color: C.blue, font: { name: 'Calibri', size: 10 } } });
  sec('Priority 1 – Data and declaration');
  act('P1.1', 'M1', 'Ask every member of staff to check their disability record in ESR during the annual appraisal, with a line added to the appraisal form.', 'Head of Workforce Information', D(2026, 3, 31), 'Underway', 'Appraisal form changed in June.');
  act('P1.2', 'M2', 'Follow up every recruitment campaign where disabled applicants were shortlisted at a lower rate than others.', 'tbc – awaiting HR', '?', 'Not started', '');
  const q1 = query('[JS: is this still right? Recruitment moved to the shared service in April]');
  sec('Priority 2 – Fair processes');
  act('P2.1', 'M3', 'Ask Occupational Health for advice on adjustments before any formal capability meeting with a disabled colleague.', 'Head of Employee Relations', D(2025, 9, 30), 'Complete', 'Added to the capability policy in August.');
  act('P2.2', 'M4a / M4b', 'Train managers in the chemotherapy day unit and outpatients to act when disabled staff report harassment from patients or colleagues.', 'TBC', 'to be confirmed at EDI group', 'Not started', '');
  const ph = p.line(['P2.3', 'M5', 'Action to be agreed with the Disability Network', 'Disability Network', '', '', ''], { border: true, style: { color: 'FF808080' } });
  sec('Priority 3 – Wellbeing and adjustments');
  act('P3.1', 'M6', 'Give managers a short guide on phased returns after treatment, written with staff who have had cancer themselves.', 'Staff Wellbeing Lead', D(2025, 12, 31), 'Underway', 'Draft with the network for comment.');
  act('P3.2', 'M8', 'Make the Reasonable Adjustments Passport available on the staff app and train HR advisers to use it.', 'Head of HR Operations', D(2026, 1, 31), 'Behind', 'App supplier delayed to the new year.');
  const q2 = query('NB check with Sarah – is the passport budget still in the Q3 plan?');
  sec('Priority 4 – Voice and leadership');
  act('P4.1', 'M9a', 'Share the staff survey engagement results for disabled staff with every directorate and ask for one local action each.', 'Head of Staff Experience', D(2026, 2, 28), 'Not started', '');
  act('P4.2', 'M9b', 'Give the Disability Network a standing update slot at the People and Culture Committee.', 'Chief People Officer', D(2025, 7, 31), 'Complete', 'First slot taken at the July committee.');
  act('P4.3', 'M10', 'Ask every board member to complete the confidential diversity return, including disability.', 'Company Secretary', D(2025, 11, 30), 'Underway', '9 of 12 returns in.');
  p.blank();
  p.line(['Status: Complete (blue), Underway (green), Behind (red), Not started (no colour).'], { merge: ['A', 'G'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional specialist cancer centre) found half-way through being filled in. Aptos 10: a bold title naming the trust and plan, a grey italic line 'Working draft for the EDI Group, 9 July 2025. Rows still to be completed by leads.', a blank row, a purple header 'Ref | Metric | Action | Lead | Due | Status | Notes' (row 4, frozen), four PRIORITY section rows on lilac merged across, actions P1.1 … P4.3, and an italic status key. Dues are real dates shown mmm-yy. HALF-FILLED ROWS: P1.2's lead 'tbc – awaiting HR' and due '?'; P2.2's lead 'TBC' and due 'to be confirmed at EDI group'. Row 12 is a PLACEHOLDER in grey – ref 'P2.3', metric 'M5', action 'Action to be agreed with the Disability Network', lead 'Disability Network', nothing else. EDITORS' QUERIES ON ROWS OF THEIR OWN (blue italic Calibri, unbordered, in the Action column): row 8 '[JS: is this still right? Recruitment moved to the shared service in April]' under P1.2 and row 16 'NB check with Sarah – is the passport budget still in the Q3 plan?' under P3.2. Judgement calls: the placeholder is not an action although it has a ref, a metric and a name (its action is still to be agreed); the query rows are not actions and give no field to the action above (not progress); the half-filled rows ARE actions, their 'tbc – awaiting HR', 'TBC', '?' and 'to be confirmed at EDI group' kept as written; status = the word, rag from its fill by the key (Complete light blue → blue, Underway green, Behind red, Not started unfilled → null); progress = Notes, '' where empty; theme = the Priority row above; indicators from the Metric column without its 'M' ('M4a / M4b' → 4a, 4b); ref = Ref; the EDI Group date is no due.", { mode: 'fill', ragCol: 6, sections: secs, placeholders: [ph], dataRows: [q1, q2], draft: ['[JS:', 'NB check with Sarah'], forbidden: ['9 July 2025', 'Disability Network'] });
}
