// holdout32-wdes-2025-26-pendleford: the OD team's quarterly WDES tracker: a two-row header with a merged band for each quarter
// (Q1–Q4, each 'RAG | Update' beneath), the quarters not yet reached already drawn and empty, a 'Direction' arrow column, priority
// rows, a key line; an action added at Q2 ('–' for Q1), one lead who did not return a Q2 update, one action closed in Q1.
import { Book, Plan, C, D, shown, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Pendleford Care NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout32-wdes-2025-26-pendleford', sheet: 'WDES 25-26 tracker', standard: 'WDES', period: '2025-26', trust,
    widths: [6, 10, 46, 22, 11, 6, 30, 6, 30, 6, 22, 6, 22, 9], font: { name: 'Arial', size: 10 } });
  const ws = p.ws;
  p.line([trust], { style: { bold: true, color: 'FF005EB8' } });
  p.line(['WDES action plan 2025/26 – quarterly progress (kept by the OD team)'], { style: { bold: true, font: { size: 13 } } });
  p.line(['Leads send updates by the 10th working day after quarter end. RAG: G on track · A some slippage · R off track · C complete. Direction compares the last two quarters: ↑ better · → same · ↓ worse.'], { style: { italic: true, font: { size: 9 } }, merge: ['A', 'N'] });
  const QH = { fill: 'FF5B2C6F', color: C.white, alignment: { horizontal: 'center', vertical: 'middle' } };
  const h1 = p.header(['Ref', 'Metric', 'Action', 'Lead', 'Target date', 'Q1 (Apr–Jun 25)', undefined, 'Q2 (Jul–Sep 25)', undefined, 'Q3 (Oct–Dec 25)', undefined, 'Q4 (Jan–Mar 26)', undefined, 'Direction'],
    { style: QH, merge: [['F', 'G'], ['H', 'I'], ['J', 'K'], ['L', 'M']] });
  const h2 = p.header([undefined, undefined, undefined, undefined, undefined, 'RAG', 'Update', 'RAG', 'Update', 'RAG', 'Update', 'RAG', 'Update'], { style: { ...QH, fill: 'FF8E6C9F' } });
  for (const c of ['A', 'B', 'C', 'D', 'E', 'N']) ws.mergeCells(`${c}${h1}:${c}${h2}`);
  const F = { G: C.green, A: C.amber, R: C.red, C: C.blue }; const RAG = { G: 'green', A: 'amber', R: 'red', C: 'blue' };
  const fm = 'mmm yyyy';
  const P = [
    ['Priority 1 – Getting adjustments right first time', [
      ['1.1', 'Metric 7', 'Move workplace adjustment requests onto one online form with a 30-day decision standard, tracked by HR.', 'Head of HR Operations', D(2025, 9, 30), ['A', 'Form built; testing with the Disability Network.'], ['G', 'Live 01/09; 22 requests, median 19 days.'], '↑'],
      ['1.2', '4a, 4b', 'Train all ward managers and team leaders on the adjustments conversation and on handling disability-related harassment.', 'Head of Leadership and OD', D(2026, 3, 31), ['G', 'Module written; 3 pilot sessions.'], ['A', 'Ward manager uptake 34% – below plan.'], '↓'],
      ['1.3', 'Metric 6', 'Publish a short guide on adjustments for staff working from home and in the community teams.', 'HR Policy Lead', D(2025, 6, 30), ['C', 'Published 20/06 on the intranet.'], ['C', ''], '→'],
    ]],
    ['Priority 2 – Progression and voice', [
      ['2.1', 'Metric 5', 'Hold a career conversation with every disabled colleague at Bands 3–6 who asks for one, with the Network co-designing the offer.', 'Head of Leadership and OD', D(2026, 1, 31), ['G', 'Offer co-designed; 15 requests.'], ['G', '41 conversations held, 9 moved onto development.'], '↑'],
      ['2.2', '9a', 'Survey disabled staff on engagement mid-year through the pulse survey and report the results by directorate.', 'Staff Experience Lead', D(2025, 12, 31), ['A', 'Questions agreed; pulse moved to October.'], ['', ''], '→'],
      ['2.3', '10', 'Set a target for Board members who share that they are disabled and include lived experience in the next NED recruitment.', 'Company Secretary', D(2026, 3, 31), ['R', 'Not discussed at Nominations Committee.'], ['A', 'On Nominations Committee agenda for November.'], '↑'],
      ['2.4', '9b', 'Give Disability Network members protected time to attend network meetings (two hours a month), written into the network ToR.', 'Chief People Officer', D(2025, 12, 31), ['–', '–'], ['G', 'New in Q2 – agreed at People Committee 18/09.'], ''],
    ]],
    ['Priority 3 – Data', [
      ['3.1', 'Metric 1', 'Raise ESR disability declaration from 6% to 10% through a self-service campaign with the Network.', 'Workforce Information Manager', D(2026, 3, 31), ['G', 'Campaign planned for Q2.'], ['R', 'Campaign delayed by ESR upgrade; declaration 6.2%.'], '↓'],
      ['3.2', '2 / 3', 'Analyse shortlisting and capability cases for disabled staff every six months and report to the Workforce Committee.', 'Workforce Information Manager', D(2026, 3, 31), ['G', 'First report to Committee in July.'], ['G', 'Report presented 24/07; next January.'], '→'],
    ]],
  ];
  const secs = [];
  for (const [pri, acts] of P) {
    secs.push(p.line([pri], { style: { bold: true, fill: 'FFE4DFEC' }, merge: ['A', 'N'], border: true }));
    for (const [ref, met, act, lead, due, q1, q2, dir] of acts) {
      const qs = [q1, q2];
      let last = null; qs.forEach(([r, u], i) => { if (F[r]) last = i; });
      const [lr, lu] = qs[last]; const prog = qs[last][1] || (last > 0 ? qs[last - 1][1] : '');
      const inds = met.match(/\d+[ab]?/g);
      const rag = (v) => ({ fill: F[v] || undefined, bold: true, alignment: { horizontal: 'center' } });
      p.action([ref, met, act, lead, due, q1[0] || undefined, q1[1] || undefined, q2[0] || undefined, q2[1] || undefined, undefined, undefined, undefined, undefined, dir || undefined],
        { ref, indicators: inds, theme: pri, action: act, lead, due: shown(due, fm), status: lr, rag: RAG[lr], progress: prog },
        { styles: [{}, {}, {}, {}, { numFmt: fm }, rag(q1[0]), {}, rag(q2[0]), {}, {}, {}, {}, {}, { alignment: { horizontal: 'center' }, font: { size: 12 } }] });
    }
  }
  ws.views = [{ state: 'frozen', ySplit: h2, xSplit: 3 }];
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional mental health and community trust) as its OD TEAM tracks it quarter by quarter: the trust, a title, an italic key line (updates due by the 10th working day; RAG G / A / R / C = complete; Direction arrows ↑ → ↓), then a TWO-ROW HEADER (rows 4–5): 'Ref | Metric | Action | Lead | Target date' and 'Direction' merged over both rows, and a purple band per quarter – 'Q1 (Apr–Jun 25)', 'Q2 (Jul–Sep 25)', 'Q3 (Oct–Dec 25)', 'Q4 (Jan–Mar 26)' each merged over two columns with 'RAG | Update' under it. Q3 and Q4 are drawn but EMPTY (the sheet is at the Q2 return). Three lilac priority rows. Each quarter's RAG is a letter on a solid fill (C on blue). Action 2.4 was ADDED AT Q2 ('–' in both Q1 cells, 'New in Q2 – …'); action 2.2's lead sent NO Q2 update (Q2 cells blank); action 1.3 was closed in Q1 and carries a C with no words in Q2. Judgement calls: status and rag come from the LATEST QUARTER WITH A RAG LETTER (Q2 for most, Q1 for 2.2), status = the letter as written, rag = its fill (C → blue); progress = that quarter's update, or, where the latest RAG has no words (1.3), the last update written ('Published 20/06 on the intranet.'); earlier quarters are history; the Direction arrows are not statuses; theme = the priority row; indicators from Metric ('4a, 4b', '2 / 3', '9a'); lead = Lead; due = Target date as displayed ('Sep 2025'); both header rows are header rows, the key line is context.",
    { sections: secs, latestQ: { pairs: [['F', 'G'], ['H', 'I'], ['J', 'K'], ['L', 'M']] }, notFrom: ['N'] });
}
