// holdout49-wdes-2025-26-pellbury: an acute trust's WDES plan with a BRAG column (letters B / R / A / G on their fills) whose key is on
// a separate 'Key' sheet; 'Metric(s)' with 2021+ codes; exec lead and operational lead; header on row 3.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Pellbury and District Hospitals NHS Trust';
  const p = new Plan(book, { name: 'holdout49-wdes-2025-26-pellbury', sheet: 'WDES Plan', standard: 'WDES', period: '2025-26', trust, widths: [7, 11, 50, 24, 26, 14, 8, 46] });
  p.line([`${trust} | Workforce Disability Equality Standard | Action Plan 2025-26 | Q2 review`], { merge: ['A', 'H'], style: { bold: true, fill: C.teal, color: C.white } });
  p.line(['BRAG ratings are explained on the Key tab.'], { merge: ['A', 'H'], style: { italic: true } });
  p.header(['Action', 'Metric(s)', 'Description', 'Executive lead', 'Operational lead', 'Complete by', 'BRAG', 'Q2 commentary'], { style: { fill: 'FFD0ECE7' } });
  const fills = { B: C.blue, R: C.red, A: C.amber, G: C.green };
  const rows = [
    ['P1', '1', 'Refresh the "Count me in" declaration campaign with the Enable network, focusing on estates and facilities staff.', 'Chief People Officer', 'Workforce Intelligence Manager', 'Sep 2025', 'B', 'Declaration 6.2% → 8.0%; campaign closed.'],
    ['P2', '2', 'Add an adjustments request to every interview invitation and track whether it was met.', 'Chief People Officer', 'Recruitment Lead', 'Dec 2025', 'G', 'Live on all invitations; 41 requests, all met.'],
    ['P3', '3', 'Pause formal capability processes where an Access to Work or OH referral is outstanding.', 'Chief People Officer', 'Head of Employee Relations', 'Oct 2025', 'B', 'Policy amended and agreed at JNCC.'],
    ['P4', '4a', 'Extend the body-worn camera pilot to ED and add a disability field to the violence and aggression reporting form.', 'Chief Nurse', 'Head of Security', 'Mar 2026', 'A', 'Cameras in ED; Datix field delayed to Q4.'],
    ['P5', '4b', 'Promote how to report harassment to disabled staff through the network and Freedom to Speak Up.', 'Chief Nurse', 'FTSU Guardian', 'Nov 2025', 'G', 'Network item in October; reporting up 12%.'],
    ['P6', '5', 'Offer a disability-inclusive version of the Springboard career programme.', 'Chief People Officer', 'Head of OD', 'Jan 2026', 'R', 'No provider found yet; tender re-run.'],
    ['P7', '7', 'Introduce a Health and Wellbeing passport conversation for every disabled member of staff.', 'Chief People Officer', 'Wellbeing Lead', 'Mar 2026', 'A', '230 passports completed; target 400.'],
    ['P8', '8', 'Move all reasonable adjustment equipment to one central budget with a 6-week turnaround.', 'Chief Finance Officer', 'Deputy Director of People', 'Dec 2025', 'G', 'Budget moved; average 5 weeks.'],
    ['P9', '9a, 9b', 'Publish the Enable network\'s annual report to the Board and act on its top three asks.', 'Chief Executive', 'EDI Lead', 'Mar 2026', '', ''],
    ['P10', '10', 'Include a lived-experience session on disability in the Board development programme.', 'Chair', 'Company Secretary', 'Feb 2026', 'G', 'Session booked for 5 February.'],
  ];
  for (const [ref, m, act, exec, op, by, b, com] of rows) {
    p.action([ref, m, act, exec, op, by, b, com], { ref, indicators: m.split(', '), action: act, lead: op, due: by, status: b, rag: b ? { B: 'blue', R: 'red', A: 'amber', G: 'green' }[b] : null, progress: com }, { styles: [{}, { alignment: { horizontal: 'center' } }, {}, {}, {}, {}, { fill: fills[b], bold: true, alignment: { horizontal: 'center' }, color: b === 'B' || b === 'R' ? C.white : undefined }] });
  }
  const key = book.wb.addWorksheet('Key');
  key.getColumn(1).width = 8; key.getColumn(2).width = 60;
  const kr = [['BRAG key', ''], ['B', 'Blue – complete and embedded as business as usual'], ['R', 'Red – significantly off track; needs escalation'], ['A', 'Amber – some slippage, recovery plan in place'], ['G', 'Green – on track to complete by the date'], ['', 'Blank – new action, not yet rated']];
  kr.forEach(([a, b], i) => { const r = key.getRow(i + 1); r.getCell(1).value = a || null; r.getCell(2).value = b || null; if (i === 0) r.getCell(1).font = { bold: true }; if (fills[a]) { r.getCell(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fills[a] } }; r.getCell(1).font = { bold: true }; } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute trust) at its Q2 review, on two sheets: 'WDES Plan' (gold sheet) and 'Key'. The plan sheet: one teal title bar naming the trust, the standard, 'Action Plan 2025-26' and 'Q2 review' separated by '|' (row 1), an italic line pointing to the Key tab (row 2), one header 'Action | Metric(s) | Description | Executive lead | Operational lead | Complete by | BRAG | Q2 commentary' (row 3) and ten actions P1–P10. PROGRESS IS RECORDED AS A BRAG RATING: the letters B, R, A, G on blue, red, amber and green fills, explained ONLY ON THE 'Key' SHEET (B = complete and embedded, R = off track, A = some slippage, G = on track, blank = new action, not yet rated). P9 is blank. Judgement calls: status = the letter as written ('B', 'G'); rag by the key on the other sheet (B = blue, R = red, A = amber, G = green); P9 status '' and rag null (new, not yet rated); the action is the Description – 'Action' holds the reference ('P1'), so ref = that; lead = Operational lead (the Executive lead is the accountable director, no gold field); due = Complete by as typed ('Sep 2025', text); progress = Q2 commentary; indicators from Metric(s) in the 2021+ set ('4a' harassment, '4b' reporting it, '9a, 9b' → ['9a','9b']); theme null; the Key sheet is not a plan sheet.", { mode: 'fill', ragCol: 7, statusCol: 'G', progressCol: 'H', notFrom: ['D'] });
}
