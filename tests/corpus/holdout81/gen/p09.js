// holdout81-wres-2026-27-kestlow: teaching hospital, WRES tracker early in the year: four quarter pairs with the RAG word BEFORE its
// commentary, only Q1 and Q2 written, a 2026-data baseline column, indicator-group section rows.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Kestlow Teaching Hospitals NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout81-wres-2026-27-kestlow', sheet: 'WRES 2026-27', standard: 'WRES', period: '2026-27', trust, widths: [6, 6, 22, 40, 20, 10, 9, 30, 9, 30, 9, 20, 9, 20], font: { name: 'Aptos', size: 9 } });
  const ws = p.ws;
  p.line([`${trust} · WRES action plan 2026/27 · quarterly tracker`], { merge: ['A', 'N'], style: { bold: true, font: { size: 12 }, color: C.white, fill: C.darkblue } });
  p.line(['Position at the end of Q2 (30 September 2026). Baselines are from the 2026 WRES return.'], { merge: ['A', 'N'], style: { italic: true } });
  p.blank();
  const hr = p.header(['Ref', 'Ind.', 'Baseline (2026 data)', 'Action', 'Lead', 'Deadline', 'Q1 RAG', 'Q1 commentary', 'Q2 RAG', 'Q2 commentary', 'Q3 RAG', 'Q3 commentary', 'Q4 RAG', 'Q4 commentary'], { style: { fill: 'FFB4C6E7', alignment: { vertical: 'middle' } }, height: 28 });
  ws.views = [{ state: 'frozen', xSplit: 4, ySplit: hr }];
  const F = { Green: C.green, Amber: C.amber, Red: C.red, Complete: C.lightblue }; const RG = { Green: 'green', Amber: 'amber', Red: 'red', Complete: 'blue' };
  const rows = [
    ['Indicators 1–4: workforce, recruitment, discipline, training'],
    ['K1', '1', 'BME 39% of band 5, 17% of band 8a+', 'Set divisional targets for BME staff at band 8a and above, reported in each divisional performance review.', 'Director of Workforce', 'Mar 2027', 'Green', 'Targets agreed in all five divisions.', 'Green', 'First performance reviews held; two divisions behind trajectory.'],
    ['K2', '2', 'Relative likelihood 1.52', 'Put every shortlisting decision for band 7+ through a second, independent shortlister.', 'Head of Recruitment', 'Sep 2026', 'Amber', 'Built into the recruitment system; not yet switched on.', 'Complete', 'Switched on 1 August; 140 posts shortlisted twice.'],
    ['K3', '3', 'Relative likelihood 1.31', 'Publish the outcome of every formal case by ethnicity to the Joint Negotiating Committee each quarter.', 'Head of Employee Relations', 'Jun 2026', 'Complete', 'First report taken in June.', '', ''],
    ['K4', '4', 'Relative likelihood 0.94', 'Keep the funded CPD panel’s membership mixed and publish who was funded.', 'Head of Education', 'Dec 2026', '', '', 'Amber', 'Panel membership agreed; publication waiting for the new LMS.'],
    ['Indicators 5–8: staff survey'],
    ['K5', '5, 6', '31.2% / 28.0%', 'Roll out the Speak Up, Listen Up, Follow Up training to all ward and department managers.', 'Freedom to Speak Up Guardian', 'Mar 2027', 'Red', 'No trainer until August.', 'Amber', '190 of 610 managers trained.'],
    ['K6', '7', '44.5%', 'Guarantee an interview for the next role to BME staff who complete the Mary Seacole programme.', 'Head of Leadership', 'Mar 2027', 'Green', 'Offer written into the programme handbook.', '', ''],
    ['K7', '8', '16.8%', 'Give the race equality network a standing slot at the monthly Team Brief to report incidents and responses.', 'Chief People Officer', 'Jul 2026', 'Green', 'Slot agreed.', 'Complete', 'Three slots used since July.'],
    ['Indicator 9: board'],
    ['K8', '9', '2 of 14 voting members', 'Use a search firm with a diverse longlist target for the two non-executive vacancies due in 2027.', 'Chair', 'Jan 2027', '', '', '', 'Governors’ nominations committee agreed the brief.'],
  ];
  const secs = []; let theme = null;
  for (const r of rows) {
    if (r.length === 1) { secs.push(p.line(r, { merge: ['A', 'N'], style: { bold: true, fill: C.palegrey } })); theme = r[0]; continue; }
    const [ref, ind, base, act, lead, dl, r1, c1, r2, c2] = r;
    const st = r2 || r1; const prog = c2 || c1;
    const rs = (x) => (x ? { fill: F[x], alignment: { horizontal: 'center' } } : {});
    p.action([...r, '', '', '', ''], { ref, indicators: ind.split(', '), theme, action: act, lead, due: dl, status: st, rag: RG[st] ?? null, progress: prog }, { styles: [{}, { alignment: { horizontal: 'center' } }, { color: 'FF595959' }, {}, {}, {}, rs(r1), {}, rs(r2), {}, {}, {}, {}, {}] });
  }
  p.blank();
  p.line(['RAG: Green on track · Amber some risk · Red off track · Complete.  Q3 due to the Equality, Diversity & Inclusion Committee in January 2027.'], { merge: ['A', 'N'] });
  const NOTES = "Original plan (fictional teaching hospital foundation trust). Sheet 'WRES 2026-27': a dark-blue title bar naming the trust and year, an italic line 'Position at the end of Q2 (30 September 2026) …', a blank row, the header 'Ref | Ind. | Baseline (2026 data) | Action | Lead | Deadline | Q1 RAG | Q1 commentary | Q2 RAG | Q2 commentary | Q3 RAG | Q3 commentary | Q4 RAG | Q4 commentary' (row 4, frozen at D) – in each quarter pair the RAG word comes BEFORE its commentary – three indicator-group section rows with eight actions K1–K8, a blank row and a key line. Only Q1 and Q2 are written; Q3 and Q4 are empty on every row. RAG words on fills (Green, Amber, Red, Complete light blue). Judgement calls: status = the LATEST quarter RAG stated and rag from its fill (K3 and K6 have no Q2 → Q1's 'Complete' / 'Green'; K4 rated only in Q2; K8 has a Q2 commentary but no RAG in either quarter → status '', rag null); progress = the latest commentary written (K8's Q2 commentary); the Baseline column (2026 figures) is context, never progress or outcome; theme = the indicator-group section row above; ref as written; lead = Lead; due = Deadline as typed ('Mar 2027'); indicators from 'Ind.' ('5, 6' → both); the 30 September 2026 position date and the January 2027 committee date are no dues.";
  await book.save(`${p.name}.xlsx`);
  p.saveGold(NOTES, { latest: { ragCols: ['G', 'I', 'K', 'M'], updCols: ['H', 'J', 'L', 'N'], ragMode: 'fill' }, sections: secs, notFrom: ['C'], forbidden: ['January 2027', '30 September 2026'] });
}
