// holdout23-wres-2017-18-pellbrook: NEW LAYOUT – A ROLL-OUT MATRIX: EACH ACTION RATED IN EVERY CLINICAL DIVISION, PLUS AN OVERALL
// STATUS. Teaching trust hosting the regional RENAL AND DIALYSIS network. Two-row header: 'Roll-out by division' merged over five
// division columns (Medicine | Surgery | Renal & Transplant | Women & Children | Clinical Support), each holding a filled letter
// C/G/A/R or an unfilled 'n/a'; then 'Overall' (the steering group's status word, filled) and 'Comments'. The division letters are
// not the status; the Overall word is.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Pellbrook Teaching Hospitals NHS Trust';
  const p = new Plan(book, { name: 'holdout23-wres-2017-18-pellbrook', sheet: 'WRES 2017-18', standard: 'WRES', period: '2017-18', trust, widths: [8, 13, 52, 28, 13, 10, 10, 12, 12, 12, 13, 40] });
  p.line([`${trust} – Workforce Race Equality Standard action plan 2017/18`], { merge: ['A', 'L'], style: { bold: true, fill: C.navy, color: C.white, font: { size: 13 } }, height: 22 });
  p.line(['Mid-year position, October 2017. Every action is rolled out in each clinical division, including the satellite dialysis units run by Renal & Transplant; each division rates its own progress. The Overall column is the WRES Steering Group\'s assessment of the action as a whole.'], { merge: ['A', 'L'], height: 30 });
  p.line(['Key – divisions: C = complete (blue), G = on track (green), A = delayed (amber), R = not started (red), n/a = does not apply. Overall: Complete / On track / Delayed / Not started, coloured the same way.'], { merge: ['A', 'L'], style: { italic: true } });
  p.blank();
  const DIVS = ['Medicine', 'Surgery', 'Renal & Transplant', 'Women & Children', 'Clinical Support'];
  const h1 = p.header(['Ref', 'WRES indicator', 'Action', 'Lead', 'Due', 'Roll-out by division', '', '', '', '', 'Overall', 'Comments'], { style: { fill: 'FFD6DCE4' }, merge: ['F', 'J'] });
  const h2 = p.header(['', '', '', '', '', ...DIVS, '', ''], { style: { fill: 'FFD6DCE4' } });
  for (const col of ['A', 'B', 'C', 'D', 'E', 'K', 'L']) p.ws.mergeCells(`${col}${h1}:${col}${h2}`);
  p.ws.views = [{ state: 'frozen', xSplit: 3, ySplit: h2 }];
  const L = { C: [C.blue, C.white], G: [C.green], A: [C.amber], R: [C.red] };
  const O = { Complete: [C.blue, 'blue', C.white], 'On track': [C.green, 'green'], Delayed: [C.amber, 'amber'], 'Not started': [C.red, 'red', C.white] };
  const F = 'd mmm yyyy';
  const rows = [
    ['PB01', 'WRES 1', ['1'], 'Publish each division\'s workforce profile by band and ethnicity at its quarterly performance review.', 'Head of Workforce Information', D(2017, 9, 30), 'CCCCC', 'Complete', 'All five divisions reported at Q1 reviews.'],
    ['PB02', 'WRES 2', ['2'], 'Include a trained BME panel member on every interview panel for Band 7 and above.', 'Head of Resourcing', D(2018, 3, 31), 'GAGGC', 'On track', 'Surgery short of panel members for theatre posts; pool being extended.'],
    ['PB03', 'WRES 2', ['2'], 'Give shortlisting panels anonymised applications for all nursing and AHP posts.', 'Head of Resourcing', D(2017, 12, 31), 'CCCxC', 'Complete', 'Women & Children not needed – all posts already go through the central team.'],
    ['PB04', 'WRES 3', ['3'], 'Have an independent check by a senior HR manager before any formal disciplinary investigation starts.', 'Head of Employee Relations', D(2017, 10, 31), 'CGCCG', 'On track', 'Live in three divisions; Surgery and Clinical Support start in November.'],
    ['PB05', 'WRES 4', ['4'], 'Report who receives study leave and CPD funding, by ethnicity, to each divisional board.', 'Head of Education', D(2018, 1, 31), 'GARGA', 'Delayed', 'Renal & Transplant cannot yet extract study leave data for the satellite units.'],
    ['PB06', 'WRES 5 & 6', ['5', '6'], 'Put posters and a zero-tolerance statement on racist abuse in every dialysis unit and outpatient area, and log each incident on Datix.', 'Head of Security', D(2017, 12, 31), 'xxGxC', 'On track', 'Surgery, Medicine and Women & Children areas covered by the trust-wide campaign (n/a).'],
    ['PB07', 'WRES 6', ['6'], 'Train divisional managers to deal with bullying complaints between colleagues within 10 working days.', 'Head of Organisational Development', D(2018, 3, 31), 'AARRA', 'Delayed', 'Training dates moved to January because of winter pressures.'],
    ['PB08', 'WRES 7', ['7'], 'Offer a reverse mentoring pair to each divisional director and clinical director.', 'Chair of the BME Staff Network', D(2018, 2, 28), 'GGAGG', 'On track', 'Eight pairs matched; Renal & Transplant pair to be rematched.'],
    ['PB09', 'WRES 8', ['8'], 'Run listening events with BME staff in each division and agree one local action each.', 'Divisional Directors of Nursing', D(2018, 3, 31), 'RRRRR', 'Not started', 'Events planned for February–March 2018.'],
    ['PB10', 'WRES 9', ['9'], 'Include a divisional WRES summary in the annual equality report to the Board.', 'Director of Workforce', D(2018, 3, 31), 'GGGGG', 'On track', ''],
  ];
  const placed = {};
  for (const [ref, ind, inds, action, lead, due, divs, ov, com] of rows) {
    const cells = divs.split('').map((x) => (x === 'x' ? 'n/a' : x));
    const styles = [{}, {}, {}, {}, { numFmt: F }, ...cells.map((x) => (x === 'n/a' ? { alignment: { horizontal: 'center', vertical: 'top' }, color: 'FF808080' } : { fill: L[x][0], ...(L[x][1] ? { color: L[x][1] } : {}), bold: true, alignment: { horizontal: 'center', vertical: 'top' } })), { fill: O[ov][0], ...(O[ov][2] ? { color: O[ov][2] } : {}) }];
    const r = p.action([ref, ind, action, lead, due, ...cells, ov, com], { ref, indicators: inds, action, lead, due: shown(due, F), status: ov, rag: O[ov][1], progress: com }, { styles });
    placed[r] = cells;
  }
  p.blank();
  p.line(['Divisional ratings are entered by each division\'s WRES champion; the Overall status is agreed at the WRES Steering Group. Next update: January 2018.'], { merge: ['A', 'L'], style: { italic: true, font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) with a real-world layout NO EARLIER BATCH HAS: A ROLL-OUT MATRIX – EACH ACTION RATED SEPARATELY IN EVERY CLINICAL DIVISION, WITH AN OVERALL STATUS. A TEACHING trust that hosts the regional RENAL AND DIALYSIS network (satellite dialysis units) tracks its 2017/18 WRES plan division by division at mid-year. A navy title bar, an intro saying each division rates its own progress and the Overall column is the WRES Steering Group's assessment, an italic key line for both the division letters and the Overall words, a blank row, then a TWO-ROW header (rows 5–6, frozen at D7): 'Ref | WRES indicator | Action | Lead | Due | Roll-out by division | Overall | Comments' with 'Roll-out by division' MERGED over five columns named on row 6 'Medicine | Surgery | Renal & Transplant | Women & Children | Clinical Support' (the other header cells merged down). Ten actions 'PB01'…'PB10'; 'WRES 5 & 6'; leads are job titles (one a group, 'Divisional Directors of Nursing'); due dates real, shown d mmm yyyy. Each division cell holds a bold FILLED LETTER – C blue, G green, A amber, R red – or an unfilled grey 'n/a'; the Overall cell holds a status word filled in the same colours. A footnote under the table. Judgement calls: each row is ONE action (not five): the divisions are where it is rolled out; the status is the Overall word and the rag its fill – the division letters are divisional ratings, not the action's status, even when they are all the same colour; the Overall word is the Steering Group's judgement and need not be the weakest division (PB02 is 'On track' with Surgery 'A'); 'n/a' means the action does not apply to that division; the division names are neither leads nor themes (theme null); both header rows are header rows; the intro, key and footnote lines are not actions.", { ragCol: 'K', mode: 'fill', divisionMatrix: { headerRows: [h1, h2], from: 'F', to: 'J', overallCol: 'K', letters: { C: 'blue', G: 'green', A: 'amber', R: 'red' }, divisions: DIVS, placed } });
}
