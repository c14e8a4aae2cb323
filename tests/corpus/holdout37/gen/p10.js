// holdout37-wdes-2024-25-northbrook: an acute trust's WDES plan whose MAPPING TO THE SIX HIGH IMPACT ACTIONS IS A TICK GRID – six narrow
// columns headed 1 to 6 under a merged 'High impact action(s)' cell, a '✓' where the action contributes – beside a separate Metric column.
// After North West Ambulance Service's WDES plan (each action cross-referenced to the WDES metrics, the trust's EDI priorities and the
// HIAs 'as numbers'); the tick grid itself is ASSUMED (see SOURCES.md).
import { Book, Plan, C, D } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Northbrook and Ferrall Hospitals NHS Trust';
  const p = new Plan(book, { name: 'holdout37-wdes-2024-25-northbrook', sheet: 'WDES action plan', standard: 'WDES', period: '2024-25', trust, widths: [5, 11, 52, 30, 10, 4, 4, 4, 4, 4, 4, 40], font: { name: 'Calibri', size: 10 } });
  p.line([`${trust} – Workforce Disability Equality Standard action plan 2024-25`], { merge: ['A', 'L'], style: { bold: true, font: { size: 12 } } });
  p.line(['A tick shows which of the six high impact actions of the NHS EDI Improvement Plan each action contributes to. Updates as at 30 September 2024.'], { merge: ['A', 'L'] });
  p.blank();
  const H = { fill: C.lilac, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } };
  const h1 = p.header(['No.', 'Metric', 'Action', 'Owner', 'Target date', 'High impact action(s)', '', '', '', '', '', 'Update (September 2024)'], { style: H });
  const h2 = p.header(['', '', '', '', '', '1', '2', '3', '4', '5', '6', ''], { style: H });
  p.ws.mergeCells(`F${h1}:K${h1}`); for (const c of ['A', 'B', 'C', 'D', 'E', 'L']) p.ws.mergeCells(`${c}${h1}:${c}${h2}`);
  const T = '✓';
  const rows = [
    ['1', 'Metric 1', 'Ask every colleague to check their disability status in ESR during Disability History Month, with managers prompting at one-to-ones.', 'Kemi Adewale (Workforce Information Lead)', D(2024, 12, 31), [2], 'Campaign planned for November–December.'],
    ['2', 'Metric 2', 'Make the guaranteed interview scheme part of the recruitment system so that it cannot be skipped at shortlisting.', 'Owen Pritchard (Head of Resourcing)', D(2024, 10, 31), [2], 'System change tested; goes live in October.'],
    ['3', 'Metric 3', 'Add a reasonable adjustments checkpoint to the capability policy before any formal stage.', 'Helen Marsh (Head of HR Policy)', D(2024, 9, 30), [4, 6], 'Policy approved in September.'],
    ['4', 'Metric 4a', 'Run "respect at work" sessions for the five teams with the highest harassment scores for disabled staff.', 'Dr Ravi Sethi (Head of OD)', D(2025, 3, 31), [6], 'Two of five teams done.'],
    ['5', 'Metric 4b', 'Show disabled colleagues how to report harassment, with a simplified form and a named contact in each division.', 'Lucy Brennan (Head of Risk)', D(2024, 11, 30), [6], 'Form simplified; contacts being named.'],
    ['6', 'Metric 5', 'Reserve places for disabled colleagues on the aspiring leaders programme and track their progression.', 'Dr Ravi Sethi (Head of OD)', D(2025, 1, 31), [2], ''],
    ['7', 'Metric 8', 'Agree an adjustments passport with every disabled colleague who asks, reviewed at appraisal.', 'Sam Okoro (Wellbeing Lead)', D(2025, 3, 31), [4], '118 passports agreed so far.'],
    ['8', 'Metric 9b', 'Fund the Disability Network\'s awareness programme and give its chair a standing slot at the People Committee.', 'Angela Stroud (Chief People Officer)', D(2024, 7, 31), [1, 6], 'Complete – budget agreed and slot in place since July.'],
    ['9', 'Metric 10', 'Invite every Board member to complete the disability confident leadership session and set a disability objective.', 'Angela Stroud (Chief People Officer)', D(2024, 12, 31), [1], 'Session booked for the November Board development day.'],
    ['10', 'Metrics 6 & 7', 'Bring in a return-to-work conversation guide that covers adjustments and workload.', 'Sam Okoro (Wellbeing Lead)', D(2025, 2, 28), [4], 'Draft guide with the Disability Network.'],
  ];
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  for (const [no, m, a, owner, due, hias, upd] of rows) {
    const ticks = [1, 2, 3, 4, 5, 6].map((h) => (hias.includes(h) ? T : ''));
    const C6 = { alignment: { horizontal: 'center', vertical: 'top' } };
    p.action([no, m, a, owner, due, ...ticks, upd], { ref: no, indicators: m.match(/\d+[ab]?/g), action: a, lead: owner, due: `${mon[due.getUTCMonth()]}-${String(due.getUTCFullYear()).slice(2)}`, progress: upd }, { styles: [C6, {}, {}, {}, { numFmt: 'mmm-yy', alignment: { horizontal: 'left', vertical: 'top' } }, C6, C6, C6, C6, C6, C6] });
  }
  p.blank();
  p.line(['High impact actions: 1 Board objectives · 2 Recruitment and talent · 3 Pay gaps · 4 Health inequalities · 5 International recruits · 6 Bullying, harassment and violence.'], { merge: ['A', 'L'], style: { italic: true, font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute trust): a title naming the trust and the plan, a line saying a tick shows which of the six high impact actions of the NHS EDI Improvement Plan each action contributes to (updates as at 30 September 2024), a blank row, then a TWO-ROW lilac HEADER – row 4 'No. | Metric | Action | Owner | Target date | High impact action(s) | Update (September 2024)' with 'High impact action(s)' merged across six narrow columns F–K and the other cells merged down; row 5 the numbers 1 2 3 4 5 6 under it – then ten actions with a '✓' in one or two HIA columns, and an HIA legend line below. Judgement calls: the HIA tick grid has no gold field – the column numbers 1–6 are HIA numbers, NOT metrics, and a tick is neither a status nor an indicator (action 3's ticks under 4 and 6 do not make it metric 4 or 6); indicators from the Metric column only ('Metric 4a' → ['4a'], 'Metrics 6 & 7' → ['6','7']); lead = Owner written whole with the role in brackets ('Kemi Adewale (Workforce Information Lead)'); due = Target date as shown (real dates, 'mmm-yy': 'Dec-24'); progress = the September update ('' for action 6); no status column (status '', rag null – 'Complete – …' in action 8's update is progress text); both header rows are header rows; ref = No.; theme null.", { crossRef: { metricCol: 'B', otherCols: [] }, notFrom: ['F', 'G', 'H', 'I', 'J', 'K'], forbidden: ['✓'] });
}
