// holdout76-wres-2024-25-hobthorne: specialist heart and lung FT, the WRES plan kept by the Head of EDI (AK) with owners writing updates.
// Workstream section rows, an HIA column (EDI Improvement Plan action numbers, not WRES indicators), BRAG letters and words typed several
// ways ('G', 'g', 'G ', 'B', 'Blue', 'A', 'Amber', 'R'), leads as initials explained only in a footer line, and one row whose deadline was
// typed on a second line of the Lead cell with the Deadline cell left empty.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Hobthorne Heart and Lung Hospital NHS Foundation Trust';
  const font = { name: 'Aptos Narrow', size: 11 };
  const p = new Plan(book, { name: 'holdout76-wres-2024-25-hobthorne', sheet: 'WRES plan 24-25', standard: 'WRES', period: '2024-25', trust, widths: [6, 7, 7, 52, 24, 14, 8, 54], font });
  p.line([trust], { merge: ['A', 'H'], style: { bold: true, font: { size: 14 }, color: C.darkred } });
  p.line(['WRES Action Plan 2024/25 – aligned to the NHS EDI Improvement Plan (HIA = High Impact Action)'], { merge: ['A', 'H'], style: { bold: true } });
  p.line(['BRAG:  B = complete   G = on track   A = at risk   R = off track'], { merge: ['A', 'H'], style: { italic: true } });
  p.blank();
  p.header(['Ref', 'Ind.', 'HIA', 'Action', 'Lead', 'Deadline', 'BRAG', 'Latest update (date & initials please!)'], { style: { fill: C.tan } });
  p.ws.views = [{ state: 'frozen', ySplit: 5, topLeftCell: 'A6', activeCell: 'D6' }];
  const WORD = { G: 'green', A: 'amber', g: 'green', B: 'blue', Amber: 'amber', R: 'red', Blue: 'blue' };
  const FILL = { blue: C.lightblue, green: C.green, amber: C.amber, red: C.red };
  const secs = []; let theme = null; const misplaced = {};
  const rows = [
    ['Workstream A – Fair recruitment'],
    ['A1', '1', '3', 'Set representation targets for ethnic minority staff at Band 8a to VSM for each clinical division and report progress at the divisional performance reviews.', 'AK', D(2025, 3, 1), 'mmm-yy', 'G', true,
      '14/10 AK – targets agreed by the Executive\n09/12 AK – first divisional review done (Cardiac)'],
    ['A2', '2', '3', 'Introduce structured, scored interviews with an inclusion panellist for all Band 7 posts in theatres, cath labs and critical care.', 'Head of Resourcing\nby end Q3', '', null, 'A', true,
      '02/12 – 18 inclusion panellists trained, we need 30 (RM)', { lead: 'Head of Resourcing', due: 'by end Q3' }],
    ['A3', '2', '3', 'Compare the shortlisting-to-appointment ratio for internationally recruited nurses with UK-trained applicants in every recruitment round.', 'r.marsh@hobthorne.nhs.uk', '31/12/24', null, 'g', true,
      'RM 11/11: round 1 ratio 1.1 – no gap'],
    ['Workstream B – Fair treatment at work'],
    ['B1', '3', '4', 'Use a decision tool before any formal disciplinary involving an ethnic minority member of staff, signed off by a second senior manager.', 'Head of ER', D(2024, 9, 30), 'dd/mm/yyyy', 'B', true,
      'Live from 01/09. Used 9 times so far (ER)'],
    ['B2', '5', '6', 'Agree with the patient experience team how we respond when patients or relatives refuse care from staff because of their race.', 'Director of Nursing', 'end Q4', null, 'Amber', false,
      'Draft shared with the network 21/11 – waiting for their comments (PE)'],
    ['B3', '6 & 8', '6', 'Run bystander training for the ward and theatre teams with the highest rates of harassment in the staff survey.', 'Dami Okafor (OD)', 'January 2025', null, 'G ', false,
      'DO 05/12 – four teams trained (CICU, Ward 5, two theatre teams)'],
    ['B4', '7', '4', 'Launch a sponsorship programme giving each ethnic minority nurse at Band 6 who applies an executive sponsor.', 'AK/DO', 'March 2025', null, 'R', true,
      'Executives not confirmed yet (AK 16/12)'],
    ['Workstream C – Leadership and board'],
    ['C1', '9', '1', 'Build an inclusive leadership session into the board development programme and give every board member an objective on race equality.', 'Company Secretary', D(2025, 2, 28), 'd mmm yyyy', 'G', false,
      'Session booked for 06/02 with an external facilitator'],
    ['C2', '1', '1', 'Publish the WRES report and this plan on the public website with an easy-read summary.', 'Comms & EDI', '30/9/24', null, 'Blue', true,
      'Published 27/09 (AK)'],
  ];
  for (const row of rows) {
    if (row.length === 1) { secs.push(p.line([row[0]], { merge: ['A', 'H'], border: true, style: { bold: true, fill: C.palegrey } })); theme = row[0]; continue; }
    const [ref, ind, hia, act, lead, due, f, st, filled, upd, over] = row;
    const s = st.trim(); const rag = WORD[s];
    const r = p.action([ref, ind, hia, act, lead, due, st, upd], { ref, indicators: ind.split(' & '), theme, action: act, lead: over?.lead ?? lead, due: over?.due ?? (due instanceof Date ? shown(due, f) : due), status: s, rag, progress: upd },
      { styles: [{}, { alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' }, color: 'FF7F7F7F' }, {}, {}, f ? { numFmt: f, alignment: { horizontal: 'left' } } : {}, { ...(filled ? { fill: FILL[rag] } : {}), bold: true, alignment: { horizontal: 'center' } }, {}] });
    if (over) misplaced[r] = { lead: { col: 'E', part: true }, due: { col: 'E', part: true } };
  }
  p.blank();
  p.line(['Initials: AK = Ade Kolawole, Head of EDI · RM = Rhea Marsh, Resourcing · DO = Dami Okafor, OD · PE = Patient Experience · ER = Employee Relations'], { merge: ['A', 'H'], style: { italic: true, font: { size: 9 } } });
  p.line(['Updated 18/12/24 AK'], { merge: ['A', 'H'], style: { italic: true, font: { size: 9 }, color: 'FF808080' } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional specialist heart and lung FT) kept by the Head of EDI (AK) with action owners writing their own updates. Sheet 'WRES plan 24-25': trust name and title merged (the title explains HIA = High Impact Action), a merged italic BRAG key ('B = complete G = on track A = at risk R = off track'), a blank row, the header 'Ref | Ind. | HIA | Action | Lead | Deadline | BRAG | Latest update (date & initials please!)' (row 5, frozen), three grey WORKSTREAM section rows (A – Fair recruitment, B – Fair treatment at work, C – Leadership and board) with nine actions A1–C2 under them, a blank row, an initials line and an 'Updated 18/12/24 AK' line. Deadlines as real dates ('Mar-25', '30/09/2024', '28 Feb 2025') and text ('31/12/24', 'end Q4', 'January 2025', 'March 2025', '30/9/24'). BRAG typed 'G', 'g', 'G ' (trailing space), 'B', 'Blue', 'A', 'Amber', 'R'; some filled, some plain. Judgement calls: ROW 8 (A2) HAS ITS DEADLINE TYPED ON A SECOND LINE OF THE LEAD CELL ('Head of Resourcing\\nby end Q3') and the Deadline cell empty: lead = 'Head of Resourcing', due = 'by end Q3'. Lead otherwise as written – initials 'AK', 'AK/DO' are NOT expanded from the initials line, an email, 'Dami Okafor (OD)', titles. HIA (EDI Improvement Plan action 1–6) is no WRES indicator; indicators from Ind. ('6 & 8' → both). Theme = the workstream row above. Status = the letter or word as typed (trailing space dropped, 'g' kept); rag = the fill where coloured, otherwise the letter or word read through the key ('Amber', 'G' unfilled → amber, green). Progress = the update cell with its dates and initials (no dues); the 'Updated' date is no due. Ref = Ref.",
    { mode: 'fillOrWord', ragCol: 7, words: WORD, sections: secs, cols: { ref: 'A', action: 'D', lead: 'E', due: 'F', status: 'G', progress: 'H' }, misplaced, indCol: 'B', notFrom: ['C'], forbidden: ['Ade Kolawole', 'Rhea Marsh', 'Patient Experience', 'Employee Relations', '18/12/24'] });
}
