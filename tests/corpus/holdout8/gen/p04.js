// holdout8-wdes-2021-22-sandbeck: metric column AFTER the action; bullet lists in action cells; dd.mm.yyyy real dates;
// status words filled, keyed by a horizontal row of filled words under the table.
import { Book, Plan, C, D } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout8-wdes-2021-22-sandbeck', sheet: 'Action Plan', standard: 'WDES', period: '2021-22', trust: 'Sandbeck Teaching Hospitals NHS Trust', widths: [10, 58, 13, 26, 13, 42, 13] });
  p.line(['Sandbeck Teaching Hospitals NHS Trust'], { merge: ['A', 'G'], style: { bold: true, font: { size: 13 } } });
  p.line(['WDES Action Plan 2021 – 2022'], { merge: ['A', 'G'], style: { bold: true } });
  p.blank();
  p.header(['Action No', 'Action', 'WDES Metric', 'Lead', 'Target Date', 'Progress', 'Status'], { style: { fill: C.palegrey } });
  const F = { Complete: C.lightblue, 'On track': C.lightgreen, 'Some delay': C.amber, 'Not started': C.red };
  const R = { Complete: 'blue', 'On track': 'green', 'Some delay': 'amber', 'Not started': 'red' };
  let n = 0;
  const act = (action, metric, inds, lead, due, progress, status) => { n++; const isDate = due instanceof Date; const dueText = isDate ? `${String(due.getUTCDate()).padStart(2, '0')}.${String(due.getUTCMonth() + 1).padStart(2, '0')}.${due.getUTCFullYear()}` : due;
    return p.action([n, action, metric, lead, due, progress, status], { ref: String(n), indicators: inds, action, lead, due: dueText, status, rag: R[status] ?? null, progress }, { styles: [{ alignment: { horizontal: 'center' } }, {}, {}, {}, isDate ? { numFmt: 'dd.mm.yyyy' } : {}, {}, status ? { fill: F[status] } : {}] }); };
  act('Improve the disability declaration rate on ESR through:\n• a self-service campaign with the Disability Staff Network\n• adding the question to the new starter checklist\n• explaining to staff why we ask', 'M1', ['1'], 'Head of Workforce Intelligence', D(2021, 12, 31), 'Campaign ran in October; declaration 4.6% (from 3.9%).', 'On track');
  act('Audit shortlisting and appointment data for disabled applicants for every post at Band 7 and above, and share the results with recruiting managers.', 'M2', ['2'], 'Recruitment Manager', 'End of Q3', 'Q1 and Q2 audits done; Q3 audit due January.', 'On track');
  act('Add a reasonable adjustments prompt to the capability policy and the manager toolkit, so that adjustments are considered before any formal stage.', 'M3', ['3'], 'Head of HR Policy', D(2021, 9, 30), 'Policy approved at JNCC in September.', 'Complete');
  act('Launch a "See it, report it" campaign for abuse of disabled staff:\n• posters and screensavers in all patient areas\n• a disability category on Datix\n• a monthly report to the Health and Safety Committee', '4a', ['4a'], 'Head of Health and Safety', D(2022, 3, 31), 'Datix category added; campaign materials delayed.', 'Some delay');
  act('Make sure the Datix report of harassment, bullying or abuse shows whether the member of staff is disabled.', 'Metric 4b', ['4b'], 'Risk Manager', 'Ongoing', '', 'Not started');
  act('Ring-fence places for disabled staff on the Mary Seacole and Edward Jenner programmes and offer a coach to each participant.', 'Metric 5', ['5'], 'Head of Leadership and OD', D(2022, 3, 31), 'Eight disabled staff on programmes; coaching offered to all.', 'On track');
  act('Train managers to have supportive wellbeing conversations, including how to talk about disability and long-term conditions.', 'Metric 6', ['6'], 'Head of Health and Wellbeing', D(2022, 1, 31), '', 'Not started');
  act('Publish a reasonable adjustments guide for managers and staff, with a clear route to the Access to Work scheme.', 'Metric 8', ['8'], 'Occupational Health Lead', D(2021, 11, 30), 'Guide published 22 November.', 'Complete');
  act('Fund the Disability Staff Network chair for one day a week and give the network a budget for events.', 'Metric 9b', ['9b'], 'Director of People', 'End of Q2', 'Funding agreed; chair in post.', 'Complete');
  act('Hold a Board development session with disabled staff on the WDES results and agree a Board-level disability champion.', 'Metrics 9a & 10', ['9a', '10'], 'Trust Secretary', 'End of Q4', 'Session booked for February.', 'On track');
  act('Publish this plan and its updates on the intranet in accessible formats (easy read, large print, audio).', 'All', ['1', '2', '3', '4a', '4b', '5', '6', '7', '8', '9a', '9b', '10'], 'EDI Manager', 'Ongoing', 'Easy read version published; audio version in production.', 'Some delay');
  p.blank();
  p.line(['Status key:', 'Complete', 'On track', 'Some delay', 'Not started'], { at: 2, border: true, styles: [{ bold: true }, { fill: F.Complete }, { fill: F['On track'] }, { fill: F['Some delay'] }, { fill: F['Not started'] }] });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust), an ordinary WDES plan with the metric column AFTER the action. Two merged title rows, a blank row, and the header on row 4: 'Action No | Action | WDES Metric | Lead | Target Date | Progress | Status'. Action No holds plain numbers (ref '1' … '11'). Three actions are multi-line cells: a lead-in line and '•' bullets on further lines inside ONE cell (gold action = the whole cell). WDES Metric in several forms: 'M1', 'M2', 'M3', '4a', 'Metric 4b' (reporting harassment) → ['4b'], 'Metric 5', 'Metric 9b', 'Metrics 9a & 10' → ['9a','10'], 'All' → every metric of the 2021 framework (1, 2, 3, 4a, 4b, 5, 6, 7, 8, 9a, 9b, 10). Target Date mixes real dates shown dd.mm.yyyy (gold due '31.12.2021' as displayed) with text 'End of Q3', 'Ongoing', 'End of Q2', 'End of Q4'. Status words Complete / On track / Some delay / Not started, each filled (light blue, light green, amber, red) and keyed by a horizontal row of the same filled words under the table ('Status key:' in B); rag follows that key (Complete → blue). Two actions have no progress text. Theme null. The key row after a blank row is a non-action row.", { ragCol: 'G', mode: 'fill' });
}
