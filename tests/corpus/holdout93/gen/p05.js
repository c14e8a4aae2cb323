// holdout93-wdes-2026-27-cressby: ICB (own staff, about 600 people), a small HR team's workbook: a 'Summary' tab of the 2026 figures
// first, then 'Actions': 'Metric | Why this matters (our 2026 data) | What we will do | Responsible | Deadline | Update – December 2026 |
// RAG'; metrics written '4' and '9' without a letter; real dates shown mmm-yy; RAG letters on fills incl. C = complete on blue; one update
// says the deadline has moved although the Deadline cell was not changed.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'NHS Cressby Integrated Care Board';
  const s = book.wb.addWorksheet('Summary');
  s.getColumn(1).width = 48; s.getColumn(2).width = 14; s.getColumn(3).width = 16;
  const sum = [[trust], ['Workforce Disability Equality Standard 2026 – ICB staff'], [], ['Metric', 'Disabled', 'Non-disabled'], ['1 – Staff declaring a disability on ESR', '5.6%', ''], ['2 – Relative likelihood of appointment from shortlisting', '1.19', ''], ['3 – Relative likelihood of entering formal capability', 'n/a (fewer than 5 cases)', ''], ['4a – Harassment from colleagues (survey)', '19%', '11%'], ['5 – Equal opportunities for progression', '49%', '58%'], ['7 – Feel valued', '37%', '50%'], ['9a – Engagement score', '6.4', '6.9'], ['10 – Board voting members declaring a disability', '0 of 11', '']];
  sum.forEach((v, i) => { s.getRow(i + 1).values = v; s.getRow(i + 1).font = { name: 'Arial', size: 10, bold: i === 0 || i === 3 }; });
  const p = new Plan(book, { name: 'holdout93-wdes-2026-27-cressby', sheet: 'Actions', standard: 'WDES', period: '2026-27', trust, widths: [8, 36, 50, 24, 11, 44, 6], font: { name: 'Arial', size: 10 } });
  p.line([`${trust} – WDES action plan 2026/27 (ICB staff)`], { merge: ['A', 'G'], style: { bold: true, font: { size: 12 } } });
  p.blank();
  p.header(['Metric', 'Why this matters (our 2026 data)', 'What we will do', 'Responsible', 'Deadline', 'Update – December 2026', 'RAG'], { style: { fill: C.paleblue } });
  const F = { C: C.blue, G: C.green, A: C.amber, R: C.red };
  const R = { C: 'blue', G: 'green', A: 'amber', R: 'red' };
  const rows = [
    ['1', 'ESR shows 5.6% disabled; the staff survey says 21%.', 'Ask every colleague to check their ESR equality details during the October appraisal window, with a short explainer from the network.', 'HR Business Partner', D(2026, 10, 31), 'Declaration up to 7.9% by 30 November.', 'C'],
    ['2', 'Relative likelihood 1.19 – lower than last year but still above 1.', 'Sign up to Disability Confident Leader and guarantee an interview to disabled applicants who meet the essential criteria.', 'Head of HR', D(2027, 3, 31), 'Self-assessment drafted; validation by a partner organisation in February.', 'G'],
    ['4', '19% of disabled colleagues harassed by colleagues (non-disabled 11%).', 'Run a “respect at work” session at every directorate away day, co-designed with the Enable staff network.', 'Organisational Development Lead', D(2026, 12, 31), 'Three of five directorates done. Deadline moved to Feb-27 with the Director of People’s agreement.', 'A'],
    ['4', '', 'Add an anonymous reporting route for harassment to the staff intranet.', 'Head of Corporate Governance', D(2027, 1, 31), 'Not yet started – waiting for the intranet rebuild.', 'R'],
    ['5', '49% believe there are equal opportunities for progression (58%).', 'Publish every secondment and acting opportunity on the intranet with a two-week window, and track who applies.', 'HR Business Partner', D(2026, 11, 30), 'Live since November.', 'C'],
    ['7', '37% feel valued (50%).', 'Introduce a reasonable adjustments passport that stays with the person through the ICB restructure.', 'Head of HR', D(2026, 12, 31), 'Passport launched; 23 in place.', 'G'],
    ['9', 'Engagement 6.4 against 6.9.', 'Give the Enable network chair two hours a week of protected time and a standing slot at the Staff Partnership Forum.', 'Chief People Officer', D(2026, 9, 30), 'Agreed by the Executive Team.', 'C'],
    ['10', 'No voting board member declares a disability.', 'Invite board members to complete a confidential declaration and add disability to the skills and diversity matrix for board recruitment.', 'Board Secretary', D(2027, 3, 31), 'Paper to the Remuneration Committee in January.', 'G'],
  ];
  for (const [m, why, act, resp, dl, upd, rag] of rows) {
    p.action([m, why, act, resp, dl, upd, rag], { indicators: [m], action: act, lead: resp, due: shown(dl, 'mmm-yy'), status: rag, rag: R[rag], progress: upd }, { styles: [{ alignment: { horizontal: 'center' } }, { color: 'FF595959' }, {}, {}, { numFmt: 'mmm-yy' }, {}, { fill: F[rag], bold: true, alignment: { horizontal: 'center' } }] });
  }
  p.blank();
  p.line(['C = complete   G = on track   A = some slippage   R = not started / at risk'], { merge: ['A', 'G'], style: { font: { size: 9 } } });
  p.ws.views = [{ state: 'frozen', ySplit: 3 }];
  book.wb.views = [{ activeTab: 1 }];
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional ICB, own staff). Two tabs: 'Summary' (the 2026 WDES figures by metric – not actions) and 'Actions' (gold): a title naming the ICB, a blank row, the header 'Metric | Why this matters (our 2026 data) | What we will do | Responsible | Deadline | Update – December 2026 | RAG' (row 3, frozen), eight actions and, after a blank row, a key line. Judgement calls: indicators from the Metric column as written, WITHOUT a letter ('4' → ['4'], '9' → ['9'], not 4a / 9a, although the Summary tab's figures are 4a and 9a); 'Why this matters' is the data (context, blank on row 7 where the one above applies) and gives no field; action = What we will do; lead = Responsible; due = Deadline as displayed (real dates in mmm-yy, 'Dec-26'); row 6's update says the deadline has moved to Feb-27 but the Deadline cell still shows 'Dec-26' – due 'Dec-26', the update stays progress; progress = the December update; status = the RAG letter, rag from its fill (C on blue = complete → blue); no ref (the metric is no ref); theme null.", { mode: 'fill', ragCol: 7, notFrom: ['B'], forbidden: ['Feb-27'] });
}
