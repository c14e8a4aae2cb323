// holdout86-wdes-2026-27-gaddingham: a plan at the start of its year – no status column yet; three priority section rows; a 'What the data
// says' column; 'What success looks like' per action; a 'New / carried forward' column; real mmm-yy dates and one 'TBC'; a draft line.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Gaddingham and Wold Mental Health NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout86-wdes-2026-27-gaddingham', sheet: 'WDES 26-27', standard: 'WDES', period: '2026-27', trust, widths: [6, 9, 30, 46, 36, 26, 11, 22], font: { name: 'Arial', size: 10 } });
  p.line([`${trust} – Workforce Disability Equality Standard Action Plan 2026-27`], { merge: ['A', 'H'], style: { bold: true, font: { size: 12 } } });
  p.line(['DRAFT v0.3 – for discussion with the Disability Equality Network and staff side before the People Committee in September 2026.'], { merge: ['A', 'H'], style: { italic: true, color: C.darkred } });
  p.blank();
  p.header(['Ref', 'Metric', 'What the data says (WDES 2026)', 'Action', 'What success looks like', 'Lead', 'Target date', 'New / carried forward'], { style: { fill: C.purple, color: C.white }, height: 30 });
  p.ws.views = [{ state: 'frozen', ySplit: 4 }];
  const secs = [];
  const groups = [
    ['Priority A: Fair recruitment and progression', [
      ['A1', '2', 'Non-disabled applicants 1.27 times more likely to be appointed.', 'Anonymise applications for all Band 2–5 posts and keep adjustments at interview under the Disability Confident guarantee.', 'Relative likelihood at or below 1.10 in the 2027 return.', 'Head of Resourcing', D(2026, 10, 31), 'New'],
      ['A2', '1, 10', 'Disabled staff 5.1% of the workforce, 1.2% at Band 8c+; no declared board member.', 'Open the Stepping Up senior leadership programme to disabled staff at Band 7–8b, with a board-level mentor for each place.', 'Six disabled staff complete the programme; at least two apply for 8c+ roles.', 'Head of Leadership and Talent', D(2027, 3, 31), 'Carried forward'],
    ]],
    ['Priority B: Safe, healthy and well supported', [
      ['B1', '4a, 4b', 'Abuse from the public 36.0% (non-disabled 28.4%); from managers 14.8% (9.1%).', 'Roll out body-worn cameras on the two acute admission wards and make "disability-related" a category in incident reporting.', 'Disabled staff report abuse at the same rate as non-disabled staff.', 'Head of Health, Safety and Security', D(2026, 12, 31), 'New'],
      ['B2', '6', 'Pressure to work when unwell: 28.8% vs 20.3%.', 'Review the Attendance policy with the network so that trigger points are adjusted as part of any agreed reasonable adjustment.', 'Gap on metric 6 narrows by 4 points.', 'Head of Employee Relations', 'TBC', 'Carried forward'],
      ['B3', '8', '70.4% say adjustments are adequate.', 'Measure time from adjustment request to adjustment in place and publish it quarterly.', 'Median time under 30 days.', 'Occupational Health Lead and Wellbeing Lead', D(2026, 9, 30), 'New'],
    ]],
    ['Priority C: Heard and involved', [
      ['C1', '9b', 'Network active but only 41 members.', 'Give network members time to attend four meetings a year, written into the Staff Networks policy.', 'Network membership over 100 by March 2027.', 'Head of Equality and Inclusion', D(2026, 7, 31), 'New'],
      ['C2', '9a', 'Engagement 6.3 (non-disabled 6.8).', 'Hold team-level "what gets in the way" conversations in the five teams with the biggest engagement gap.', 'Engagement gap halves in those five teams.', 'Head of Organisational Development', D(2027, 2, 28), 'New'],
    ]],
  ];
  for (const [sec, acts] of groups) {
    secs.push(p.line([sec], { merge: ['A', 'H'], style: { bold: true, fill: C.lilac } }));
    for (const [ref, met, data, act, succ, lead, due, nc] of acts) {
      p.action([ref, met, data, act, succ, lead, due, nc], { ref, indicators: met.split(', '), theme: sec, action: act, lead, due: due instanceof Date ? shown(due, 'mmm-yy') : due, outcome: succ }, { styles: [{}, { alignment: { horizontal: 'center' } }, { italic: true, color: 'FF595959' }, {}, {}, {}, { numFmt: 'mmm-yy', alignment: { horizontal: 'center' } }, {}] });
    }
  }
  p.blank();
  p.line(['Progress columns (status, update) will be added once the plan is approved.'], { merge: ['A', 'H'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional mental health foundation trust) at the START of its year. Sheet 'WDES 26-27': title naming the trust and year, a dark red italic DRAFT line (v0.3, for discussion before the People Committee in September 2026), a blank row, the purple header 'Ref | Metric | What the data says (WDES 2026) | Action | What success looks like | Lead | Target date | New / carried forward' (row 4, frozen), three PRIORITY section rows over seven actions, and a closing line saying status and update columns will be added later. There is NO status column. Target date is a real date shown mmm-yy ('Oct-26'); one is typed 'TBC'. Judgement calls: theme = the priority row above; indicators from the Metric column in the order written ('1, 10' → 1 and 10; '4a, 4b' → both); ref = Ref; lead = Lead as written (B3 names two roles and keeps both); due = Target date as shown ('TBC' kept); outcome = What success looks like; status '' and rag null (no status yet); the data column and the 'New' / 'Carried forward' column give no field (a carried-forward MARK on an action row does not stop it being an action); the draft line's September 2026 is no due.", { sections: secs, notFrom: ['C', 'H'], forbidden: ['September 2026', 'New', 'Carried forward', 'DRAFT v0.3'] });
}
