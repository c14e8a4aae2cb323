// holdout10-wdes-2022-23-hareleigh: UNUSUAL – a year-end review with the actions GROUPED BY STATUS: filled section rows
// 'Completed' / 'In progress – carried forward' / 'Not started' hold the only status; refs out of order; no status column.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout10-wdes-2022-23-hareleigh', sheet: 'Year-end review', standard: 'WDES', period: '2022-23', trust: 'Hareleigh Hospitals NHS Trust', widths: [7, 18, 58, 28, 18, 46] });
  p.line(['Hareleigh Hospitals NHS Trust'], { merge: ['A', 'F'], style: { bold: true, font: { size: 14 } } });
  p.line(['WDES Action Plan 2022/23 – year-end review (position at 31 March 2023)'], { merge: ['A', 'F'], style: { bold: true, font: { size: 12 } } });
  p.line(['Actions are grouped by their position at year end: blue – completed; amber – in progress and carried forward to 2023/24; red – not started.'], { merge: ['A', 'F'], style: { italic: true }, height: 28 });
  p.blank();
  p.header(['Ref', 'WDES metric', 'Action', 'Lead', 'Original timescale', 'Year-end comment'], { style: { fill: C.palegrey } });
  let status = null, rag = null;
  const sec = (t, st, fill, r, color) => { p.line([t], { merge: ['A', 'F'], border: true, style: { bold: true, fill, ...(color ? { color } : {}) } }); status = st; rag = r; };
  const act = (ref, metric, inds, action, lead, due, c) => p.action([ref, metric, action, lead, due, c], { ref, indicators: inds, action, lead, due, status, rag, progress: c });
  sec('Completed (5 actions)', 'Completed', C.blue, 'blue', C.white);
  act('D1', 'Metric 1', ['1'], 'Run a self-declaration campaign with the Disability Network, aiming for 6% declaration on ESR.', 'Workforce Information Manager', 'Sept 2022', 'ESR declaration 6.4% at March 2023.');
  act('D3', 'Metric 3', ['3'], 'Separate ill-health capability from performance capability in the HR case system.', 'Employee Relations Lead', 'Q2 2022/23', 'Done in July; reported quarterly from Q2.');
  act('D6', 'Metric 8', ['8'], 'Launch a Reasonable Adjustments Passport and guidance for managers.', 'Head of Wellbeing', 'Oct 2022', 'Launched 3 October 2022; 88 passports agreed.');
  act('D9', 'Metric 9b', ['9b'], 'Give the Disability Network Chair two days a month of protected time and a budget.', 'Director of People', 'June 2022', 'In place from June.');
  act('D11', 'Metric 10', ['10'], 'Include disability in the Board\'s annual equality monitoring and publish the result.', 'Company Secretary', 'Mar 2023', 'Published in the annual report.');
  sec('In progress – carried forward to 2023/24 (4 actions)', 'In progress', C.amber, 'amber');
  act('D2', 'Metric 2', ['2'], 'Reach Disability Confident Leader (Level 3) status.', 'Head of Recruitment', 'Dec 2022', 'Self-assessment done; external validation booked for May 2023.');
  act('D4', 'Metrics 4a & 4b', ['4a', '4b'], 'Add disability to the bullying and harassment reporting form and the Respect at Work training.', 'Head of OD', 'Jan 2023', 'Form updated; training changes in 2023/24.');
  act('D7', 'Metric 5', ['5'], 'Offer mentoring to disabled staff applying for promotion.', 'Head of Leadership', 'Mar 2023', 'Seven pairs matched; scheme to be widened.');
  act('D10', 'All', ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'], 'Co-produce a three-year disability inclusion strategy with the Disability Network.', 'EDI Lead', 'Mar 2023', 'Draft strategy to People Committee in June 2023.');
  sec('Not started (2 actions)', 'Not started', C.red, 'red', C.white);
  act('D5', 'Metric 6', ['6'], 'Review the sickness absence policy for disability-related absence.', 'Head of HR Policy', 'Nov 2022', 'Held back for the national policy review; will start in Q1 2023/24.');
  act('D8', 'Metric 7 & 9a', ['7', '9a'], 'Hold quarterly listening sessions between disabled staff and executive directors.', 'Chief Executive', 'Quarterly', 'Not started – to be built into the new strategy.');
  p.blank();
  p.line(['Reported to the People Committee, 20 April 2023.'], { merge: ['A', 'F'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust), a YEAR-END REVIEW with the actions GROUPED BY STATUS – a layout no earlier batch had. Two merged title rows and a merged italic intro that is the key ('blue – completed; amber – in progress and carried forward to 2023/24; red – not started'), a blank row, and one header on row 5: 'Ref | WDES metric | Action | Lead | Original timescale | Year-end comment'. There is NO status column: three STATUS SECTION ROWS merged across A:F and filled – 'Completed (5 actions)' (blue, white text), 'In progress – carried forward to 2023/24 (4 actions)' (amber), 'Not started (2 actions)' (red, white text) – and every action under a section has that status. Gold status = 'Completed' / 'In progress' / 'Not started' from the section, rag = the section's colour by the intro key (blue / amber / red). The sections are statuses, not themes: theme null. Because of the grouping, refs run out of order (D1, D3, D6, D9, D11, D2, D4 …); gold keeps row order. Metrics: 'Metric 9b', 'Metrics 4a & 4b' → ['4a','4b'], 'Metric 7 & 9a' → ['7','9a'], 'All' → ['1'…'10']. Original timescale is text ('Sept 2022', 'Q2 2022/23', 'Quarterly'); gold due = that text. The year-end comment is gold progress. A 'Reported to' line under the table is a non-action row.", { ragCol: 'A', mode: 'section' });
}
