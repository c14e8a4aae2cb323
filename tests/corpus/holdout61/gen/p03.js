// holdout61-wres-2024-25-colwick: ambulance trust; every row TINTED BY ITS STRAND (race, sexual safety, gender, Equality Act / EDS,
// staff networks) per a colour key above the grid; the status cell keeps its own RAG fill.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Colwick and Fens Ambulance Service NHS Trust';
  const p = new Plan(book, { name: 'holdout61-wres-2024-25-colwick', sheet: 'EDI actions 2024-25', standard: 'WRES', period: '2024-25', trust, widths: [8, 58, 10, 30, 14, 14, 40] });
  p.line([`${trust} – Equality, Diversity and Inclusion Action Plan 2024-25`], { merge: ['A', 'G'], style: { bold: true, font: { size: 13 } } });
  p.line(['Rows are shaded by strand. WRES ind. = the Workforce Race Equality Standard indicator the action is aimed at.'], { merge: ['A', 'G'], style: { italic: true } });
  p.line(['Key to strands'], { style: { bold: true } });
  const T = { race: 'FFE4DFEC', sex: 'FFFCE4D6', gen: 'FFDDEBF7', law: 'FFE2EFDA', net: 'FFFFF2CC' };
  const K = { race: 'Race equality (WRES)', sex: 'Sexual safety', gen: 'Gender equality', law: 'Equality Act and EDS 2022', net: 'Staff networks' };
  for (const k of Object.keys(T)) p.line([undefined, K[k]], { styles: [{ fill: T[k] }], border: true });
  p.blank();
  const hdr = p.header(['Ref', 'Action', 'WRES ind.', 'Owner', 'Target date', 'Status', 'Notes'], { style: { fill: C.darkblue, color: C.white } });
  const ST = { Completed: [C.green, 'green'], 'In progress': [C.amber, 'amber'], Overdue: [C.red, 'red'], 'Not yet due': [null, null] };
  const rows = [
    ['race', 'ED01', 'Offer every ethnic minority paramedic a reciprocal mentor from the executive team.', '7', 'Head of Organisational Development', 'Sep 2024', 'Completed', '18 pairs matched.'],
    ['race', 'ED02', 'Add an independent panel member from the Race Equality Network to every Band 8a+ interview in the control rooms.', '2', 'Head of Recruitment', 'Dec 2024', 'In progress', 'Agreed for EOC; 111 to follow.'],
    ['sex', 'ED03', 'Fit lockable welfare pods at the four stations still without them.', '', 'Head of Estates', 'Mar 2025', 'In progress', 'Two stations done.'],
    ['race', 'ED04', 'Review the conduct cases of the last three years by ethnicity with an external adviser and act on what it finds.', '3', 'Head of Employee Relations', 'Nov 2024', 'Overdue', 'Adviser appointed late; report due January.'],
    ['gen', 'ED05', 'Publish the gender pay gap with a plan for the gap in paramedic pay progression.', '', 'Head of Reward', 'Mar 2025', 'Not yet due', ''],
    ['law', 'ED06', 'Grade EDS 2022 Domain 3 with the staff networks and the union and publish the result.', '', 'EDI Lead', 'Feb 2025', 'Not yet due', ''],
    ['race', 'ED07', 'Give crews a script and body-worn camera prompts for challenging racist abuse from patients.', '5, 6', 'Head of Security', 'Oct 2024', 'Completed', 'Issued with the October clinical bulletin.'],
    ['sex', 'ED08', 'Train all team leaders to receive and log a report of sexual misconduct on shift.', '', 'Head of Safeguarding', 'Jan 2025', 'In progress', '60% trained.'],
    ['net', 'ED09', 'Agree a budget and terms of reference for each staff network, signed by its executive sponsor.', '', 'Director of People', 'Jul 2024', 'Completed', ''],
    ['race', 'ED10', 'Hold a Black History Month programme across all hubs, led by the Race Equality Network.', '', 'Race Equality Network Chair', 'Oct 2024', 'Completed', 'Events at 9 hubs.'],
  ];
  const other = [], key = {};
  for (const [s, ref, act, ind, lead, due, st, note] of rows) {
    const [sf, rag] = ST[st]; const tint = { fill: T[s] };
    const inds = ind ? ind.split(/,\s*/) : [];
    const r = p.action([ref, act, ind, lead, due, st, note], { ref, indicators: inds, theme: K[s], action: act, lead, due, status: st, rag, progress: note },
      { styles: [tint, tint, { ...tint, alignment: { horizontal: 'center' } }, tint, tint, sf ? { fill: sf } : {}, tint] });
    if (s !== 'race') other.push(r);
    key[T[s]] = K[s];
  }
  p.blank();
  p.line(['Status: Completed (green) – In progress (amber) – Overdue (red) – Not yet due (no shading)'], { merge: ['A', 'G'], style: { italic: true, font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional ambulance trust) kept as one EDI action plan whose rows are COLOUR-CODED BY STRAND: a title naming trust and year, a line saying rows are shaded by strand, 'Key to strands' and five key rows (a tinted swatch in A, the strand name in B: 'Race equality (WRES)', 'Sexual safety', 'Gender equality', 'Equality Act and EDS 2022', 'Staff networks'), a blank row, one dark-blue header 'Ref | Action | WRES ind. | Owner | Target date | Status | Notes' (row 10), ten rows tinted in their strand's colour across the row EXCEPT the Status cell, which has its own status fill (unshaded for 'Not yet due'), and a status key line at the foot. Judgement calls: every row is an action of the one plan, the sexual safety, gender pay gap, EDS and staff network rows included; theme = the strand the row's tint stands for in the key (the plan's only grouping); indicators only from the 'WRES ind.' column ('5, 6' → ['5','6']; blank → [] – including ED10, a race-strand event that names no indicator); the strand tint is NEVER the RAG (the lilac race tint and the pale-green Equality Act tint are not statuses); status = the Status word, rag = the Status cell's own fill per the foot key (Completed green, In progress amber, Overdue red, Not yet due unshaded → rag null); due = Target date as typed text ('Sep 2024'); lead = Owner; progress = Notes.", { mode: 'fill', ragCol: 'F', otherWork: other, indFrom: { col: 'C', re: '^([\\d, ]+)$' }, themeKey: { col: 'B', header: hdr, key }, leadCol: 'D', dueCol: 'E' });
}
