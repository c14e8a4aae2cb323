// holdout9-wdes-2023-24-redwater: ordinary year-end review. Metric codes with the 4a sub-parts '4a(ii)'; numbers typed '1.';
// 'Measure of success' (outcome) and 'Year-end position' (progress); Achieved / Partially achieved / Not achieved filled.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout9-wdes-2023-24-redwater', sheet: 'Year-end review', standard: 'WDES', period: '2023-24', trust: 'Redwater Teaching Hospitals NHS Trust', widths: [5, 14, 50, 26, 14, 34, 40, 16] });
  p.line(['Redwater Teaching Hospitals NHS Trust'], { merge: ['A', 'H'], style: { bold: true, font: { size: 13 } } });
  p.line(['WDES Action Plan 2023-24 – year-end review (April 2024)'], { merge: ['A', 'H'], style: { bold: true } });
  p.line(['Year-end status: Achieved = green, Partially achieved = amber, Not achieved = red.'], { merge: ['A', 'H'], style: { italic: true } });
  p.header(['No.', 'WDES metric', 'Action', 'Lead', 'Timescale', 'Measure of success', 'Year-end position', 'Year-end status'], { style: { fill: C.paleblue } });
  const F = { Achieved: C.green, 'Partially achieved': C.amber, 'Not achieved': C.red }; const R = { Achieved: 'green', 'Partially achieved': 'amber', 'Not achieved': 'red' };
  let n = 0;
  const act = (m, inds, action, lead, due, measure, pos, st) => { n++; const ref = `${n}.`; return p.action([ref, m, action, lead, due, measure, pos, st], {
    ref, indicators: inds, action, lead, due, status: st, rag: R[st] ?? null, progress: pos, outcome: measure,
  }, { styles: [{}, {}, {}, {}, {}, {}, {}, F[st] ? { fill: F[st] } : {}] }); };
  act('1', ['1'], 'Run a declaration campaign during Disability History Month with stories from disabled colleagues.', 'Head of Workforce Intelligence', 'Nov 23', 'Declaration on ESR above 6%', 'Declaration 6.4% at March 2024.', 'Achieved');
  act('2', ['2'], 'Re-train recruiting managers on the Disability Confident offer of an interview and check compliance monthly.', 'Recruitment Manager & Recruitment Team', 'Within 6 months', 'Relative likelihood of appointment 1.00–1.10', 'Relative likelihood 1.14 (from 1.26).', 'Partially achieved');
  act('3', ['3'], 'Include an occupational health review in every capability case that involves a disabled member of staff.', 'Head of Employee Relations', 'Sept 23', 'No disabled staff in capability without OH review', 'Applied in all 9 cases.', 'Achieved');
  act('4a(i)', ['4a'], 'Introduce a "Zero tolerance of abuse" statement at every front door and a flag on the patient record for abusive behaviour.', 'Chief Nurse & Head of Security', 'Q3', 'Fewer disabled staff reporting abuse from patients (2023 survey: 33.1%)', 'Statement displayed; patient flag delayed by EPR upgrade.', 'Partially achieved');
  act('4a(ii)', ['4a'], 'Add a module on disability inclusion to the "Leading with Compassion" programme for line managers.', 'Head of OD', 'Mar-24', 'All cohorts from October include the module', 'Included from cohort 5.', 'Achieved');
  act('4a(iii), 4b', ['4a', '4b'], 'Promote the routes for reporting harassment by colleagues, including the Freedom to Speak Up Guardian and the Disability Network.', 'Freedom to Speak Up Guardian', 'Annually (Oct)', 'Reporting rate up to 50%', 'Reporting rate 46.2%.', 'Partially achieved');
  act('5', ['5'], 'Open the aspiring leaders programme to disabled staff with a reserved share of places.', 'Head of Leadership', 'Q2', '20% of places to disabled staff', 'Programme postponed to 2024/25 because of funding.', 'Not achieved');
  act('6', ['6'], 'Remind managers through the sickness absence training that staff must not feel pressured to come to work when unwell.', 'HR Business Partners', 'Q4', 'Presenteeism gap below 5 points', 'Gap 6.8 points (from 8.9).', 'Partially achieved');
  act('7 and 9a', ['7', '9a'], 'Hold two "Disability Voices" listening events with executive directors and publish the actions that follow.', 'Chief People Officer & Chief Nurse', 'Q2 and Q4', 'Two events held; actions published', 'Both events held; "You said, we did" published.', 'Achieved');
  act('8', ['8'], 'Move reasonable adjustment requests to a single online form with a 28-day target.', 'Occupational Health Manager', 'Q3', '80% of requests met within 28 days', '', 'Not achieved');
  act('9b', ['9b'], 'Fund the Disability Network chair role at one day a week.', 'Chief People Officer', 'Apr 23', 'Protected time agreed', 'Agreed from April 2023.', 'Achieved');
  p.blank();
  p.line(['Metric 4a is reported in three parts: (i) from patients/service users, their relatives or other members of the public; (ii) from managers; (iii) from other colleagues. 4b is the reporting metric.'], { merge: ['A', 'H'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust), an ordinary YEAR-END review. Two merged title rows, a merged italic key line (row 3: 'Year-end status: Achieved = green, Partially achieved = amber, Not achieved = red.'), and the header DIRECTLY below on row 4 (no blank row): 'No. | WDES metric | Action | Lead | Timescale | Measure of success | Year-end position | Year-end status'. 'No.' holds text with a trailing full stop ('1.' … '11.'; gold ref as written). Metric cells are bare codes, several with the PARTS of metric 4a: '4a(i)' → ['4a'], '4a(ii)' → ['4a'], '4a(iii), 4b' → ['4a','4b'] (the part is not a separate metric); '7 and 9a' → ['7','9a']; '9b'. Joint leads with '&' ('Chief Nurse & Head of Security'); gold lead = the cell. Timescale is text: 'Nov 23', 'Within 6 months', 'Sept 23', 'Q3', 'Mar-24' (typed text), 'Annually (Oct)', 'Q2', 'Q4', 'Q2 and Q4', 'Apr 23'. Outcome = 'Measure of success'; progress = 'Year-end position' (empty for no. 10). Year-end status words are filled in their key colours; rag by the key line (Achieved → green, Partially achieved → amber, Not achieved → red). Theme null. The footnote on metric 4a's parts after a blank row is a non-action row.", { ragCol: 'H', mode: 'fill' });
}
