// holdout60-wdes-2019-20-copperwick: community trust; quirks: the WDES DATA ON A SECOND SHEET and the lead left BLANK on two rows.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Copperwick Community Health Services NHS Trust';
  const font = { name: 'Calibri', size: 11 };
  const p = new Plan(book, { name: 'holdout60-wdes-2019-20-copperwick', sheet: 'Action plan', standard: 'WDES', period: '2019-20', trust, widths: [11, 40, 60, 26, 14], font });
  p.line([`${trust}: Workforce Disability Equality Standard action plan 2019-20`], { style: { bold: true, font: { size: 13 } } });
  p.line(['The 2019 figures are on the next tab (WDES data 2019).'], { style: { italic: true } });
  p.header(['Metric', 'What the data tells us', 'Action', 'By whom', 'By when'], { style: { fill: C.tan } });
  const acts = [
    ['Metric 1', '2.8% of staff have told us they have a disability, against 17% in the staff survey.', 'Ask every team to check and update their equality details on ESR during the autumn appraisal round.', 'Workforce Systems Manager', 'Nov 2019'],
    ['Metric 2', 'Non-disabled applicants are 1.3 times more likely to be appointed from shortlisting.', 'Make the Disability Confident interview offer clear in every advert and track how many applicants use it.', 'Recruitment Team Leader', 'Sept 2019'],
    ['Metric 3', 'Disabled staff are more likely to enter formal capability (two-year rolling average).', 'Review the capability procedure so that reasonable adjustments are considered before a formal stage.', '', 'March 2020'],
    ['Metric 4', '31% of disabled staff report harassment from patients or the public.', 'Add a question about disability to the violence and aggression incident form.', 'Health and Safety Manager', 'Jan 2020'],
    ['Metric 4', 'Disabled staff are less likely to report harassment when it happens.', 'Set up a disabled staff peer support contact in each locality.', '', 'Feb 2020'],
    ['Metric 5', '72% of disabled staff believe the trust offers equal opportunities for promotion.', 'Include disabled staff in the new mentoring scheme and report take-up.', 'OD Lead', 'March 2020'],
    ['Metric 7', 'Only 33% of disabled staff feel the organisation values their work.', 'Hold listening events with disabled staff in each locality and publish what we heard.', 'Head of Inclusion', 'Dec 2019'],
    ['Metric 9', 'We have no staff network for disabled staff.', 'Launch a Disability and Long-Term Conditions Network with an executive sponsor.', 'Director of HR', 'Oct 2019'],
  ];
  for (const [m, why, a, l, d] of acts) p.action([m, why, a, l, d], { indicators: [m.replace('Metric ', '')], action: a, lead: l, due: d }, { styles: [{ bold: true }] });
  p.blank();
  p.line(['Approved at the Workforce Committee, July 2019.'], { style: { italic: true } });
  // second sheet: the data
  const ds = book.wb.addWorksheet('WDES data 2019');
  [12, 64, 16, 16].forEach((w, i) => { ds.getColumn(i + 1).width = w; });
  const data = [
    ['Metric', 'Description', 'Disabled', 'Non-disabled'],
    ['1', 'Percentage of staff in AfC pay bands (all bands)', '2.8%', '97.2%'],
    ['2', 'Relative likelihood of appointment from shortlisting', '1.30', ''],
    ['3', 'Relative likelihood of entering the formal capability process', '2.10', ''],
    ['4', 'Harassment, bullying or abuse from patients / the public', '31.0%', '24.2%'],
    ['5', 'Believe the trust provides equal opportunities for promotion', '72.0%', '83.5%'],
    ['6', 'Felt pressure to come to work when not well enough', '33.1%', '22.0%'],
    ['7', 'Satisfied with the extent the organisation values their work', '33.0%', '44.6%'],
    ['8', 'Employer has made adequate adjustments', '71.4%', ''],
    ['9', 'Staff engagement score (0–10)', '6.6', '7.1'],
    ['10', 'Board voting membership – difference to overall workforce', '-2.8%', ''],
  ];
  data.forEach((r, i) => { const row = ds.getRow(i + 1); r.forEach((v, j) => { const c = row.getCell(j + 1); if (v) c.value = v; c.font = { ...font, bold: i === 0 }; c.alignment = { wrapText: true, vertical: 'top' }; }); });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, a community trust), Calibri: a title with the trust name and 'Workforce Disability Equality Standard action plan 2019-20', an italic line pointing to the next tab, a peach header 'Metric | What the data tells us | Action | By whom | By when', eight actions, a blank row and an approval line. Quirks: the WDES FIGURES are on a SECOND SHEET 'WDES data 2019' (ten metric rows with percentages), and 'By whom' is BLANK on two rows. Judgement calls: the plan is the first sheet; the data sheet is context and gives no field; 'What the data tells us' is a finding, not the action and not a theme; lead '' where By whom is blank (not filled from the row above – the cells are not merged); due = By when as typed ('Sept 2019'); indicators from 'Metric n' (2019 plan: whole metrics 4 and 9); ref '' and theme null; no status; the approval line gives no lead or due.", { cols: { ind: 'A', action: 'C', lead: 'D', due: 'E' }, notFrom: ['B'], otherSheets: ['WDES data 2019'] });
}
