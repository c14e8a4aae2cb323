// holdout59-wdes-2021-22-marrowby: a mental health trust's WDES plan with a TWO-ROW HEADER – 'Timescale' merged over 'From' | 'To',
// months typed as text ('Oct 2021', 'Nov 21'), 'To' sometimes 'Ongoing'; leads are committees, networks, teams and 'All managers'.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Marrowby and District Mental Health NHS Trust';
  const p = new Plan(book, { name: 'holdout59-wdes-2021-22-marrowby', sheet: 'WDES 2021-22', standard: 'WDES', period: '2021-22', trust, widths: [12, 56, 30, 11, 11, 42] });
  p.line([`${trust} – Workforce Disability Equality Standard`], { merge: ['A', 'F'], style: { bold: true, font: { size: 13 } } });
  p.line(['Action plan 2021-22 (agreed at the People & Culture Committee, 9 September 2021)'], { merge: ['A', 'F'] });
  p.blank();
  const h1 = p.header(['Metric', 'Action', 'Lead', 'Timescale', '', 'How we will measure success'], { style: { fill: C.lilac, alignment: { horizontal: 'center', vertical: 'middle' } } });
  const h2 = p.header(['', '', '', 'From', 'To', ''], { style: { fill: C.lilac, alignment: { horizontal: 'center' } } });
  p.ws.mergeCells(`D${h1}:E${h1}`); for (const c of 'ABCF') p.ws.mergeCells(`${c}${h1}:${c}${h2}`);
  const rows = [
    ['Metric 1', '1', 'Run a "Tell us once" campaign so staff can update their disability status on ESR in under five minutes.', 'Workforce Information Team', 'Oct 2021', 'Dec 2021', 'Declaration gap between ESR and the staff survey halved'],
    ['Metric 2', '2', 'Guarantee an interview to disabled applicants who meet the essential criteria and check panels apply it.', 'Recruitment Team', 'Sep 2021', 'Ongoing', 'Relative likelihood of appointment at or below 1.1'],
    ['Metric 3', '3', 'Review every capability case involving a disabled member of staff for missed reasonable adjustments before a hearing.', 'Staff Side / HR', 'Nov 21', 'Mar 22', 'No capability hearing without an adjustments check'],
    ['Metric 4a', '4a', 'Give all managers a short guide on supporting staff who experience abuse from service users because of a disability.', 'All managers', 'Jan 2022', 'Mar 2022', 'Guide issued and used in supervision'],
    ['Metric 5', '5', 'Set up a Reasonable Adjustments Passport that follows the member of staff when they change team.', 'Occupational Health', 'Oct 2021', 'Feb 2022', 'Passports issued; fewer repeat assessments'],
    ['Metric 7', '7', 'Hold quarterly listening sessions led by the Disability & Wellbeing Network and report themes to the Board.', 'Disability & Wellbeing Network', 'Oct 2021', 'Ongoing', 'Four sessions a year; themes in Board report'],
    ['Metric 9a/9b', '9a,9b', 'Give the network protected time and a budget, and ask it to review every policy with a disability impact.', 'People & Culture Committee', 'Sep 2021', 'Nov 2021', 'Engagement score for disabled staff up by 0.2'],
    ['Metric 10', '10', 'Add a disability question to the Board skills and diversity return and report the result in the annual report.', 'Exec Board', 'Apr 2022', 'Jun 2022', 'Board declaration rate reported'],
  ];
  for (const [m, ind, act, lead, from, to, meas] of rows) {
    p.action([m, act, lead, from, to, meas], { indicators: ind.split(','), action: act, lead, due: to, outcome: meas }, { height: 42, styles: [{}, {}, {}, { alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }] });
  }
  p.blank();
  p.line(['Review: quarterly at the Disability & Wellbeing Network; the plan will be refreshed after the 2021 staff survey results.'], { merge: ['A', 'F'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, a mental health trust): a title with the trust name, an approval line with a committee date, a blank row, then a TWO-ROW lilac header – 'Metric | Action | Lead | Timescale | How we will measure success', with 'Timescale' merged over 'From' | 'To' in the second row and the other headings merged down over both rows – and eight actions, one per row, with an italic review line below. FROM and TO are months TYPED AS TEXT ('Oct 2021', 'Nov 21'), and 'To' is 'Ongoing' for two rolling actions. Leads are teams, a committee, a staff network, 'Staff Side / HR' and 'All managers'. Judgement calls: due = the 'To' cell as typed (the end of the window), never 'From'; 'Ongoing' kept as written; lead = the Lead cell as written, whether a team, a committee or 'All managers' ('Staff Side / HR' whole); the approval date (9 September 2021) is not a due; outcome = 'How we will measure success'; indicators from the Metric column ('Metric 9a/9b' → 9a, 9b; 2021 metric set with 4a); no status, rag null; no theme.", { due: { col: 'E' }, lead: { col: 'C', mode: 'whole' }, outcome: 'F', notFrom: ['D'] });
}
