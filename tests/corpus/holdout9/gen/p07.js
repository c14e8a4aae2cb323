// holdout9-wres-2024-25-birchcombe: ordinary tracker: key block of Open/Closed statuses above the header; refs 'W24-01';
// leads as executive abbreviations explained in a footnote; real dates shown 'dd mmm yy'; autofilter + frozen header.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout9-wres-2024-25-birchcombe', sheet: 'WRES tracker', standard: 'WRES', period: '2024-25', trust: 'Birchcombe and Vale NHS Foundation Trust', widths: [9, 12, 54, 13, 13, 12, 18, 46] });
  p.line(['Birchcombe and Vale NHS Foundation Trust: Workforce Race Equality Standard action tracker 2024-25'], { merge: ['A', 'H'], style: { bold: true, font: { size: 13 } } });
  p.blank();
  const key = [['Closed', C.lightblue, 'Action delivered and evidence seen'], ['Open – on track', C.green, 'Will be delivered by the deadline'], ['Open – at risk', C.amber, 'Risk to the deadline; mitigation in place'], ['Open – off track', C.red, 'Will not be delivered by the deadline']];
  for (const [w, f, m] of key) p.line(['', w, m], { border: false, styles: [{}, { fill: f }, {}], merge: ['C', 'E'] });
  p.blank();
  const h = p.header(['Ref', 'WRES indicator', 'Action', 'HIA', 'Accountable', 'Deadline', 'Status', 'Progress narrative'], { style: { fill: C.nhs, color: C.white } });
  p.ws.autoFilter = `A${h}:H${h}`; p.ws.views = [{ state: 'frozen', ySplit: h }];
  const F = { Closed: C.lightblue, 'Open – on track': C.green, 'Open – at risk': C.amber, 'Open – off track': C.red }; const R = { Closed: 'blue', 'Open – on track': 'green', 'Open – at risk': 'amber', 'Open – off track': 'red' };
  let n = 0;
  const act = (ind, inds, action, hia, lead, due, st, prog) => { n++; const ref = `W24-${String(n).padStart(2, '0')}`; return p.action([ref, ind, action, hia, lead, due, st, prog], {
    ref, indicators: inds, action, lead, due: due instanceof Date ? shown(due, 'dd mmm yy') : due, status: st, rag: R[st] ?? null, progress: prog,
  }, { styles: [{}, {}, {}, {}, {}, due instanceof Date ? { numFmt: 'dd mmm yy' } : {}, F[st] ? { fill: F[st] } : {}] }); };
  act('1 / 9', ['1', '9'], 'Set and publish ethnic minority representation goals for Band 8a to VSM and for the Board, in line with the Model Employer ambition.', 'HIA 1', 'CPO', D(2024, 9, 30), 'Closed', 'Goals approved by the Board on 26 September 2024.');
  act('Ind 2', ['2'], 'Introduce a diverse panel member from the Inclusive Recruitment pool for all interviews at Band 7 and above.', 'HIA 3', 'CPO', D(2024, 12, 31), 'Open – on track', 'Pool of 58 trained; 83% of panels compliant.');
  act('Ind 2', ['2'], 'Remove names and dates of birth from application forms at shortlisting (TRAC anonymisation).', 'HIA 3', 'DoF', D(2024, 10, 31), 'Open – at risk', 'Supplier change delayed configuration.');
  act('Ind 3', ['3'], 'Apply the "Just Culture" decision tree before every formal disciplinary investigation and report outcomes by ethnicity quarterly.', 'HIA 5', 'CPO', 'Quarterly', 'Open – on track', 'Q1 and Q2 reports to the People Committee.');
  act('Ind 4', ['4'], 'Allocate CPD funding through a panel and report allocation by ethnicity to the Education Board.', 'HIA 3', 'CNO', D(2025, 3, 31), 'Open – on track', '');
  act('5,6', ['5', '6'], 'Deliver active bystander training to all ward managers and matrons.', 'HIA 6', 'CNO', D(2025, 3, 31), 'Open – off track', 'Trainer vacancy; 12% trained.');
  act('Ind 5', ['5'], 'Introduce a post-incident support call within 72 hours for staff who report racist abuse from patients or visitors.', 'HIA 6', 'CNO', D(2024, 11, 30), 'Open – on track', 'Process live in the Emergency Department and Medicine.');
  act('Ind 7', ['7'], 'Offer a sponsor from the senior leadership team to every participant of the ethnic minority leadership programme.', 'HIA 3', 'CEO', D(2025, 1, 31), 'Open – at risk', 'Sponsors matched for 9 of 16 participants.');
  act('Ind 8', ['8'], 'Hold "Let\'s talk about race" sessions in every care group with the Race Equality Network.', 'HIA 6', 'CPO', 'Ongoing', 'Open – on track', 'Six sessions held.');
  act('Ind 9', ['9'], 'Give each Board member an EDI objective and assess it in the Board appraisal.', 'HIA 1', 'Chair', D(2024, 6, 30), 'Closed', 'All objectives set in June.');
  act('All', ['1', '2', '3', '4', '5', '6', '7', '8', '9'], 'Publish an ethnicity pay gap report with the WRES data and share it with staff.', 'HIA 1, HIA 3', 'DoF', D(2025, 3, 31), 'Open – on track', 'Data extracted; report drafted.');
  act('6 / 8', ['6', '8'], 'Review the grievance and bullying policy with the Race Equality Network so that cases of racism are investigated by a trained investigator.', 'HIA 6', 'CPO', D(2025, 2, 28), '', '');
  p.blank();
  p.line(['CEO = Chief Executive; CPO = Chief People Officer; CNO = Chief Nursing Officer; DoF = Director of Finance. HIA = high impact action of the NHS EDI Improvement Plan (2023).'], { merge: ['A', 'H'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust), an ordinary action tracker. Title merged across A:H, a blank row, a KEY BLOCK of four rows above the table (rows 3–6, from column B: a status filled in its colour beside its meaning merged C:E – 'Closed' light blue, 'Open – on track' green, 'Open – at risk' amber, 'Open – off track' red), a blank row, then one header on row 8 (white on NHS blue, autofilter, frozen below): 'Ref | WRES indicator | Action | HIA | Accountable | Deadline | Status | Progress narrative'. Refs 'W24-01' … 'W24-12'. Indicator cells: '1 / 9' → ['1','9'], 'Ind 2', '5,6' → ['5','6'], '6 / 8', 'All' → all nine. The HIA column ('HIA 1', 'HIA 1, HIA 3') has no gold field. 'Accountable' holds executive ABBREVIATIONS ('CPO', 'CNO', 'DoF', 'CEO', 'Chair'), spelled out only in the footnote; gold lead = the cell as written. Deadline: real dates shown 'dd mmm yy' (gold due '30 Sep 24') plus 'Quarterly' and 'Ongoing'. Status words filled per the key; rag by the key (Closed → blue). W24-12 has no status and no narrative (status '', rag null); W24-05 has no narrative. Progress = 'Progress narrative'. Theme null. The abbreviation footnote after a blank row is a non-action row.", { ragCol: 'G', mode: 'fill' });
}
