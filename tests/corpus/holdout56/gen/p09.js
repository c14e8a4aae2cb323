// holdout56-wdes-2021-22-crickvale: follows Leicestershire Partnership NHS Trust's WDES page
// (https://leicspart.nhs.uk/about/equality-diversity-and-inclusion/workforce-disability-equality-standard): the trust develops the action
// plan and reports outcomes to the Board, and its disabled staff network (MAPLE – Mental and Physical Life Experience), staff side and key
// stakeholders are kept up to date on progress. The Q3 review sheet records the trust's update AND the staff network's view side by side.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Crickvale Partnership NHS Trust';
  const p = new Plan(book, { name: 'holdout56-wdes-2021-22-crickvale', sheet: 'WDES 2021-22', standard: 'WDES', period: '2021-22', trust, widths: [12, 52, 24, 11, 7, 42, 34], font: { name: 'Calibri', size: 10 } });
  const W = ['A', 'G'];
  p.line([trust], { merge: W, style: { bold: true, font: { size: 13 }, color: C.green } });
  p.line(['WDES action plan 2021-22 – Q3 review'], { merge: W, style: { bold: true } });
  p.line(["Reviewed with the OAK (Our Abilities and Knowledge) staff network on 9 December 2021. The network's view is recorded beside each update."], { merge: W, height: 28 });
  p.blank();
  p.header(['WDES metric', 'Action', 'Executive lead', 'Due', 'RAG', 'Trust update (Q3)', 'OAK network view'], { style: { fill: C.goodG } });
  const F = { green: C.green, amber: C.amber, red: C.red };
  const act = (met, a, lead, due, rag, upd, view, inds) => p.action([met, a, lead, due, '', upd, view], { indicators: inds, action: a, lead, due, rag, progress: upd }, { styles: [{}, {}, {}, {}, { fill: F[rag] }, {}, { italic: true }] });
  act('Metric 1', 'Add disability to the equality data refresh sent to all staff with their annual leave reminder.', 'Director of HR', 'Dec 2021', 'green', 'Sent to all staff in October; 212 records updated.', 'Good start – please repeat it in the spring.', ['1']);
  act('Metric 2', 'Guarantee an interview to disabled applicants who meet the essential criteria, and check each month that it happens.', 'Director of HR', 'Sep 2021', 'green', 'Checked in the recruitment system every month since July.', 'Agree.', ['2']);
  act('Metric 3', 'Ask occupational health to review every capability case before a formal stage begins.', 'Director of HR', 'Mar 2022', 'amber', 'Agreed with OH; not yet written into the procedure.', 'We want this in the policy, not just agreed.', ['3']);
  act('Metric 4', 'Open a bullying and harassment advice line staffed by trained network volunteers.', 'Director of Nursing', 'Jan 2022', 'red', 'Volunteers recruited; training delayed by winter pressures.', 'Concerned about the delay.', ['4']);
  act('Metric 5', 'Ring-fence places on the Mary Seacole programme for disabled staff.', 'Director of OD', 'Feb 2022', 'amber', 'Two of four places filled.', '', ['5']);
  act('Metric 7', "Include disabled staff's contributions in the shortlisting for the monthly Crickvale Stars awards.", 'Director of Communications', 'Ongoing', 'green', 'Three of this quarter\'s winners are network members.', 'Nice – keep going.', ['7']);
  act('Metric 8', 'Create a reasonable adjustments passport and train managers to use it.', 'Director of HR', 'Dec 2021', 'green', 'Passport live from 1 November; 48 issued.', 'Managers still need reminding.', ['8']);
  act('Metric 9b', "Give the OAK network chair and deputy one day a month of protected time.", 'Chief Executive', 'Oct 2021', 'green', 'Agreed by the Executive Team on 5 October.', 'Thank you.', ['9b']);
  p.blank();
  p.line(['RAG: green = on track or done; amber = some delay; red = at risk.'], { merge: W, style: { font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, a mental health and community partnership trust) following a real trust's WDES page on which the disabled staff network, staff side and stakeholders are kept up to date on progress, kept as the Q3 review on one sheet 'WDES 2021-22': trust name, title, a line on the review with the staff network, a blank row, the green header on row 5 'WDES metric | Action | Executive lead | Due | RAG | Trust update (Q3) | OAK network view', eight actions (one per metric row) and a RAG key line. The RAG cell holds NO TEXT – only a green, amber or red fill; 'Due' is text ('Dec 2021', 'Ongoing'). Judgement calls: status '' (the RAG cell is empty) and rag from its fill; progress = 'Trust update (Q3)'; the staff network's view in the last column (italic) is the network's comment on the update, not the trust's progress and not an outcome – it gives no field; lead = Executive lead; indicators from the metric column ('Metric 4' → ['4'] as written in 2021-22, 'Metric 9b' → ['9b']); theme null; ref ''.", { ind: 'A', ragCol: 'E', mode: 'fill', notFrom: ['G'] });
}
