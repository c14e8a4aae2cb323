// holdout18-wdes-2023-24-ferriby: ORDINARY post-2023 WDES plan of a SPECIALIST NEUROSCIENCES trust – table in B:I below an
// empty row 1 and EMPTY MARGIN column A; title + key line; header 'HIA | Metric | Action | Accountable | Owner | Due |
// Status | Progress' (gold lead = Owner, a person's name); 'HIA2'; 'WDES 4a, 4b', 'WDES 9a/9b'; real 'dd mmm yyyy' dates;
// status words typed PLAIN and coloured only by CONDITIONAL FORMATTING ('text contains' rules), 'Not due' uncoloured; HIA
// glossary below.
import { Book, Plan, C, D, shown, ALL_WDES21 } from './lib.js';
export const WORDS = { Complete: [C.lightblue, 'blue'], 'On track': [C.goodG, 'green'], 'At risk': [C.neutralA, 'amber'], Overdue: [C.badR, 'red'], 'Not due': [null, null] };
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout18-wdes-2023-24-ferriby', sheet: 'WDES 2023-24', standard: 'WDES', period: '2023-24', trust: 'Ferriby Neurosciences NHS Foundation Trust', widths: [3, 8, 14, 52, 22, 18, 14, 11, 40], startCol: 2, font: { name: 'Calibri', size: 11 } });
  p.blank();
  p.line(['Ferriby Neurosciences NHS Foundation Trust – Workforce Disability Equality Standard Action Plan 2023/24'], { merge: ['B', 'I'], style: { bold: true, font: { size: 14 }, color: C.darkblue } });
  p.line(['Status colours: Complete – blue; On track – green; At risk – amber; Overdue – red; Not due – no colour.'], { merge: ['B', 'I'] });
  p.blank();
  const h = p.header(['HIA', 'Metric', 'Action', 'Accountable', 'Owner', 'Due', 'Status', 'Progress'], { style: { fill: C.lightblue, alignment: { vertical: 'middle', wrapText: true } } });
  p.ws.views = [{ state: 'frozen', ySplit: h }];
  const F = 'dd mmm yyyy';
  const data = [
    ['HIA1', 'WDES 10', ['10'], 'Give every executive director an objective on disability inclusion and review it at appraisal.', 'Chief Executive', 'Maria Kovacs', D(2023, 9, 30), 'Complete', 'Objectives set in September appraisals.'],
    ['HIA2', 'WDES 2', ['2'], 'Offer all shortlisted disabled applicants a named contact to arrange interview adjustments.', 'Chief People Officer', 'Daniel Price', D(2023, 12, 31), 'On track', 'Named contacts in place for clinical posts.'],
    ['HIA2', 'WDES 1', ['1'], 'Run a declaration campaign for staff with long-term neurological conditions, co-designed with the Ability Network.', 'Chief People Officer', 'Rachel Obi', D(2024, 2, 29), 'Not due', ''],
    ['HIA3', 'WDES 5', ['5'], 'Analyse pay by disability for each band and publish the first disability pay gap report.', 'Chief Finance Officer', 'Sunil Mehta', D(2024, 3, 31), 'At risk', 'ESR data quality problems.'],
    ['HIA4', 'WDES 8', ['8'], 'Make the reasonable adjustments process digital, with decisions logged and tracked to 30 days.', 'Chief People Officer', 'Daniel Price', D(2023, 11, 30), 'Overdue', 'Supplier has not delivered the form.'],
    ['HIA4', 'WDES 6', ['6'], 'Add disability to the wellbeing conversation guidance for managers.', 'Chief Nurse', 'Claire Dunstan', D(2023, 10, 31), 'Complete', 'Guidance published.'],
    ['HIA6', 'WDES 4a, 4b', ['4a', '4b'], 'Train staff on the neuro-rehabilitation wards to report abuse from patients, including disability-related abuse.', 'Chief Nurse', 'Claire Dunstan', D(2024, 1, 31), 'On track', 'Four of six wards trained.'],
    ['HIA6', 'WDES 3', ['3'], 'Require an adjustments review before any capability process moves to a formal stage.', 'Chief People Officer', 'Rachel Obi', D(2023, 12, 31), 'At risk', 'Policy consultation extended.'],
    ['HIA6', 'WDES 9a/9b', ['9a', '9b'], 'Hold quarterly listening sessions between the Ability Network and the Board.', 'Chair', 'Maria Kovacs', D(2024, 3, 31), 'On track', 'Sessions in July and October.'],
    ['HIA6', 'WDES 7', ['7'], 'Recognise disabled staff contributions in the annual staff awards with a new inclusion category.', 'Chief People Officer', 'Rachel Obi', D(2024, 3, 31), 'Not due', ''],
  ];
  const first = p.r + 1;
  for (const [hia, m, inds, action, acc, owner, due, st, prog] of data)
    p.action([hia, m, action, acc, owner, due, st, prog], { indicators: inds, action, lead: owner, due: shown(due, F), status: st, rag: WORDS[st][1], progress: prog }, { styles: [{ alignment: { horizontal: 'center', vertical: 'top' } }, {}, {}, {}, {}, { numFmt: F }, { alignment: { horizontal: 'center', vertical: 'top' } }] });
  const ref = `H${first}:H${p.r}`;
  p.ws.addConditionalFormatting({ ref, rules: Object.entries(WORDS).filter(([, v]) => v[0]).map(([w, [fill]], i) => ({ type: 'containsText', operator: 'containsText', text: w, priority: i + 1, style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: fill } } } })) });
  p.blank();
  p.line(['High impact actions (NHS EDI Improvement Plan): HIA1 – measurable objectives on EDI for board members; HIA2 – fair and inclusive recruitment; HIA3 – eliminate pay gaps; HIA4 – address health inequalities in the workforce; HIA5 – induction and onboarding for international recruits; HIA6 – eliminate the conditions for bullying, harassment and discrimination.'], { merge: ['B', 'I'], height: 45, style: { font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY post-2023 WDES plan of a SPECIALIST NEUROSCIENCES trust, Calibri 11: row 1 and column A are EMPTY (a narrow margin); the dark-blue merged title (row 2, B:I) names the trust, a key line (row 3) gives the status colours, a blank row, then a light-blue header 'HIA | Metric | Action | Accountable | Owner | Due | Status | Progress' (row 5, B:I, frozen). HIA as codes 'HIA1'…'HIA6' (a column, not a theme; glossary line below). Metrics 'WDES N', 'WDES 4a, 4b', 'WDES 9a/9b'. Two person columns: Accountable (executive role) and Owner (a PERSON'S NAME) – gold lead = Owner. Due dates are real, shown 'dd mmm yyyy'. Status words are typed PLAIN and coloured only by CONDITIONAL FORMATTING on the status range ('text contains' rules: Complete light blue, On track pale green, At risk pale yellow, Overdue pale red; 'Not due' has no rule) – gold rag = the colour the rule gives (blue / green / amber / red; Not due null). Progress two empty. Judgement calls: lead = Owner, not Accountable; the conditional-format colours are the RAG; 'Not due' has no colour (rag null); HIA is not a theme.", { ragCol: 'H', mode: 'word', words: Object.fromEntries(Object.entries(WORDS).map(([w, v]) => [w, v[1]])), cfWords: { col: 'H' } });
}
