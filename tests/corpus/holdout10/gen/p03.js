// holdout10-wres-2020-21-thrushcombe: ordinary Covid-year tracker; indicator codes 'I1', 'I5 + I6', 'I1–I9' AFTER the action;
// status words filled GREEN / YELLOW / RED keyed by the second title line; 'Paused (Covid-19)' unfilled; dd/mm/yy dates + text.
import { Book, Plan, C, D } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout10-wres-2020-21-thrushcombe', sheet: 'Action Plan', standard: 'WRES', period: '2020-21', trust: 'Thrushcombe University Hospitals NHS Trust', widths: [6, 60, 12, 28, 12, 16, 44] });
  p.line(['Thrushcombe University Hospitals NHS Trust: WRES Action Plan 2020-21'], { merge: ['A', 'G'], style: { bold: true, font: { size: 14 }, fill: C.nhs, color: C.white } });
  p.line(['Status colours – green: completed; yellow: ongoing; red: overdue.'], { merge: ['A', 'G'], style: { italic: true } });
  p.blank();
  p.header(['Ref', 'Action', 'Indicator(s)', 'Owner', 'Deadline', 'Status', 'Comments'], { style: { fill: C.palegrey } });
  const F = { Completed: C.green, Ongoing: C.yellow, Overdue: C.red }; const RG = { Completed: 'green', Ongoing: 'amber', Overdue: 'red' };
  const act = (ref, action, ind, inds, owner, due, status, comment) => {
    const isDate = due instanceof Date; const shown = isDate ? `${String(due.getUTCDate()).padStart(2, '0')}/${String(due.getUTCMonth() + 1).padStart(2, '0')}/${String(due.getUTCFullYear()).slice(2)}` : due;
    return p.action([ref, action, ind, owner, due, status, comment], { ref, indicators: inds, action, lead: owner, due: shown, status, rag: RG[status] ?? null, progress: comment },
      { styles: [{}, {}, { alignment: { horizontal: 'center' } }, {}, isDate ? { numFmt: 'dd/mm/yy' } : {}, F[status] ? { fill: F[status] } : {}] });
  };
  act('R1', 'Refresh the ethnicity data held on ESR through a self-service campaign, aiming for under 5% "not stated".', 'I1', ['1'], 'Head of Workforce Systems', D(2020, 9, 30), 'Completed', 'Not stated down to 4.2%.');
  act('R2', 'Set stretch targets for BME representation at Band 8a+ in line with the Model Employer trajectory.', 'I1', ['1'], 'Director of People', D(2020, 12, 31), 'Ongoing', 'Targets drafted; to People Committee in February.');
  act('R3', 'Use structured interview questions and scoring for all posts at Band 7 and above.', 'I2', ['2'], 'Resourcing Manager', D(2021, 1, 31), 'Ongoing', 'Question bank complete; training for managers under way.');
  act('R4', 'Include a trained BME panel member ("inclusion ambassador") on interviews for Band 8a and above.', 'I2 + I7', ['2', '7'], 'Resourcing Manager / Race Equality Network', 'Q4', 'Paused (Covid-19)', 'Training paused during the second wave.');
  act('R5', 'Introduce the decision-making tool and a senior check before any case moves to formal disciplinary action.', 'I3', ['3'], 'Head of Employee Relations', D(2020, 7, 31), 'Completed', 'In use since July 2020.');
  act('R6', 'Monitor the number of BME staff on suspension or redeployed during investigations each month.', 'I3', ['3'], 'Head of Employee Relations', 'Monthly', 'Ongoing', '');
  act('R7', 'Report access to CPD funding and study leave by ethnicity to the Education Committee.', 'I4', ['4'], 'Head of Education', D(2020, 11, 30), 'Overdue', 'Data not yet available from the new learning system.');
  act('R8', 'Complete a Covid-19 risk assessment with every BME member of staff and record it on ESR.', 'I5 + I6', ['5', '6'], 'Divisional Directors', D(2020, 6, 30), 'Completed', '97% recorded by 30 June.');
  act('R9', 'Launch a bystander and "call it out" programme for all staff, starting with emergency and acute medicine.', 'I5 + I6', ['5', '6'], 'Head of OD', 'Mar-21', 'Ongoing', '120 staff trained.');
  act('R10', 'Set up a BME staff support line with the Employee Assistance Programme and the network.', 'I8', ['8'], 'Health and Wellbeing Lead', 'Complete', 'Completed', 'Line live since May 2020.');
  act('R11', 'Offer every Board member a reverse mentor from the Race Equality Network.', 'I9', ['9'], 'Chair', D(2021, 3, 31), 'Overdue', 'Four of twelve pairings in place.');
  act('R12', 'Bring a six-monthly WRES progress report to the Board and publish it on the website.', 'I1–I9', ['1', '2', '3', '4', '5', '6', '7', '8', '9'], 'EDI Lead', 'Six-monthly', 'Ongoing', 'First report October 2020.');
  p.blank();
  p.line(['Prepared by the EDI Lead for the People Committee, 18 February 2021.'], { merge: ['A', 'G'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust), ordinary Covid-year tracker. Title merged A:G (white on NHS blue), a merged key line under it ('Status colours – green: completed; yellow: ongoing; red: overdue.'), a blank row, then the header on row 4: 'Ref | Action | Indicator(s) | Owner | Deadline | Status | Comments' – the indicator column comes AFTER the action. Refs 'R1'…'R12'. Indicators as short codes: 'I1' → ['1'], 'I2 + I7' → ['2','7'], 'I5 + I6' → ['5','6'], 'I1–I9' (a range) → all nine. Owners are roles, one 'Resourcing Manager / Race Equality Network' (gold = the cell). Deadline: real dates shown dd/mm/yy ('30/09/20') mixed with text 'Q4', 'Monthly', 'Mar-21' (text), 'Complete', 'Six-monthly' (gold due = as shown). Status words filled: Completed green, Ongoing YELLOW (the key's 'yellow' = amber for rag), Overdue red; 'Paused (Covid-19)' is unfilled and not in the key → rag null. One action (R6) has no comment. Prepared-by line under the table is a non-action row.", { ragCol: 'F', mode: 'fill' });
}
