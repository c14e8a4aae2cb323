// holdout69-wres-2024-25-wealdbridge: acute trust, LANDSCAPE A3 with a wide merged heading band, a cover block (logo text, document
// control, version table) above a two-row header (merged group headings over the field headings) set as Excel PRINT TITLES.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Wealdbridge University Hospitals NHS Trust';
  const p = new Plan(book, { name: 'holdout69-wres-2024-25-wealdbridge', sheet: 'WRES Plan 24-25', standard: 'WRES', period: '2024-25', trust, widths: [7, 12, 58, 30, 14, 13, 44, 3, 16, 16, 16, 16] });
  const ws = p.ws; const N = { bold: true, color: C.white, fill: C.nhs };
  const furn = [];
  furn.push(p.line(['', '', '', '', '', '', '', '', '', '', 'NHS', ''], { styles: Array(12).fill(0).map((_, i) => i === 10 ? { bold: true, color: C.white, fill: C.nhs, font: { size: 16 }, alignment: { horizontal: 'center' } } : {}) }));
  furn.push(p.line(['', '', '', '', '', '', '', '', trust, '', '', ''], { merge: ['I', 'L'], styles: Array(12).fill(0).map((_, i) => i === 8 ? { bold: true, color: C.nhs, alignment: { horizontal: 'right' } } : {}) }));
  const title = p.line(['Workforce Race Equality Standard (WRES) – Action Plan 2024-25'], { merge: ['A', 'L'], style: { ...N, font: { size: 18 }, alignment: { horizontal: 'center', vertical: 'middle' } }, height: 34 });
  const dc = [
    ['Document control', ''],
    ['Version', '1.3 FINAL'],
    ['Author', 'Priya Venkataraman, EDI Workforce Lead'],
    ['Executive sponsor', 'Chief People Officer'],
    ['Approved by', 'People and Culture Committee'],
    ['Approval date', D(2024, 10, 17)],
    ['Review date', D(2025, 4, 30)],
  ];
  for (const [k, v] of dc) furn.push(p.line(['', k, '', v], { merge: [['B', 'C'], ['D', 'E']], styles: [{}, { bold: true, fill: C.palegrey }, {}, v instanceof Date ? { numFmt: 'dd/mm/yyyy', alignment: { horizontal: 'left' } } : {}], border: k !== 'Document control' }));
  p.blank();
  furn.push(p.line(['', 'Version', 'Change', 'Date', 'Changed by'], { styles: [{}, { bold: true, fill: C.palegrey }, { bold: true, fill: C.palegrey }, { bold: true, fill: C.palegrey }, { bold: true, fill: C.palegrey }], border: true }));
  for (const v of [['1.0', 'First draft from the 2024 WRES data return', '21/08/2024', 'P Venkataraman'], ['1.2', 'Leads and dates agreed with divisions', '27/09/2024', 'P Venkataraman'], ['1.3', 'Approved by committee; RAG column added for quarterly review', '17/10/2024', 'EDI team']]) furn.push(p.line(['', ...v], { border: true }));
  p.blank();
  const grp = p.header(['WRES', '', 'What we will do', 'Accountability', '', 'Assurance', '', '', 'Quarterly review (RAG)', '', '', ''], { merge: [['A', 'B'], ['D', 'E'], ['F', 'G'], ['I', 'L']], style: { ...N, alignment: { horizontal: 'center' } } });
  const hdr = p.header(['Ref', 'Indicator', 'Action', 'Lead', 'Target date', 'RAG', 'Progress / evidence', '', 'Q1', 'Q2', 'Q3', 'Q4'], { style: { bold: true, fill: C.paleblue } });
  ws.pageSetup = { orientation: 'landscape', paperSize: 8, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${grp}:${hdr}` };
  const F = 'dd/mm/yyyy'; const RG = { Green: C.green, Amber: C.amber, Red: C.red, Blue: C.blue };
  const acts = [
    ['W1', '1', 'Publish band-by-band BME representation for each clinical division and set a two-year target for Bands 8a and above.', 'Head of Workforce Information', D(2024, 12, 31), 'Green', 'Divisional packs issued November; targets agreed at three of four divisional boards.', ['Green', 'Green', '', '']],
    ['W2', '2', 'Require a diverse panel member for every shortlist at Band 7 and above, checked monthly through the recruitment system.', 'Head of Recruitment', D(2024, 11, 30), 'Amber', 'Panel field live; compliance 71% in December against 95% target.', ['Amber', 'Amber', '', '']],
    ['W3', '2', 'Remove names, dates of birth and places of qualification from applications before shortlisting.', 'Head of Recruitment', D(2025, 3, 31), 'Red', 'System change delayed by the supplier release; revised date to be set.', ['Amber', 'Red', '', '']],
    ['W4', '3', 'Send every proposed formal disciplinary case through a pre-formal decision check by a trained second manager.', 'Deputy Director of People (Employee Relations)', D(2024, 9, 30), 'Blue', 'Check in place since September; 14 cases reviewed, 5 resolved informally.', ['Green', 'Blue', '', '']],
    ['W5', '4', 'Record who applies for and who gets non-mandatory training and CPD funding, by ethnicity, and report twice a year.', 'Head of Education', D(2025, 1, 31), 'Amber', 'First extract run; ESR coding gaps in two divisions.', ['Green', 'Amber', '', '']],
    ['W6', '5', 'Give ward managers a script and reporting route for racist abuse from patients and visitors, with a follow-up call to the member of staff within 48 hours.', 'Deputy Chief Nurse', D(2024, 12, 31), 'Green', 'Launched on 22 wards; Datix category added.', ['Amber', 'Green', '', '']],
    ['W7', '6', 'Train all Band 7 managers in the Civility Saves Lives session, starting with the emergency department and theatres.', 'Head of Organisational Development', D(2025, 3, 31), 'Amber', '212 of 540 managers trained.', ['Amber', 'Amber', '', '']],
    ['W8', '7', 'Run a second cohort of the Stepping Up leadership programme with 24 places and a sponsor for each participant.', 'Head of Leadership', D(2025, 2, 28), 'Green', 'Cohort 2 started in January; all sponsors matched.', ['Green', 'Green', '', '']],
    ['W9', '8', 'Set up a Race Equality Network drop-in with the Freedom to Speak Up Guardian at each hospital site every month.', 'Freedom to Speak Up Guardian', 'Monthly', 'Green', 'Running at both sites since July.', ['Green', 'Green', '', '']],
    ['W10', '9', 'Bring a reciprocal mentoring partner from the Race Equality Network to each executive director and board member.', 'Company Secretary', D(2024, 10, 31), 'Green', 'All eleven pairs meeting.', ['Green', 'Green', '', '']],
    ['W11', '1, 7', 'Open a Band 5 to 6 development pathway for internationally educated nurses, with protected study time.', 'Deputy Chief Nurse', D(2025, 3, 31), 'Amber', 'Pathway designed; funding for study time awaited.', ['', 'Amber', '', '']],
  ];
  for (const [ref, ind, a, lead, due, rag, prog, q] of acts) {
    const dueT = due instanceof Date ? shown(due, F) : due;
    p.action([ref, ind, a, lead, due, rag, prog, '', ...q], { ref, indicators: ind.split(',').map((s) => s.trim()), action: a, lead, due: dueT, status: rag, rag: rag.toLowerCase(), progress: prog },
      { styles: [{}, { alignment: { horizontal: 'center' } }, {}, {}, { numFmt: F }, { fill: RG[rag], bold: true }, {}, {}, ...q.map((x) => (x ? { fill: RG[x] } : {}))] });
  }
  p.blank();
  const foot = p.line(['OFFICIAL', '', '', 'WRES Action Plan 2024-25  |  v1.3 FINAL  |  Uncontrolled when printed'], { merge: [['A', 'C'], ['D', 'L']], style: { italic: true, color: 'FF595959' } });
  furn.push(foot);
  await book.save(`${p.name}.xlsx`);
  p.saveGold(`Original plan (fictional acute trust) laid out to print on LANDSCAPE A3 and be signed off: an 'NHS' logo box (K1, white on NHS blue) with the trust name right-aligned under it (row 2), a blue title band merged A:L (row 3), a DOCUMENT CONTROL block (rows 4–10: version 1.3 FINAL, author, executive sponsor, approved by the People and Culture Committee, approval date 17/10/2024, review date 30/04/2025), a VERSION TABLE 'Version | Change | Date | Changed by' (rows 12–15), then a TWO-ROW HEADER – merged group headings 'WRES' / 'What we will do' / 'Accountability' / 'Assurance' / 'Quarterly review (RAG)' (row ${grp}) over 'Ref | Indicator | Action | Lead | Target date | RAG | Progress / evidence | | Q1 | Q2 | Q3 | Q4' (row ${hdr}) – set as the sheet's Excel PRINT TITLES (rows ${grp}:${hdr}), eleven actions W1–W11, and a typed footer line 'OFFICIAL | WRES Action Plan 2024-25 | v1.3 FINAL | Uncontrolled when printed'. Judgement calls: the cover block, version table and footer are not actions and give no field – the author and executive sponsor are not leads, the approval and review dates are not dues, '1.3 FINAL' is not a status; both header rows are header rows; indicators from the Indicator column ('1, 7' → ['1','7']); due as displayed (dd/mm/yyyy; 'Monthly' as written); status = the RAG column's word with rag its colour (Blue = complete, as the word says); the Q1–Q4 quarterly RAG cells are the review history, NOT the status (the RAG column is the current one; they agree for the latest quarter filled); progress = 'Progress / evidence'; no theme (no section rows).`,
    { mode: 'fill', ragCol: 'F', forbidden: ['Priya Venkataraman, EDI Workforce Lead', 'Chief People Officer', 'People and Culture Committee', '17/10/2024', '30/04/2025', '1.3 FINAL'], print: { furniture: furn, titles: `${grp}:${hdr}`, landscape: true, a3: true, superRows: [grp] } });
}
