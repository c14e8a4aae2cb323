// holdout50-wdes-2021-22-northmoor: THREE TRUSTS in a group sharing one WDES plan – an 'Applies to' tick block with one column per trust under a two-row header.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Northmoor and Brackendale Care Group';
  const p = new Plan(book, { name: 'holdout50-wdes-2021-22-northmoor', sheet: 'Group WDES', standard: 'WDES', period: '2021-22', trust, widths: [7, 10, 56, 7, 7, 7, 28, 12, 14], font: { name: 'Calibri', size: 11 } });
  p.line([`${trust}: Workforce Disability Equality Standard action plan 2021-22`], { merge: ['A', 'I'], style: { bold: true, font: { size: 14 }, color: 'FF833C0B' } });
  p.line(['Northmoor Mental Health NHS Foundation Trust (NMH), Northmoor Community Services NHS Trust (NCS) and Brackendale Learning Disability Services NHS Trust (BLD) share a chair, a chief executive and a people directorate. This plan replaces the three separate plans of 2020-21. A tick shows which trust the action covers.'], { merge: ['A', 'I'], height: 46 });
  p.blank();
  const hs = { fill: 'FFF8CBAD', alignment: { horizontal: 'center', vertical: 'middle' } };
  const h1 = p.header(['Ref', 'WDES metric', 'Action', 'Applies to', '', '', 'Group lead', 'By', 'Where we are'], { style: hs });
  const h2 = p.header(['', '', '', 'NMH', 'NCS', 'BLD', '', '', ''], { style: hs });
  for (const c of ['A', 'B', 'C', 'G', 'H', 'I']) p.ws.mergeCells(`${c}${h1}:${c}${h2}`);
  p.ws.mergeCells(`D${h1}:F${h1}`);
  const T = '✓';
  const rows = [
    ['NB1', '1', 'Give every colleague a reason to share their disability status: a short film made with the three disability networks, shown at team briefs.', [1, 1, 1], 'Group Director of People', 'Sep 2021', 'Done'],
    ['NB2', '2', 'Bring NCS and BLD into the Disability Confident Leader scheme already held by NMH, using NMH\'s recruitment guidance.', [0, 1, 1], 'Head of Resourcing', 'Mar 2022', 'Under way'],
    ['NB3', '3', 'Ask an independent HR adviser to review every capability case that reaches a formal hearing, checking whether adjustments were offered.', [1, 1, 1], 'Group Head of Employee Relations', 'Dec 2021', 'Under way'],
    ['NB4', '4a', 'Tackle harassment of disabled staff by service users on the inpatient wards, using the violence reduction team\'s post-incident support.', [1, 0, 1], 'Associate Director of Nursing (Inpatients)', 'Jan 2022', 'Under way'],
    ['NB5', '4b', 'Make it simple to report harassment by reducing the Datix form for staff-on-staff incidents to one page and adding an anonymous option.', [1, 1, 1], 'Head of Patient Safety', 'Nov 2021', 'Done'],
    ['NB6', '5', 'Ring-fence two places on each leadership course for disabled staff at NCS, where the network says progression is hardest.', [0, 1, 0], 'Head of Leadership and OD', 'Feb 2022', 'Not yet'],
    ['NB7', '6, 7', 'Offer every disabled colleague in community teams a workplace assessment within six weeks of asking, tracked by the group adjustments service.', [0, 1, 1], 'Occupational Health Lead', 'Mar 2022', 'Not yet'],
    ['NB8', '9a', 'Merge the three disability networks into one group network with a chair from each trust and time off for network work.', [1, 1, 1], 'Group Director of People', 'Oct 2021', 'Done'],
    ['NB9', '10', 'Ask each trust\'s board members to update their own disability information, and report the result to the Group Board in common.', [1, 1, 1], 'Group Company Secretary', 'Jun 2021', 'Done'],
  ];
  for (const [ref, m, act, ticks, lead, by, st] of rows) {
    p.action([ref, m, act, ...ticks.map((t) => (t ? T : '')), lead, by, st], { ref, indicators: m.split(', '), action: act, lead, due: by, status: st, rag: null }, { styles: [{}, { alignment: { horizontal: 'center' } }, {}, { alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }] });
  }
  p.blank();
  p.line(['Metric 4a = disabled staff experiencing harassment, bullying or abuse; 4b = whether they or a colleague reported it the last time (2021 numbering used throughout).'], { merge: ['A', 'I'], style: { italic: true, font: { size: 9 } } });
  p.line(['Signed off by the Group People Committee, 22 June 2021.'], { merge: ['A', 'I'], style: { italic: true, font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional GROUP OF THREE TRUSTS – a mental health FT, a community trust and a learning disability trust sharing a chair, chief executive and people directorate) on one sheet 'Group WDES', Calibri 11: a title naming the Group, a paragraph naming the three trusts with their abbreviations and saying a tick shows which trust an action covers, a TWO-ROW peach header ('Ref | WDES metric | Action | Applies to | Group lead | By | Where we are' with 'Applies to' merged over three columns whose second row names NMH / NCS / BLD; the other labels merged down over rows 4–5), nine actions NB1–NB9 with '✓' ticks under the trusts they cover, a footnote on metrics 4a / 4b and a sign-off line. Judgement calls: IDENTITY = the Group as the title names it ('Northmoor and Brackendale Care Group') – one plan for three trusts; none of the trusts is the identity; the tick columns say which trust an action covers – they give no field (not lead, not status, not indicators); metrics in the 2021 numbering as written ('4a', '4b', '9a'; '6, 7' gives two); lead = Group lead; due = 'By' month text; status = the 'Where we are' word, uncoloured (rag null); the footnote and sign-off are not actions.", { fieldCols: { ref: 'A', lead: 'G', due: 'H' }, orgCols: ['D', 'E', 'F'], ragCol: 'I', notIdentity: ['Northmoor Mental Health NHS Foundation Trust'], forbidden: ['✓'] });
}
