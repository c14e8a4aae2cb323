// holdout65-wres-2019-20-marlowcombe: community trust; a 'Cost / resource' column of pound figures; two actions hold several lines
// inside one cell (Alt+Enter bullets) – one action each; status words on fills.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Marlowcombe Community Health NHS Trust';
  const p = new Plan(book, { name: 'holdout65-wres-2019-20-marlowcombe', sheet: 'Action plan', standard: 'WRES', period: '2019-20', trust, widths: [8, 60, 14, 26, 22, 14, 14] });
  p.line([trust], { merge: ['A', 'G'], style: { bold: true, font: { size: 12 }, color: C.nhs } });
  p.line(['WRES Action Plan 2019-20 (based on the WRES data submitted in August 2019)'], { merge: ['A', 'G'], style: { bold: true } });
  p.blank();
  p.header(['Ref', 'Action', 'WRES indicator(s)', 'Lead', 'Cost / resource', 'Due', 'RAG'], { style: { fill: C.grey } });
  const F = 'dd/mm/yyyy';
  const G = { fill: C.green }, A = { fill: C.amber }, R = { fill: C.red };
  const rows = [
    ['MC1', 'Refresh the recruitment and selection policy so that:\n• every panel has a member from a BME background\n• shortlisting is done with names removed\n• interview questions are agreed before the advert closes', '2', 'Head of HR Operations', '£2,000 (training for panel members)', D(2019, 12, 31), 'On track', A],
    ['MC2', 'Hold a "reverse mentoring" pilot pairing eight BME staff with members of the executive team.', '7, 9', 'Director of Workforce', 'Within existing budget', D(2020, 1, 31), 'Complete', G],
    ['MC3', 'Check every disciplinary investigation for bias with a second reviewer before the case goes to a hearing.', '3', 'Employee Relations Lead', 'Within existing budget', D(2019, 11, 30), 'On track', A],
    ['MC4', 'Ring-fence places on the Band 5-6 leadership course for BME staff in district nursing teams.', '4', 'Head of Learning and Development', '£4,500', D(2020, 3, 31), 'Delayed', R],
    ['MC5', 'Make the anti-harassment message visible to patients in every clinic:\n• posters in waiting areas\n• a line in appointment letters\n• a reporting route on the staff intranet', '5', 'Associate Director of Nursing', '£1,200 (print)', D(2020, 2, 29), 'On track', A],
    ['MC6', 'Give every team leader a half-day workshop on handling complaints of bullying between colleagues.', '6, 8', 'Head of OD', '£3,000', D(2020, 3, 31), 'Delayed', R],
    ['MC7', 'Write up the BME network\'s terms of reference and agree protected time for the chair (two days a month).', '7', 'Chief Executive', '0.1 WTE backfill', D(2019, 10, 31), 'Complete', G],
    ['MC8', 'Report progress on this plan to the Quality and Workforce Committee every quarter.', 'All', 'Equality and Inclusion Manager', 'Nil', D(2020, 3, 31), 'On track', A],
  ];
  for (const [ref, act, ind, lead, cost, due, st, fill] of rows) {
    const inds = ind === 'All' ? ['1', '2', '3', '4', '5', '6', '7', '8', '9'] : ind.split(', ');
    p.action([ref, act, ind, lead, cost, due, st], { ref, indicators: inds, action: act, lead, due: shown(due, F), status: st, rag: fill === G ? 'green' : fill === A ? 'amber' : 'red' }, { styles: [{}, {}, { alignment: { horizontal: 'center' } }, {}, {}, { numFmt: F }, fill] });
  }
  p.blank();
  p.line(['RAG: Green = complete; Amber = on track; Red = delayed or at risk.'], { merge: ['A', 'G'], style: { italic: true, font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional community trust). Trust name (row 1), title (row 2), a blank row, one header 'Ref | Action | WRES indicator(s) | Lead | Cost / resource | Due | RAG' (row 4, grey), eight actions MC1–MC8 (rows 5–12), a blank row and a RAG key line (row 14). Due dates real, shown dd/mm/yyyy. Quirks: a COST / RESOURCE column of money and staffing figures ('£2,000 (training for panel members)', '£4,500', '0.1 WTE backfill', 'Nil') and TWO ACTIONS WRITTEN AS A LEAD SENTENCE WITH BULLETS INSIDE ONE CELL (MC1, MC5 – Alt+Enter lines starting '•'). Judgement calls: each bulleted cell is ONE action (its whole text, lines kept) – the bullets are not separate actions; the cost figures give nothing (not indicators, dues or outcomes); indicators from the indicator column ('7, 9' → two; 'All' → all nine); status = the word, rag = its fill (On track sits on AMBER here, as the key says – rag amber, not green); the key line is no action.", { cols: { ref: 'A', action: 'B', ind: 'C', lead: 'D', due: 'F', status: 'G', traps: ['E'] }, mode: 'fill', ragCol: 'G' });
}
