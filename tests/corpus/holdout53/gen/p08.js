// holdout53-wdes-2023-24-fennickrowe: an acute teaching trust's WDES plan kept as a banded Excel-table-style list: each Action cell is
// the action, an Alt+Enter, then its RATIONALE in grey italic with no label; Owner gives two 'Name (role)' lines; some Due cells are
// real dates, others a date with a bracketed note on the next line; Progress updates are dated '•' lines; status words with no colour.
import { Book, Plan, C, D, rich } from './lib.js';
import { L, nz, H, plain } from './h.js';
export async function build() {
  const book = new Book();
  const trust = 'Fennick and Rowe University Hospitals NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout53-wdes-2023-24-fennickrowe', sheet: 'WDES Actions', standard: 'WDES', period: '2023-24', trust, widths: [8, 11, 60, 34, 18, 14, 48], font: { name: 'Calibri', size: 11 } });
  p.line([`${trust}`], { style: { bold: true, font: { name: 'Calibri', size: 16 } }, border: false });
  p.line(['WDES action plan 2023-24 (from the 2022 data, published August 2023)'], { style: { font: { name: 'Calibri', size: 12 }, color: 'FF595959' } });
  p.blank();
  const hr = p.header(['ID', 'Metric(s)', 'Action', 'Owner', 'Due date', 'Status', 'Progress updates'], { style: { fill: 'FF4472C4', color: C.white } });
  p.ws.autoFilter = `A${hr}:G${hr}`;
  const G = { text: '', font: { italic: true, color: { argb: 'FF7F7F7F' } } };
  const act = (a, why) => rich(a + '\n', { ...G, text: why });
  const rows = [
    ['DE01', '1', act('Move disability declaration into the onboarding app so new starters are asked on day one.', 'Our ESR shows 38% "not stated"; staff survey says 24% of our staff have a long-term condition.'), L('Gemma Thurlow (Workforce Systems Manager)', 'Ade Okonkwo (Chair, Enable Network)'), D(2023, 10, 31), 'Completed', L('• Sep 23: app question built and tested', '• Nov 23: live for all new starters')],
    ['DE02', '2', act('Offer a named contact for adjustments at interview on every advert.', 'Disabled applicants were 1.27 times less likely to be appointed from shortlisting.'), L('Sanjay Rehal (Head of Recruitment)', 'Gemma Thurlow (Workforce Systems Manager)'), L('30 Sep 2023', '(TRAC template change needed first)'), 'Completed', '• Oct 23: contact on every advert since 2 October'],
    ['DE03', '3', act('Take disability-related absence out of the sickness triggers that start formal capability.', 'Disabled staff were 2.1 times more likely to enter formal capability, almost all on ill-health grounds.'), L('Nadia Osei (Deputy Director of HR)', 'Tom Brannigan (Staff Side Chair)'), L('31 Jan 2024', '(needs JNCC approval)'), 'In progress', L('• Oct 23: draft policy wording agreed', '• Dec 23: JNCC deferred to February')],
    ['DE04', '4a, 4b', act('Run "See it, report it" sessions on wards with the highest rates of abuse from patients.', 'Disabled staff report more harassment from patients and are less likely to report it.'), L('Ruth Calder (Head of Security and Violence Reduction)', 'Ade Okonkwo (Chair, Enable Network)'), D(2024, 3, 31), 'In progress', '• Jan 24: 5 of 12 wards done'],
    ['DE05', '5', act('Create a disabled leaders\' mentoring circle with senior sponsors.', 'Only 47% of disabled staff believe we offer equal opportunities for promotion.'), L('Dr Liam Forde (Head of Leadership and OD)', 'Ade Okonkwo (Chair, Enable Network)'), D(2024, 1, 31), 'Not yet started', ''],
    ['DE06', '6', act('Brief managers on supportive return-to-work conversations, using a new toolkit.', 'Disabled staff feel more pressure to come to work when unwell (27% against 19%).'), L('Nadia Osei (Deputy Director of HR)', 'Dr Jo Pickering (Occupational Health Lead)'), L('31 Dec 2023', '(toolkit first, then briefings)'), 'Overdue', L('• Nov 23: toolkit drafted', '• Jan 24: briefings not started – staff shortages in HR')],
    ['DE07', '8', act('Set up a central reasonable adjustments fund and a 6-week target from request to adjustment.', 'Only 70% of disabled staff say they have the adjustments they need.'), L('Mark Ashdown (Deputy Director of Finance)', 'Dr Jo Pickering (Occupational Health Lead)'), D(2024, 3, 31), 'In progress', L('• Dec 23: £40k agreed for 2024-25', '• Feb 24: target agreed; tracking in OH system')],
    ['DE08', '9a, 9b', act('Agree an annual plan of work between the Enable Network and the People Committee.', 'The network asked for a clearer route to influence decisions.'), L('Ade Okonkwo (Chair, Enable Network)', 'Karen Lyle (Chief People Officer)'), D(2023, 11, 30), 'Completed', '• Nov 23: plan agreed at People Committee'],
    ['DE09', '10', act('Include disability and lived experience in the next non-executive director role profile.', 'No Board member has told us they are disabled; 4.6% of staff have.'), L('Karen Lyle (Chief People Officer)', 'Paula Greer (Company Secretary)'), L('31 Mar 2024', '(next NED vacancy)'), 'Not yet started', ''],
  ];
  rows.forEach(([id, m, a, own, due, st, prog], i) => {
    const band = i % 2 ? { fill: 'FFD9E1F2' } : {};
    const dueText = due instanceof Date ? `${due.getUTCDate() < 10 ? '0' : ''}${due.getUTCDate()} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][due.getUTCMonth()]} ${due.getUTCFullYear()}` : due.split('\n')[0];
    p.action([id, m, a, own, due, st, prog], { ref: id, indicators: m.split(', '), action: nz(plain(a)), lead: nz(own), due: dueText, status: st, progress: nz(prog) }, { height: H(plain(a), own, due instanceof Date ? '' : due, prog), style: band, styles: [{}, {}, {}, {}, { numFmt: 'dd mmm yyyy' }] });
  });
  p.blank();
  p.line(['Status options: Not yet started / In progress / Completed / Overdue. Owners update the Progress column monthly.'], { style: { italic: true, font: { name: 'Calibri', size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute teaching foundation trust) kept as a banded, Excel-table-style list in Calibri: the trust name (unmerged, large), a grey subtitle, a blank row, one blue header 'ID | Metric(s) | Action | Owner | Due date | Status | Progress updates' (row 4, autofilter), nine actions with alternate rows banded pale blue, and a line listing the status options. The cells hold structure: each ACTION cell is rich text – the action, a line break, then its RATIONALE in GREY ITALIC with no label ('Our ESR shows 38% \"not stated\" …'); OWNER gives two people as 'Name (role)' on separate lines; four DUE DATE cells are text – a date and, on a second line, a bracketed note ('31 Jan 2024\\n(needs JNCC approval)') – the others are real dates shown 'dd mmm yyyy'; PROGRESS UPDATES are dated '•' lines ('• Oct 23: …'). Judgement calls: action = the whole Action cell collapsed, the italic rationale included (it is in the cell, with no separate column); lead = the whole Owner cell collapsed (both people with roles); due = the date as shown, and for the text cells the date line only – the bracketed note is not the due; status = the word as written; rag null throughout – the status cells have no fill or font colour and the options line gives no colours (not guessed from the words); progress = the whole cell collapsed; ref = ID; indicators from Metric(s) ('4a, 4b', '9a, 9b' give two; '10' Board); no theme; the banding fill is not a status.", { actionCol: 'C', leadCol: 'D', progressCol: 'G' });
}
