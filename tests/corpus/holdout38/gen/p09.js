// holdout38-wres-2025-26-ashbury: a primary-care collaborative's race equality plan on its ICB's primary-care template – a vertical
// label | value block, a two-row header with a 'Delivery 2025/26' strip of quarter columns marked 'X', an 'Owner' column, and a
// progress note; no refs, no status.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Ashbury Primary Care Collaborative';
  const p = new Plan(book, { name: 'holdout38-wres-2025-26-ashbury', sheet: 'Plan', standard: 'WRES', period: '2025-26', trust, widths: [54, 12, 28, 6, 6, 6, 6, 40], font: { name: 'Arial', size: 10 } });
  p.line(['NHS Kenning Vale Integrated Care Board – Primary Care Workforce Race Equality Plan (template for GP practices, PCNs and collaboratives)'], { merge: ['A', 'H'], style: { bold: true, fill: C.teal, color: C.white }, height: 30 });
  const lab = { bold: true, fill: C.palegrey };
  const kv = (k, v) => p.line([k, v], { merge: ['B', 'H'], border: true, styles: [lab, {}] });
  const block = [
    kv('Organisation', `${trust} (12 practices across 3 PCNs)`),
    kv('Plan year', '2025/26'),
    kv('Named EDI lead', 'Dr Priya Nandakumar, Clinical Director'),
    kv('Staff in scope', '418 employed staff (GP partners excluded)'),
    kv('WRES data used', 'Primary care WRES pilot survey, March 2025'),
  ];
  p.blank();
  const hs = { fill: C.teal, color: C.white, alignment: { horizontal: 'center', vertical: 'middle' } };
  const h1 = p.header(['Action', 'WRES indicator', 'Owner', 'Delivery 2025/26', '', '', '', 'Progress note'], { style: hs, merge: ['D', 'G'] });
  const h2 = p.header(['', '', '', 'Q1', 'Q2', 'Q3', 'Q4', ''], { style: hs });
  for (const c of ['A', 'B', 'C', 'H']) p.ws.mergeCells(`${c}${h1}:${c}${h2}`);
  const Q = ['Q1', 'Q2', 'Q3', 'Q4'];
  const acts = [
    ['Agree a single recruitment pack for all twelve practices, with an inclusive advert template and a diverse panel for every salaried GP and practice manager post.', '2', ['2'], 'Collaborative Workforce Lead', [1, 1, 0, 0], 'Pack drafted; two practices trialling it.'],
    ['Ask every practice to record staff ethnicity on the collaborative’s shared HR system.', '1', ['1'], 'Practice Managers’ Forum chair', [1, 0, 0, 0], 'Done – 94% recorded.'],
    ['Offer funded places on the ICB’s primary care leadership programme to ethnic minority nurses, pharmacists and practice managers.', '7', ['7'], 'Dr Priya Nandakumar', [0, 1, 1, 1], ''],
    ['Write a shared policy on racist abuse from patients, including when a patient is removed from the list, and brief reception teams on it.', '5', ['5'], 'Operations Director', [0, 1, 1, 0], 'Policy at LMC for comment.'],
    ['Set up a race equality network across the three PCNs with protected time for members to attend.', '6, 8', ['6', '8'], 'Collaborative Workforce Lead', [1, 1, 1, 1], 'First meeting 9 July; 31 members.'],
    ['Make sure ARRS roles are offered training and CPD on the same terms as practice-employed staff, and check uptake by ethnicity.', '4', ['4'], 'Training Hub lead', [0, 0, 1, 1], ''],
    ['Bring grievance and disciplinary cases across practices into one log so that outcomes by ethnicity can be reviewed.', '3', ['3'], 'HR Adviser (collaborative)', [0, 0, 0, 1], ''],
    ['Report the ethnic make-up of the collaborative board and PCN clinical directors in the annual report.', '9', ['9'], 'Operations Director', [0, 0, 0, 1], ''],
  ];
  for (const [act, w, inds, own, q, note] of acts) {
    const last = q.lastIndexOf(1);
    p.action([act, w, own, ...q.map((x) => (x ? 'X' : '')), note], { indicators: inds, action: act, lead: own, due: last >= 0 ? Q[last] : '', progress: note },
      { styles: [{}, { alignment: { horizontal: 'center' } }, {}, ...q.map(() => ({ alignment: { horizontal: 'center' }, bold: true })), {}] });
  }
  p.blank();
  p.line(['Please return to the ICB primary care workforce team by 30 June 2025 and update the progress note at the mid-year check-in.'], { merge: ['A', 'H'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional organisation, a primary-care collaborative of twelve GP practices in three PCNs) on its ICB's primary-care TEMPLATE (sheet 'Plan'): a teal template title naming the ICB, then a VERTICAL label | value block (Organisation – the collaborative's name followed by '(12 practices across 3 PCNs)', Plan year '2025/26', Named EDI lead 'Dr Priya Nandakumar, Clinical Director', Staff in scope, WRES data used), a blank row, a TWO-ROW HEADER ('Action | WRES indicator | Owner | Delivery 2025/26 | Progress note' with 'Delivery 2025/26' merged over four quarter columns 'Q1 | Q2 | Q3 | Q4' below it; the other headers merged down). Eight actions, no numbers; each has bold 'X' marks in the quarters it is delivered (one marked in all four). A return instruction under the grid. Judgement calls: the trust identity is the collaborative's name as the Organisation cell states it (the practice count in brackets is description); the block gives no field – the Named EDI lead is not a lead (an action whose Owner is 'Dr Priya Nandakumar' takes the Owner cell as written, without the role); due = the LAST quarter marked 'X' as its header reads ('Q4', 'Q1' …), the plan year being 2025/26 – the first marked quarter is a start; the 'X' marks are the timeline, not a status (status '', rag null – the plan has no status column); indicators from 'WRES indicator' ('6, 8' → ['6','8']); progress = Progress note where filled ('Done – 94% recorded.' is a note, not a status); ref ''; theme null.",
    { gantt: { headerRow: h2, from: 4, to: 7, mark: 'X' }, dataRows: block, forbidden: ['Dr Priya Nandakumar, Clinical Director', '2025/26', '30 June 2025'] });
}
