// holdout19-wres-2016-17-harrowdene: ORDINARY WRES tracker of a SPECIALIST ORTHOPAEDIC hospital – dark-green title bar,
// RAG key line under it; header 'Ind. | Issue identified | Action | Owner | Deadline | RAG | Comments'; indicator numbers
// ('1', '5 & 6', '1-9'); RAG as colour WORDS in a bold coloured FONT (no fill); 'mmm-yy' real dates.
import { Book, Plan, C, D, shown, ALL_WRES } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout19-wres-2016-17-harrowdene', sheet: 'WRES 16-17', standard: 'WRES', period: '2016-17', trust: 'Harrowdene Orthopaedic Hospital NHS Foundation Trust', widths: [7, 40, 52, 24, 11, 9, 40] });
  p.line(['Harrowdene Orthopaedic Hospital NHS Foundation Trust – WRES Action Plan 2016-17'], { merge: ['A', 'G'], style: { bold: true, fill: 'FF385723', color: C.white, font: { size: 13 } }, height: 22 });
  p.line(['RAG: Blue = completed; Green = on track; Amber = some delay; Red = significant delay / not started'], { merge: ['A', 'G'], style: { italic: true } });
  p.blank();
  p.header(['Ind.', 'Issue identified', 'Action', 'Owner', 'Deadline', 'RAG', 'Comments'], { style: { fill: 'FFE2EFDA' } });
  const S = { Blue: C.blue, Green: C.green, Amber: C.orange, Red: C.red };
  const R = { Blue: 'blue', Green: 'green', Amber: 'amber', Red: 'red' };
  const F = 'mmm-yy';
  const data = [
    ['1', ['1'], 'BME staff are 9% of the workforce but 2% of Band 8a and above.', 'Set divisional aims for BME representation at Band 7 and above and report them quarterly.', 'Head of HR', D(2016, 12, 31), 'Green', 'Aims agreed with theatres and wards.'],
    ['1', ['1'], 'Ethnicity unknown for 12% of bank staff.', 'Collect ethnicity for bank staff at registration and at annual review.', 'Staff Bank Manager', D(2016, 10, 31), 'Blue', 'Unknown now 3%.'],
    ['2', ['2'], 'White shortlisted applicants 1.7 times as likely to be appointed.', 'Use a standard scored interview with a trained independent panel member for theatre and ward sister posts.', 'Recruitment Lead', D(2017, 1, 31), 'Amber', 'Panel training delayed by the recruitment freeze.'],
    ['3', ['3'], 'BME staff 1.9 times as likely to enter a formal disciplinary.', 'Introduce a pre-formal "early resolution" meeting with HR before any investigation.', 'Employee Relations Manager', D(2016, 11, 30), 'Green', 'Piloted in theatres.'],
    ['4', ['4'], 'Non-mandatory training not recorded by ethnicity.', 'Record all courses funded from the training budget on OLM with the attendee\'s ESR number.', 'Head of Education', D(2017, 3, 31), 'Red', 'No progress: OLM licence not renewed.'],
    ['5 & 6', ['5', '6'], 'BME staff report more harassment from patients, relatives and colleagues.', 'Train ward and theatre managers to respond to racist incidents on the day they are reported.', 'Deputy Director of Nursing', D(2017, 2, 28), 'Green', 'Two of four sessions delivered.'],
    ['6', ['6'], 'As above.', 'Appoint and train six Dignity at Work advisers, at least half from BME backgrounds.', 'Head of HR', D(2016, 12, 31), 'Blue', 'Seven advisers in post.'],
    ['7', ['7'], 'Only 71% of BME staff believe promotion is fair.', 'Publish every development opportunity and secondment on the intranet, not only by email to managers.', 'Head of Education', D(2016, 10, 31), 'Blue', 'All opportunities now on the intranet.'],
    ['8', ['8'], 'Discrimination from managers reported by 14% of BME staff.', 'Include the WRES findings and expected behaviours in the management essentials course.', 'Head of Education', D(2017, 3, 31), 'Amber', 'Course redesign behind by one month.'],
    ['9', ['9'], 'No BME voting Board members.', 'Work with the Council of Governors so that the next NED recruitment reaches BME candidates.', 'Company Secretary', D(2017, 3, 31), 'Red', 'No vacancy yet; not started.'],
    ['1-9', ALL_WRES, 'Progress not visible to staff.', 'Hold a staff briefing on the WRES results and this plan in each division.', 'Director of Workforce', D(2016, 9, 30), 'Blue', 'Briefings held in September.'],
  ];
  for (const [ind, inds, issue, action, lead, due, st, com] of data)
    p.action([ind, issue, action, lead, due, st, com], { indicators: inds, action, lead, due: shown(due, F), status: st, rag: R[st], progress: com }, { styles: [{ alignment: { horizontal: 'center', vertical: 'top' } }, {}, {}, {}, { numFmt: F }, { bold: true, color: S[st] }] });
  p.blank();
  p.line(['Next review: Workforce Committee, April 2017.'], { style: { font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY mid-year WRES tracker of a SPECIALIST ORTHOPAEDIC hospital: a dark-green merged TITLE BAR (white text) naming the trust and the plan, an italic RAG key line under it ('Blue = completed; Green = on track; Amber = some delay; Red = significant delay / not started'), a blank row, then a pale-green header 'Ind. | Issue identified | Action | Owner | Deadline | RAG | Comments' (row 4). Indicators are bare NUMBERS ('1', '5 & 6', '1-9' = all nine). 'Issue identified' is context (one cell says 'As above.'), not a gold field. Owners are job titles. Deadlines are real dates shown 'mmm-yy'. The RAG cell holds the colour WORD (Blue/Green/Amber/Red) in a BOLD FONT OF THAT COLOUR with no fill (Amber in orange). Comments = progress. A review line below. Judgement calls: the colour word is the status and its colour (font and key agree) the rag; 'Red' also covers 'not started' (the key says so); the issue column is context.", { ragCol: 'F', mode: 'font' });
}
