// holdout66-wdes-2025-26-northmoor: an ambulance trust's Audit and Assurance Committee paper. Each WDES metric group ends with an
// 'Assurance level' row whose level sits in the Status column on a lilac fill, and a count row of the group's actions by RAG. A row
// says one action has moved to the Health and Wellbeing plan. Dates are real dates.
import { Book, Plan, C, D } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Northmoor Ambulance Service NHS Trust';
  const p = new Plan(book, { name: 'holdout66-wdes-2025-26-northmoor', sheet: 'WDES 2025-26', standard: 'WDES', period: '2025-26', trust, widths: [9, 55, 26, 13, 15, 42], font: { name: 'Arial', size: 10 } });
  p.line([trust], { merge: ['A', 'F'], style: { bold: true, font: { size: 13 } } });
  p.line(['Audit and Assurance Committee, 18 September 2025 – Workforce Disability Equality Standard: action plan 2025-26'], { merge: ['A', 'F'] });
  p.line(['Purpose: assurance'], { style: { italic: true } });
  p.header(['Action ID', 'Action', 'Owner', 'Deadline', 'Status', 'Evidence / update'], { style: { fill: C.darkblue, color: C.white } });
  const F = { 'Complete': C.green, 'On track': C.lightgreen, 'Behind': C.amber, 'Not started': C.red };
  const sec = (t) => p.line([t], { merge: ['A', 'F'], style: { bold: true, fill: C.paleblue } });
  const act = (th, inds, [id, a, own, due, st, ev]) => p.action([id, a, own, due, st, ev], { ref: id, indicators: inds, theme: th, action: a, lead: own, due: due ? require_shown(due) : '', status: st, rag: { Complete: 'green', 'On track': 'green', Behind: 'amber', 'Not started': 'red' }[st], progress: ev }, { styles: [{}, {}, {}, { numFmt: 'dd/mm/yyyy' }, { fill: F[st] }] });
  const require_shown = (d) => `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
  const assure = (lvl) => p.line([undefined, 'Assurance level for this metric', undefined, undefined, lvl], { border: true, style: { italic: true, fill: C.lilac } });
  const count = (t) => p.line([undefined, t], { border: true, style: { color: 'FF595959', font: { size: 9 } } });
  let t = 'Metric 1 – Workforce representation and declaration';
  sec(t);
  act(t, ['1'], ['NM-01', 'Ask every new starter to complete the disability question at the pre-employment health check, with a plain-English note on why it is asked.', 'Head of Workforce Planning', D(2025, 7, 31), 'Complete', 'Question live since June; declaration among new starters now 88%.']);
  act(t, ['1'], ['NM-02', 'Hold a declaration week in each operational area, led by Disability Network ambassadors at stations.', 'Disability Network Chair', D(2025, 11, 30), 'On track', 'Four of six areas booked.']);
  assure('Substantial');
  count('Actions in this metric: 2 – complete 1, on track 1');
  t = 'Metric 4 (4a and 4b) – Harassment, bullying and abuse';
  sec(t);
  act(t, ['4a'], ['NM-03', 'Add a body-worn camera briefing on abuse of disabled crew members to the annual statutory refresher.', 'Head of Education', D(2025, 12, 31), 'Behind', 'Content drafted; refresher schedule set before it could be added.']);
  act(t, ['4b'], ['NM-04', 'Train Freedom to Speak Up champions in the control rooms so that disabled colleagues who are bullied feel able to report it.', 'Freedom to Speak Up Guardian', D(2025, 10, 31), 'On track', '12 of 15 champions trained.']);
  p.line(['NM-05', 'Moved to the Health and Wellbeing plan 2025-26 (action HW-07) – no longer reported here.', undefined, undefined, 'Transferred'], { border: true, style: { italic: true, color: 'FF7F7F7F' } });
  assure('Limited');
  count('Actions in this metric: 2 – on track 1, behind 1 (1 transferred)');
  t = 'Metric 7 – Feeling valued';
  sec(t);
  act(t, ['7'], ['NM-06', 'Publish a yearly "you said, we did" note from the Disability Network to all staff.', 'Head of Communications', D(2026, 3, 31), 'Not started', 'Planned for Q4.']);
  act(t, ['7'], ['NM-07', 'Give line managers a reasonable adjustments toolkit, with a named adviser in each area for difficult cases.', 'Occupational Health Manager', D(2025, 9, 30), 'Complete', 'Toolkit on the intranet; six advisers named.']);
  assure('Reasonable');
  count('Actions in this metric: 2 – complete 1, not started 1');
  t = 'Metric 10 – Board representation';
  sec(t);
  act(t, ['10'], ['NM-08', 'Invite Board members to share their own disability or long-term condition voluntarily in the next Board skills survey.', 'Director of Corporate Affairs', D(2026, 1, 31), 'On track', 'Survey question agreed with the Chair.']);
  assure('Reasonable');
  count('Actions in this metric: 1 – on track 1');
  p.blank();
  p.line(['Overall assurance: Reasonable. Limited assurance on metric 4 because of the delay to NM-03.'], { merge: ['A', 'F'], style: { bold: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional ambulance trust): an Audit and Assurance Committee paper holding the WDES action plan 2025-26. A title, the meeting line, 'Purpose: assurance', then one dark header 'Action ID | Action | Owner | Deadline | Status | Evidence / update' (row 4). Four pale-blue METRIC rows merged across ('Metric 4 (4a and 4b) – Harassment, bullying and abuse'). Each metric group ends with an italic lilac row 'Assurance level for this metric' whose level ('Substantial', 'Limited', 'Reasonable') sits in the STATUS column, and a small grey COUNT row ('Actions in this metric: 2 – complete 1, on track 1'). Row NM-05 (grey italic, 'Transferred' in the Status column) says the action moved to the Health and Wellbeing plan. Deadlines are real dates shown dd/mm/yyyy. Status words on fills (Complete green, On track light green, Behind amber, Not started red). An overall assurance line closes the paper. Judgement calls: the assurance rows are NOT actions and their levels are not statuses; the count rows are not actions; NM-05 is NOT an action here (it says the work is no longer in this plan), so seven actions; indicators from the metric row where it names one metric; for the metric 4 group, which names both 4a and 4b, they come from the action's own wording – NM-03 is about experiencing abuse from the public (['4a']), NM-04 about reporting it (['4b'], the reporting metric); theme = the metric row; due = the Deadline as displayed; status = the word, rag = its fill (On track on light green → green).", { mode: 'fill', ragCol: 'E' });
}
