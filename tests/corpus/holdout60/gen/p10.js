// holdout60-wdes-2022-23-ravenshaw: acute teaching trust; quirk: COMPLETED ACTIONS MOVED TO THE BOTTOM under a 'COMPLETED ACTIONS' row at the
// October review, so the numbering runs out of order.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Ravenshaw University Hospitals NHS Foundation Trust';
  const font = { name: 'Calibri', size: 10 };
  const p = new Plan(book, { name: 'holdout60-wdes-2022-23-ravenshaw', sheet: 'WDES AP', standard: 'WDES', period: '2022-23', trust, widths: [5, 12, 58, 28, 12, 13, 44], font });
  p.line(['WDES Action Plan 2022/23'], { merge: ['A', 'G'], style: { bold: true, font: { size: 14 }, fill: C.paleblue } });
  p.line([trust], { merge: ['A', 'G'], style: { fill: C.paleblue } });
  p.line(['Reviewed 18/10/2022 – completed actions moved to the bottom of the plan.'], { merge: ['A', 'G'], style: { italic: true } });
  p.header(['#', 'Area', 'Action', 'Accountable', 'Deadline', 'Status', 'Evidence'], { style: { fill: C.navy, color: C.white } });
  const F = { Complete: C.green, 'In progress': C.amber, 'Not started': C.red }; const RG = { Complete: 'green', 'In progress': 'amber', 'Not started': 'red' };
  const fmt = 'dd/mm/yyyy';
  const open = [
    ['1', 'Metric 1', 'Add disability to the workforce dashboard each division sees monthly, with the declaration rate by band.', 'Head of Workforce Intelligence', D(2022, 12, 31), 'In progress', ''],
    ['2', 'Metric 2', 'Train the recruitment team to check every disabled applicant\'s interview offer under the guaranteed interview scheme.', 'Head of Recruitment', D(2022, 11, 30), 'In progress', 'Training booked for November.'],
    ['4', 'Metric 4a', 'Introduce a disability harassment reporting option on the incident system, separate from general abuse.', 'Head of Risk', D(2023, 3, 31), 'Not started', ''],
    ['5', 'Metric 5', 'Include disabled staff in the trust\'s talent panels for Band 7 and 8a roles.', 'Associate Director of OD', D(2023, 3, 31), 'In progress', ''],
    ['6', 'Metric 6', 'Produce guidance for managers on presenteeism, including phased returns and adjusted duties.', 'Head of Occupational Health', D(2023, 1, 31), 'Not started', ''],
    ['8', 'Metric 8', 'Set up a central budget for workplace adjustments so that teams do not pay from their own budgets.', 'Director of Finance', D(2023, 3, 31), 'In progress', 'Business case at Executive Board in December.'],
  ];
  const done = [
    ['3', 'Metric 3', 'Change the capability policy so that health-related capability is handled under the attendance procedure first.', 'Head of Employee Relations', D(2022, 9, 30), 'Complete', 'Policy ratified by JNCC 14/09/2022.'],
    ['7', 'Metric 9b', 'Give the Disability Network chair two days a month of protected time and a seat at the People Committee.', 'Chief People Officer', D(2022, 7, 31), 'Complete', 'Agreed July; chair attends from August.'],
    ['9', 'Metric 10', 'Ask the Board to complete the disability declaration in the annual declarations of interest exercise.', 'Company Secretary', D(2022, 6, 30), 'Complete', 'All voting members responded.'],
  ];
  const row = ([n, m, a, l, d, s, e]) => p.action([n, m, a, l, d, s, e], { ref: n, indicators: [m.replace('Metric ', '')], action: a, lead: l, due: shown(d, fmt), status: s, rag: RG[s], progress: e }, { styles: [{}, {}, {}, {}, { numFmt: fmt }, { fill: F[s] }] });
  open.forEach(row);
  const sep = p.line(['COMPLETED ACTIONS'], { merge: ['A', 'G'], style: { bold: true, fill: C.grey } });
  done.forEach(row);
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, an acute teaching trust), Calibri 10: a pale-blue merged title 'WDES Action Plan 2022/23' and trust line, an italic review line ('Reviewed 18/10/2022 – completed actions moved to the bottom of the plan.'), a navy header '# | Area | Action | Accountable | Deadline | Status | Evidence', six open actions (numbers 1, 2, 4, 5, 6, 8), then a grey merged 'COMPLETED ACTIONS' row and the three completed actions (3, 7, 9) under it – so the numbering runs out of order. Status words on fills (Complete green, In progress amber, Not started red); deadlines real dates dd/mm/yyyy. Judgement calls: 'COMPLETED ACTIONS' is a grouping by status, not a theme (theme null for all) and not an action; the actions under it are actions like the others; ref = the # as written; indicators from Area ('Metric 4a', 'Metric 9b'); status and rag from the Status cell; progress = Evidence; the review date 18/10/2022 and the JNCC date inside the evidence are no dues.", { cols: { ref: 'A', ind: 'B', action: 'C', lead: 'D', due: 'E', status: 'F', progress: 'G' }, mode: 'fill', ragCol: 6, dataRows: [sep], forbidden: ['18/10/2022', 'COMPLETED ACTIONS'] });
}
