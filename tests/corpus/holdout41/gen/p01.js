// holdout41-wres-2017-18-fellbridge: an ambulance trust's WRES plan kept by its Head of Inclusion alone. Calibri, a 'last updated'
// line with her initials, leads as INITIALS decoded only by a one-line 'Who:' key under the table, 'By when' typed every which way
// (text 'end Sept 17', 'Q3', '31/3/18', 'by Xmas', 'ongoing', '2018', one real date shown 'Mar-18'), status in the keeper's own words
// ('Done!', 'Moving', 'Stuck', 'not started yet') on hand-filled cells, and two italic notes-to-self typed between the action rows.
import { Book, Plan, C, D, shown, ALL_WRES } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Fellbridge Ambulance Service NHS Trust';
  const font = { name: 'Calibri', size: 11 };
  const p = new Plan(book, { name: 'holdout41-wres-2017-18-fellbridge', sheet: 'WRES 17-18', standard: 'WRES', period: '2017-18', trust, widths: [7, 64, 9, 15, 20], font });
  p.line(['WRES action plan 2017/18'], { style: { bold: true, font: { size: 14 } } });
  p.line([trust]);
  p.line(['last updated 14/11/17 JW'], { style: { italic: true, color: 'FF808080' } });
  p.blank();
  p.header(['Ind.', 'Action', 'Who', 'By when', 'Where we are'], { style: { fill: C.grey } });
  const F = { 'Done!': C.green, Moving: C.yellow, Stuck: C.red, 'not started yet': null };
  const R = { 'Done!': 'green', Moving: 'amber', Stuck: 'red', 'not started yet': null };
  const ind = (s) => (s === 'all' ? ALL_WRES : s.match(/\d+/g));
  const act = (i, a, who, when, st) => {
    const due = when instanceof Date ? shown(when, 'mmm-yy') : when;
    p.action([i, a, who, when, st], { indicators: ind(i), action: a, lead: who, due, status: st, rag: R[st] },
      { styles: [{ alignment: { horizontal: 'center', vertical: 'top' } }, {}, {}, when instanceof Date ? { numFmt: 'mmm-yy', alignment: { horizontal: 'left', vertical: 'top' } } : {}, F[st] ? { fill: F[st] } : {}] });
  };
  const note = (t) => p.line(['', t], { style: { italic: true, color: 'FF7F7F7F' } });
  act('1', 'Publish BME headcount by band and by operational division on the intranet every quarter.', 'JW', 'end Sept 17', 'Done!');
  act('2', 'Put a BME member of staff on every paramedic and EMT interview panel in the East division.', 'PK/AM', 'Q3', 'Moving');
  act('2', 'Take the recruitment stand to the two community events in Wexham that the BME network suggested.', 'PK', '31/3/18', 'not started yet');
  note('NB – Comms want to see the intranet wording before anything else goes up; send them the draft first.');
  act('4', 'Open the team leader development course to ambulance care assistants so that the pool includes more BME staff.', 'SD', D(2018, 3, 31), 'Moving');
  act('5/6', "Brief every station manager on recording and acting on abuse from patients, with the BME network's help.", 'AM', 'by Xmas', 'Stuck');
  act('7/8', 'Run two listening events on career progression, one at each control room.', 'JW', 'Jan 18', 'Moving');
  note('Wexham control room event moved – too short-staffed on 19/12. New date to find.');
  act('all', 'Take the WRES figures and this plan to the Trust Board meeting in public.', 'JW', 'ongoing', 'Moving');
  act('9', 'Ask the Chair to widen the search for the next non-executive director so that BME candidates are approached.', 'JW', '2018', 'not started yet');
  p.blank();
  p.line(['', 'Who: JW = Head of Inclusion | PK = Recruitment Manager | AM = Area Operations Manager (East) | SD = Education Lead'], { style: { font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Invented layout: an ambulance trust's WRES plan as its Head of Inclusion keeps it alone, Calibri 11 on sheet 'WRES 17-18'. Title 'WRES action plan 2017/18' (row 1), the trust on its own line (row 2), an italic grey 'last updated 14/11/17 JW' (row 3), a blank row, then one grey header 'Ind. | Action | Who | By when | Where we are' (row 5). Eight actions; two italic grey NOTES-TO-SELF typed in the Action column between action rows (row 9 about Comms checking the intranet wording, row 13 about a listening event being moved) with nothing else on their rows; a blank row, then a one-line 'Who:' key (row 17) decoding the initials. Judgement calls: the notes between rows are non-action rows (no indicator, lead, date or status; they are the keeper's reminders) and their content is not folded into the action above; lead = the INITIALS as written ('JW', 'PK/AM' whole), never the job titles of the key; due as written – text 'end Sept 17', 'Q3', '31/3/18', 'by Xmas', 'Jan 18', 'ongoing', '2018' kept, the one real date shown as 'Mar-18'; the 'last updated 14/11/17' line is not a due and 'JW' there is not a lead; indicators from the Ind. column ('5/6' → ['5','6'], 'all' → all nine); status = the keeper's own word as written ('Done!', 'Moving', 'Stuck', 'not started yet'), rag = the cell's hand fill (green → green, yellow → amber, red → red; 'not started yet' is unfilled → rag null); no theme, ref, progress or outcome on the sheet.",
    { ragCol: 'E', mode: 'fill', dataRows: [3, 9, 13, 17], forbidden: ['Head of Inclusion', 'Recruitment Manager', 'Area Operations Manager (East)', 'Education Lead', '14/11/17'], indCol: { col: 'A' } });
}
