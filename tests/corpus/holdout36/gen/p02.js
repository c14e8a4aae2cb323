// holdout36-wdes-2024-25-kilnbrook: a mental health trust's WDES plan with its PROGRESS LOG kept in adjacent columns, one per quarter.
// There is no RAG column: the leads' quarterly update cell is FILLED in the colour of the position at that quarter. Q4 drawn, empty.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Kilnbrook Mental Health and Wellbeing NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout36-wdes-2024-25-kilnbrook', sheet: 'WDES 24-25 log', standard: 'WDES', period: '2024-25', trust, widths: [6, 9, 46, 22, 12, 34, 34, 34, 30], font: { name: 'Arial', size: 9 } });
  p.line([`${trust} – Workforce Disability Equality Standard action plan 2024-25 and progress log`], { merge: ['A', 'I'], style: { bold: true, font: { size: 12 } } });
  p.line(['Leads add a short update each quarter in the next column along. Shade your update: green = on track, amber = some slippage, red = off track, blue = complete. Do not overwrite earlier quarters.'], { merge: ['A', 'I'], height: 26, style: { italic: true } });
  p.line(['Owner of this log: EDI Business Partner. Reported to the Workforce Committee after each quarter.'], { merge: ['A', 'I'] });
  const h = p.header(['No', 'Metric', 'Action', 'Lead', 'Target date', 'Q1 update (Apr–Jun 24)', 'Q2 update (Jul–Sep 24)', 'Q3 update (Oct–Dec 24)', 'Q4 / year-end update (Jan–Mar 25)'], { style: { fill: 'FF4B2A6B', color: C.white }, height: 30 });
  const K = { g: C.lightgreen, a: C.amber, r: C.red, b: C.lightblue };
  const R = { g: 'green', a: 'amber', r: 'red', b: 'blue' };
  const df = 'dd/mm/yyyy';
  const acts = [
    ['1', '2', 'Add a “disability confident” check to shortlisting so that every disabled applicant meeting the essential criteria is offered an interview.', 'Recruitment Manager', D(2024, 9, 30), ['g', 'Check built into TRAC form.'], ['b', 'Live from 1 September; 37 guaranteed interviews offered.'], ['b', 'Complete – no further update.']],
    ['2', '4a', 'Train 60 managers to handle disclosures of harassment from patients, with the Lived Experience Network.', 'Head of OD', D(2025, 3, 31), ['a', 'Course content agreed; dates not yet set.'], ['g', 'Two sessions run, 22 managers.'], ['g', '45 managers trained; final session booked for February.']],
    ['3', '5', 'Publish a one-page guide on reporting bullying, with easy-read and audio versions.', 'Freedom to Speak Up Guardian', D(2024, 12, 31), ['g', 'Draft with the network.'], ['a', 'Easy-read version delayed by supplier.'], ['a', 'Audio version done; easy-read due January.']],
    ['4', '9a', 'Give every disabled member of staff who asks a tailored adjustments passport reviewed with their manager each year.', 'Health and Wellbeing Lead', D(2025, 3, 31), ['r', 'Passport template not agreed by staff side.'], ['a', 'Template agreed in August; 14 passports in place.'], ['g', '58 passports in place; review reminder added to appraisal.']],
    ['5', '7', 'Run listening events on each inpatient site on whether disabled staff feel valued for their work.', 'Associate Director of Nursing (Workforce)', D(2024, 11, 30), ['g', 'Four events booked.'], ['g', 'Three events held, 41 staff.'], ['b', 'Final event held; themes to the Committee in December.']],
    ['6', '1', 'Run a declaration campaign on ESR self-service so that fewer staff leave disability “not stated”.', 'Workforce Information Lead', D(2025, 1, 31), ['a', 'ESR screens not yet updated.'], ['r', 'National ESR release postponed.'], ['a', 'Release now in; campaign starts in January.']],
    ['7', '4b', 'Review the managing-attendance policy so that disability-related absence is recorded and considered separately.', 'Head of Employee Relations', D(2025, 3, 31), ['g', 'Working group formed.'], ['g', 'Draft policy out to consultation.'], ['g', 'Consultation closed; going to JNCC in February.']],
    ['8', '10', 'Invite a disabled staff member to attend each board development session as a shadow.', 'Company Secretary', D(2025, 3, 31), ['g', 'Invitation sent through the network.'], ['r', 'No sessions held over the summer.'], ['r', 'Still no session – board calendar under review.']],
  ];
  for (const [no, met, act, lead, due, q1, q2, q3] of acts) {
    p.action([no, met, act, lead, due, q1[1], q2[1], q3[1], ''], { ref: no, indicators: [met], action: act, lead, due: shown(due, df), rag: R[q3[0]], progress: q3[1] },
      { styles: [{ alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }, {}, {}, { numFmt: df }, { fill: K[q1[0]] }, { fill: K[q2[0]] }, { fill: K[q3[0]] }, {}] });
  }
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, a mental health FT) kept with its PROGRESS LOG in adjacent columns: a title, an instruction line ('Leads add a short update each quarter in the next column along. Shade your update: green = on track, amber = some slippage, red = off track, blue = complete. Do not overwrite earlier quarters.'), an owner line, then ONE header row 'No | Metric | Action | Lead | Target date | Q1 update (Apr–Jun 24) | Q2 update … | Q3 update … | Q4 / year-end update (Jan–Mar 25)' (purple band) and eight actions. There is no status column: each quarter's update cell is SHADED in the colour of the position then; Q1–Q3 are filled, Q4 drawn and empty. Judgement calls: progress = the latest quarter's update (Q3) as written – earlier quarters are the log's history, not separate actions or fields; rag = the fill of that Q3 cell by the sheet's own key (light green green, amber amber, red red, light blue blue); status '' (no status word is ever written – 'Complete – no further update.' is the update text, not a status column); due = Target date as shown (dd/mm/yyyy); metrics as written (2021+ codes 4a, 4b, 9a); ref = No; theme null.", { mode: 'fill', ragCol: 8, statusIsCell: false, quarterLog: { cols: ['F', 'G', 'H', 'I'] }, notFrom: ['F', 'G'] });
}
