// holdout58-wres-2023-24-fenlandmere: ICB (own staff), 18 columns; a band row 'EDI Improvement Plan – High Impact Actions' merged over
// six HIA tick columns (✓), budget and funding columns, and a two-column SIGN-OFF block ('Signed off by' / 'Date') for finished actions.
import { Book, Plan, C, wideAction, dt } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'NHS Fenland and Mere Integrated Care Board';
  const p = new Plan(book, { name: 'holdout58-wres-2023-24-fenlandmere', sheet: 'WRES 23-24', standard: 'WRES', period: '2023-24', trust, font: { name: 'Arial', size: 10 },
    widths: [6, 48, 11, 6, 6, 6, 6, 6, 6, 22, 11, 16, 12, 12, 14, 30, 20, 12] });
  const ws = p.ws;
  p.line([`${trust} – WRES action plan 2023/24 (ICB as employer)`], { merge: ['A', 'R'], style: { bold: true, font: { size: 13 } } });
  p.line(['Mapped to the six High Impact Actions of the NHS EDI Improvement Plan (June 2023). A tick shows which HIA an action contributes to. Sign-off is by the Director of People once the evidence has been seen.'], { merge: ['A', 'R'], height: 28 });
  p.blank();
  const band = p.header(['', '', '', 'EDI Improvement Plan – High Impact Actions', '', '', '', '', '', '', 'Delivery', '', '', '', '', '', 'Sign-off', ''], { merge: [['D', 'I'], ['K', 'P'], ['Q', 'R']], style: { fill: C.darkblue, color: C.white, alignment: { horizontal: 'center' } } });
  const hdr = p.header(['No.', 'Action', 'WRES indicator', 'HIA 1', 'HIA 2', 'HIA 3', 'HIA 4', 'HIA 5', 'HIA 6', 'Owner', 'Budget (£)', 'Funding source', 'Start', 'End', 'Status', 'Update – Q3', 'Signed off by', 'Date'], { style: { fill: C.paleblue, alignment: { horizontal: 'center' } } });
  ws.views = [{ state: 'frozen', xSplit: 2, ySplit: hdr }];
  const T = '✓';
  const RG = { 'Complete': 'green', 'In progress': 'amber', 'Not started': 'red' };
  const F = { 'Complete': C.green, 'In progress': C.amber, 'Not started': C.red };
  const M = { ref: 0, action: 1, lead: 9, due: 13, status: 14, progress: 15 };
  const rows = [
    ['1', 'Set a measurable EDI objective for every ICB executive and non-executive and report progress in the annual governance statement.', '9', T, '', '', '', '', '', 'Head of Corporate Governance', 0, 'n/a', dt(2023, 7, 1, 'dd/mm/yyyy'), dt(2023, 9, 30, 'dd/mm/yyyy'), 'Complete', 'All 14 objectives set and logged in appraisal.', 'Director of People', dt(2023, 10, 12, 'dd/mm/yyyy')],
    ['2', 'Move to values-based shortlisting with a mixed panel for every Band 8a+ post, and publish shortlisting-to-appointment ratios by ethnicity each quarter.', '2', '', T, '', '', '', '', 'Head of HR Operations', 3500, 'People budget', dt(2023, 7, 1, 'dd/mm/yyyy'), dt(2024, 3, 31, 'dd/mm/yyyy'), 'In progress', 'Panels in place; first ratio report due to People Committee in February.', '', ''],
    ['3', 'Run a talent review for Bands 6–8b and offer a development plan to each ethnic minority colleague identified as ready now or ready soon.', '7', '', T, '', '', '', '', 'OD Business Partner', 12000, 'Regional LWAB grant', dt(2023, 9, 1, 'dd/mm/yyyy'), dt(2024, 3, 31, 'dd/mm/yyyy'), 'In progress', '27 colleagues reviewed; 9 development plans agreed.', '', ''],
    ['4', 'Publish the ICB ethnicity pay gap alongside the gender pay gap and set a three-year reduction target.', '', '', '', T, '', '', '', 'Head of Reward', 0, 'n/a', dt(2023, 10, 1, 'dd/mm/yyyy'), dt(2024, 3, 31, 'dd/mm/yyyy'), 'Not started', '', '', ''],
    ['5', 'Offer a wellbeing check to every colleague returning from long-term sickness, in their preferred language where needed.', '', '', '', '', T, '', '', 'Wellbeing Lead', 2000, 'Charitable funds', dt(2023, 8, 1, 'dd/mm/yyyy'), dt(2024, 1, 31, 'dd/mm/yyyy'), 'In progress', 'Interpreting contract extended to staff use.', '', ''],
    ['6', 'Give internationally recruited staff in the ICB\'s hosted services a buddy and a six-month check-in.', '6', '', '', '', '', T, '', 'Head of Hosted Services', 1500, 'People budget', dt(2023, 7, 1, 'dd/mm/yyyy'), dt(2023, 12, 31, 'dd/mm/yyyy'), 'Complete', 'All 11 IR colleagues buddied; check-ins done.', 'Director of People', dt(2024, 1, 9, 'dd/mm/yyyy')],
    ['7', 'Launch a "speak up against racism" route with trained allies and report themes to the People Committee twice a year.', '5, 6, 8', '', '', '', '', '', T, 'Freedom to Speak Up Guardian', 4000, 'People budget', dt(2023, 9, 1, 'dd/mm/yyyy'), dt(2024, 2, 29, 'dd/mm/yyyy'), 'In progress', '18 allies trained; first themes report in March.', '', ''],
    ['8', 'Review the disciplinary policy with the race equality network to add a pre-investigation check.', '3', '', '', '', '', '', T, 'Head of HR Operations', 0, 'n/a', dt(2023, 7, 1, 'dd/mm/yyyy'), dt(2023, 11, 30, 'dd/mm/yyyy'), 'Complete', 'Revised policy approved 21/11/2023.', 'Director of People', dt(2023, 12, 4, 'dd/mm/yyyy')],
  ];
  for (const v of rows) {
    const st = { 2: { alignment: { horizontal: 'center', vertical: 'top' } }, 10: { numFmt: '£#,##0' }, 14: { fill: F[v[14]] } };
    for (let i = 3; i <= 8; i++) st[i] = { alignment: { horizontal: 'center', vertical: 'top' }, font: { bold: true, color: { argb: C.green } } };
    wideAction(p, v, M, { indicators: v[2] ? v[2].split(', ') : [], rag: RG[v[14]] }, { styles: st });
  }
  const tot = p.line(['', 'Total budget committed', '', '', '', '', '', '', '', '', { formula: `SUM(K${hdr + 1}:K${p.r})`, result: 23000 }], { style: { bold: true }, styles: { 10: { numFmt: '£#,##0' } }, border: true });
  p.blank();
  p.line(['HIA 1 Board objectives · HIA 2 Recruitment and talent · HIA 3 Pay gaps · HIA 4 Health inequalities in the workforce · HIA 5 International recruits · HIA 6 Bullying, discrimination and harassment'], { merge: ['A', 'R'], style: { italic: true, font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original wide plan (fictional ICB, its own staff), 18 columns: title, an intro line explaining the ticks and the sign-off, a blank row, a dark-blue BAND ROW (row 4: 'EDI Improvement Plan – High Impact Actions' merged over D–I, 'Delivery' over K–P, 'Sign-off' over Q–R) over the header (row 5) 'No. | Action | WRES indicator | HIA 1 … HIA 6 | Owner | Budget (£) | Funding source | Start | End | Status | Update – Q3 | Signed off by | Date'; frozen at C6; a bold TOTAL row with a SUM formula under the actions; an HIA glossary line at the foot. Judgement calls: the ✓ columns are HIA mappings, NOT WRES indicators and not statuses – indicators come from the WRES indicator column only ('5, 6, 8' → three; blank → [] for actions 4 and 5); lead = Owner, never 'Signed off by' (the Director of People signs off, she does not deliver); due = End (dd/mm/yyyy), never Start; the sign-off Date is the date of sign-off, not a completion date or a due (completed ''); progress = 'Update – Q3'; status = the word, rag = its fill; Budget and Funding source are not outcome or progress; the total row and the glossary line are non-action rows; theme null.",
    { wide: { headerRow: hdr, bands: [band] }, cols: { ref: 'A', action: 'B', lead: 'J', due: 'N', status: 'O', progress: 'P' }, indCol: 'C', frozen: [2, hdr], totals: { row: tot, col: 'K' }, notFrom: ['D', 'E', 'F', 'G', 'H', 'I', 'L', 'M', 'Q', 'R'], ragCol: 'O', mode: 'fill' });
}
