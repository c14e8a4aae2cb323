// holdout41-wdes-2022-23-ribbleford: a commissioning support unit's WDES plan for its own staff, kept by its people team. A status KEY
// of the team's own capitalised code words (GO / DONE / WAIT / HOLD) sits above the header; the Metric cell is MERGED DOWN over each
// metric's actions and written 'M4a, 4b – …'; statuses are also hand-filled (HOLD in grey); metric 10 is ruled out in a line below.
import { Book, Plan, C, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Ribbleford and Pennine Commissioning Support Unit';
  const font = { name: 'Calibri', size: 11 };
  const p = new Plan(book, { name: 'holdout41-wdes-2022-23-ribbleford', sheet: 'WDES 22-23', standard: 'WDES', period: '2022-23', trust, widths: [30, 60, 22, 12, 10], font });
  p.line([trust], { style: { bold: true, font: { size: 13 } } });
  p.line(['WDES action plan 2022/23 (CSU staff)'], { style: { bold: true } });
  const key = p.line(['Status key:  GO = under way    DONE = finished    WAIT = waiting on someone else    HOLD = paused'], { merge: ['A', 'E'], style: { italic: true } });
  p.blank();
  p.header(['Metric', 'Action', 'Owner', 'Timescale', 'Status'], { style: { fill: C.darkblue, color: C.white } });
  const F = { DONE: C.green, GO: C.lightgreen, WAIT: C.amber, HOLD: C.grey };
  const R = { DONE: 'green', GO: 'green', WAIT: 'amber', HOLD: null };
  const groups = [
    ['M1 – disabled staff by pay band', ['1'], [
      ["Show the Disability Confident Leader badge we hold on every advert and on the careers page.", 'People Team', 'Q2', 'DONE'],
      ['Ask all staff to check and update their disability status on ESR during the data refresh week.', 'People Team / Comms', 'Oct 22', 'DONE'],
    ]],
    ['M4a, 4b – harassment and reporting it', ['4a', '4b'], [
      ["Add a 'report it' button to the intranet that goes straight to the Freedom to Speak Up guardian.", 'Digital (MS)', 'Dec 22', 'WAIT'],
      ['Train team leaders to respond well when a disabled colleague reports harassment.', 'L&D', 'Feb 23', 'GO'],
    ]],
    ['M5 – career progression', ['5'], [
      ['Ring-fence two places on the Stepping Forward course for disabled staff.', 'L&D', 'Sep 22', 'DONE'],
      ['Offer a career conversation with a qualified coach to any disabled colleague who asks.', 'L&D', 'Mar 23', 'HOLD'],
    ]],
    ['M7 – feeling valued', ['7'], [
      ["Publish a short 'adjustments that worked' story each month from staff who are happy to share.", 'Comms', 'monthly', 'GO'],
    ]],
    ['M9a, 9b – engagement and voice', ['9a', '9b'], [
      ["Set up the CSU's own disabled staff network, with protected time for its chair.", 'Head of People', 'Nov 22', 'GO'],
      ['Give the new network a standing item at the staff partnership forum.', 'Head of People', 'Jan 23', 'WAIT'],
    ]],
  ];
  for (const [m, inds, acts] of groups) {
    let first = null;
    for (const [a, owner, when, st] of acts) {
      const r = p.action([first ? '' : m, a, owner, when, st], { indicators: inds, action: a, lead: owner, due: when, status: st, rag: R[st] }, { styles: [{ bold: true, fill: C.paleblue }, {}, {}, {}, { fill: F[st], alignment: { horizontal: 'center', vertical: 'top' } }] });
      first = first || r;
    }
    mergeDown(p.ws, 'A', first, p.r);
  }
  p.blank();
  const m10 = p.line(['Metric 10 (Board) – not applicable to the CSU: we report through the host body\'s Board.'], { merge: ['A', 'E'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold(`Invented layout: a commissioning support unit's WDES plan for its own staff, Calibri 11 on sheet 'WDES 22-23': the CSU's name (row 1), 'WDES action plan 2022/23 (CSU staff)' (row 2), an italic STATUS KEY line of the team's own code words 'GO = under way  DONE = finished  WAIT = waiting on someone else  HOLD = paused' (row ${key}), a blank row, one navy header 'Metric | Action | Owner | Timescale | Status' (row 5), then nine actions. The pale-blue bold Metric cell is MERGED DOWN over each metric's actions ('M1 – disabled staff by pay band', 'M4a, 4b – harassment and reporting it', 'M5 – …', 'M7 – …', 'M9a, 9b – …'). The Status cell holds a code word on a hand fill (DONE dark green, GO light green, WAIT amber, HOLD grey). An italic line under the table (row ${m10}) says metric 10 does not apply. Judgement calls: indicators from the merged Metric cell for every action under it, '4b' and '9b' read with the metric number written before them ('M4a, 4b' → ['4a','4b']); the metric cell is context, not a theme (theme null); the key line and the metric-10 line are non-action rows and give no indicator; status = the code word as written ('GO', 'DONE', 'WAIT', 'HOLD'), rag = the fill (GO on light green → green, HOLD on grey → null – grey is no RAG colour); lead = the Owner as written ('People Team / Comms', 'Digital (MS)'); due as written ('Q2', 'Oct 22', 'monthly', 'Sep 22'); no ref or progress.`,
    { ragCol: 'E', mode: 'fill', dataRows: [key, m10], indCol: { col: 'A', merged: true } });
}
