// holdout75-wres-2023-24-bowerleigh: teaching hospitals trust; an ordinary plan whose HEADER ROW IS OUT OF STEP with its columns: a
// cell was inserted into the header row only (Insert > Shift cells right) when someone meant to add a 'Finding' column, so from column
// C every heading sits one column to the right of what it names – 'Action' over the leads, 'Lead' over the dates, 'By when' over the
// RAG letters, 'RAG' over the progress notes, 'Progress' over an empty column, and a blank heading over the actions.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Bowerleigh Teaching Hospitals NHS Trust';
  const p = new Plan(book, { name: 'holdout75-wres-2023-24-bowerleigh', sheet: 'Action plan', standard: 'WRES', period: '2023-24', trust, widths: [5, 10, 58, 30, 12, 7, 40, 10], font: { name: 'Arial', size: 10 } });
  p.line([trust], { merge: ['A', 'H'], style: { bold: true, font: { size: 14 }, color: C.nhs } });
  p.line(['Workforce Race Equality Standard – Action Plan 2023/24'], { merge: ['A', 'H'], style: { bold: true, font: { size: 12 } } });
  p.line(['Approved by the People Committee on 19 July 2023'], { merge: ['A', 'H'], style: { italic: true } });
  p.blank();
  const hr = p.header(['No.', 'WRES indicator', '', 'Action', 'Lead', 'By when', 'RAG', 'Progress'], { style: { fill: C.nhs, color: C.white }, height: 28 });
  const FILL = { B: C.lightblue, G: C.green, A: C.amber, R: C.red };
  const RAG = { B: 'blue', G: 'green', A: 'amber', R: 'red' };
  const F = 'dd/mm/yyyy';
  const rows = [
    ['1', '1', 'Set divisional targets for BME representation at Band 8a and above and review them in the divisional performance meetings.', 'Deputy Chief People Officer', D(2023, 10, 31), 'G', 'Targets agreed with 4 of 5 divisions.'],
    ['2', '2', 'Add a check at shortlisting: the recruitment team reviews any vacancy where no BME candidate is shortlisted from a diverse field of applicants.', 'Head of Recruitment', D(2023, 11, 30), 'A', 'Check designed; system change pending.'],
    ['3', '2', 'Require an inclusion-trained panel member on every consultant and Band 8a and above interview panel.', 'Medical Staffing Manager and Head of Recruitment', D(2024, 3, 31), 'G', ''],
    ['4', '3', 'Make the pre-formal review panel permanent for all disciplinary cases, with a BME member on each panel.', 'Head of Employee Relations', D(2023, 9, 30), 'B', 'Panel in place; 23 cases reviewed.'],
    ['5', '4', 'Report access to non-mandatory training and CPD funding by ethnicity for nursing, AHP and medical staff.', 'Head of Education', D(2024, 1, 31), 'R', 'Data not yet extracted from the learning system.'],
    ['6', '5', 'Launch a zero-tolerance campaign on racist abuse from patients in ED, maternity and outpatients, with a warning letter for patients who abuse staff.', 'Head of Security and Violence Reduction', D(2023, 12, 31), 'A', 'Letters drafted with the legal team.'],
    ['7', '6, 8', 'Train 200 managers in the Active Bystander programme and add a question about racism to exit interviews.', 'Head of Organisational Development', D(2024, 3, 31), 'G', '112 managers trained.'],
    ['8', '7', 'Start a reciprocal mentoring scheme pairing BME staff with executive and divisional directors.', 'Head of Inclusion', D(2023, 12, 31), 'G', '14 pairs matched.'],
    ['9', '9', 'Agree a Board diversity plan with the Chair, including associate non-executive posts open to local BME candidates.', 'Trust Chair', D(2024, 3, 31), 'A', ''],
  ];
  for (const r of rows) {
    const [no, ind, act, lead, by, rag, prog] = r;
    p.action([...r, ''], { ref: no, indicators: ind.split(', '), action: act, lead, due: shown(by, F), status: rag, rag: RAG[rag], progress: prog }, { styles: [{ alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }, {}, {}, { numFmt: F }, { fill: FILL[rag], bold: true, alignment: { horizontal: 'center' } }, {}, {}] });
  }
  p.blank();
  p.line(['RAG: B = complete, G = on track, A = some slippage, R = off track.'], { merge: ['A', 'H'], style: { italic: true } });
  p.ws.views = [{ state: 'frozen', ySplit: hr }];
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional teaching hospitals trust), Arial 10, an ordinary plan whose HEADER ROW IS OUT OF STEP with its columns. Sheet 'Action plan': trust name, plan title, an italic 'Approved by the People Committee on 19 July 2023' line, a blank row, the NHS-blue header row 5, nine actions, a blank row and an italic RAG key. Someone inserted a cell into the header row only (Insert > Shift cells right), meaning to add a 'Finding' column, so from column C on every heading sits ONE COLUMN TO THE RIGHT of what it names: header 'No. | WRES indicator | (blank) | Action | Lead | By when | RAG | Progress' over data 'number | indicator | action | lead | date | RAG letter | progress | (empty)'. The column widths still fit the data (C wide for the actions). What the contents show: C (blank heading) holds the action sentences; D (headed 'Action') the job titles; E (headed 'Lead') real dates shown dd/mm/yyyy; F (headed 'By when') the RAG letters B / G / A / R on fills; G (headed 'RAG') the progress notes; H (headed 'Progress') nothing. Judgement calls: headerRows [5] (it is still the header, misaligned); ref = No.; indicators from WRES indicator ('6, 8' → both); action = column C; lead = column D as written ('Medical Staffing Manager and Head of Recruitment' kept whole); due = column E as displayed ('31/10/2023'); status = the letter in column F, rag from its fill (B light blue = complete → blue); progress = column G where filled; theme null. The approval date is no due; the key is not an action.", { mode: 'fill', ragCol: 6, fieldCols: { ref: 'A', action: 'C', lead: 'D', due: 'E', status: 'F', progress: 'G' }, headerSays: { C: '', D: 'Action', E: 'Lead', F: 'By when', G: 'RAG', H: 'Progress' }, forbidden: ['19 July 2023'] });
}
