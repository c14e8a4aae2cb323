// holdout59-wres-2025-26-fernlea: a primary-care collaborative's WRES plan with START and END columns holding real Excel dates shown
// 'mmm yy' – one End typed 'Ongoing', one End left blank; leads such as 'All practice managers' and 'Collaborative Board'; G/A/R/C letters filled,
// keyed by a small 'Status | Meaning' table under the plan, right-aligned under the Status column.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Fernlea Primary Care Collaborative';
  const p = new Plan(book, { name: 'holdout59-wres-2025-26-fernlea', sheet: 'Action plan', standard: 'WRES', period: '2025-26', trust, widths: [9, 12, 52, 30, 10, 10, 9, 38], font: { name: 'Calibri', size: 11 } });
  p.line([`${trust} (14 practices, 4 PCNs) – WRES action plan 2025/26`], { merge: ['A', 'H'], style: { bold: true, font: { size: 13 } } });
  p.line(['Hosted employer data for all practice staff; figures from the 2025 WRES return.'], { merge: ['A', 'H'] });
  p.header(['Ref', 'WRES ind.', 'Action', 'Lead', 'Start', 'End', 'Status', 'Comments'], { style: { fill: C.paleblue } });
  const F = 'mmm yy';
  const SF = { G: C.green, A: C.amber, R: C.red, C: C.blue };
  const SR = { G: 'green', A: 'amber', R: 'red', C: 'blue' };
  const rows = [
    ['FPC1', '1', 'Collect ethnicity for every salaried GP, nurse and admin post across the practices through one shared HR form.', 'Collaborative HR Manager', D(2025, 4, 1), D(2025, 7, 31), 'C', 'Form returned by 13 of 14 practices.'],
    ['FPC2', '2', 'Use the shared recruitment template, with diverse interview panels, for every practice vacancy.', 'All practice managers', D(2025, 5, 1), 'Ongoing', 'G', ''],
    ['FPC3', '2', 'Advertise reception and care-coordinator posts through community organisations as well as NHS Jobs.', 'PCN Workforce Lead', D(2025, 9, 1), D(2025, 12, 31), 'A', 'Two PCNs still to join.'],
    ['FPC4', '5', 'Give reception teams de-escalation training and a clear script for racist abuse from patients.', 'Clinical Director (Dr Amina Farah)', D(2025, 6, 1), D(2025, 11, 30), 'G', ''],
    ['FPC5', '6', 'Offer an independent listening service for staff experiencing bullying from colleagues in small practices.', 'Collaborative Board', D(2025, 10, 1), null, 'R', 'Provider not yet chosen.'],
    ['FPC6', '4', 'Open the collaborative\'s CPD fund to all staff groups and report who uses it by ethnicity.', 'Training Hub Lead', D(2025, 7, 1), D(2026, 3, 31), 'G', ''],
    ['FPC7', '7, 8', 'Set up a peer network for ethnic minority staff across the four PCNs with protected time to attend.', 'PCN Clinical Directors', D(2025, 9, 1), D(2026, 1, 31), 'A', 'First meeting booked.'],
  ];
  for (const [ref, ind, act, lead, st, end, s, com] of rows) {
    const endShown = end instanceof Date ? shown(end, F) : end || '';
    p.action([ref, ind, act, lead, st, end, s, com], { ref, indicators: ind.split(', '), action: act, lead, due: endShown, dueSource: endShown ? 'column' : null, status: s, rag: SR[s], progress: com },
      { height: 32, styles: [{}, {}, {}, {}, { numFmt: F }, end instanceof Date ? { numFmt: F } : {}, { fill: SF[s], alignment: { horizontal: 'center' }, ...(s === 'C' ? { color: C.white } : {}) }] });
  }
  p.blank();
  p.header(['Status', 'Meaning'], { at: 7, style: { fill: C.palegrey } });
  for (const [k, mean] of [['G', 'On track'], ['A', 'Some delay – recovery plan in place'], ['R', 'Off track – escalated to the Board'], ['C', 'Complete']]) p.line([k, mean], { at: 7, border: true, styles: [{ fill: SF[k], alignment: { horizontal: 'center' }, ...(k === 'C' ? { color: C.white } : {}) }] });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional body, a primary-care collaborative hosting staff for 14 GP practices): a title with the collaborative's name, a data-source line, a pale-blue header 'Ref | WRES ind. | Action | Lead | Start | End | Status | Comments' and seven actions FPC1–FPC7, then a blank row and a small KEY TABLE under the Status column ('Status | Meaning' header, then G / A / R / C on their fills with a meaning each). START and END are real Excel dates shown 'mmm yy' ('Apr 25', 'Jul 25'); one End is typed 'Ongoing' and one End is EMPTY while its Start (Oct 25) is filled. Leads include 'All practice managers', 'Collaborative Board', 'PCN Clinical Directors' and 'Clinical Director (Dr Amina Farah)'. Judgement calls: due = End as displayed ('Jul 25'), never Start; 'Ongoing' kept; where End is empty the plan gives no deadline, so due '' and dueSource null (the Start is not a due); lead = Lead as written (a group such as 'All practice managers' is the lead); status = the letter, rag = its fill (C on blue → blue); the key table's rows are not actions (its 'Status | Meaning' row is a header of the key, listed in headerRows); progress = Comments; indicators from the column ('7, 8' → 7, 8); no theme.", { due: { col: 'F' }, lead: { col: 'D', mode: 'whole' }, status: { col: 'G', mode: 'fill' }, progress: 'H', notFrom: ['E'], forbidden: ['On track', 'Some delay – recovery plan in place', 'Off track – escalated to the Board', 'Complete'] });
}
