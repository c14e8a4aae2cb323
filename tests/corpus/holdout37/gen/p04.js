// holdout37-wdes-2024-25-ashworthy: a WDES plan with MEASURABLE OUTCOMES set as a THREE-YEAR TRAJECTORY for each metric (baseline and a
// target for each year, merged down over the metric's actions) beside a per-action 'How we will know'. After the trajectory / success-metric
// pairing of the NHS EDI Improvement Plan (each high impact action with its success metrics and dates) and the baseline / target layouts
// trusts published; the 2023+ WDES split of metric 4a into (i) public, (ii) managers, (iii) colleagues follows Lancashire Teaching Hospitals'
// 2023 WDES submission paper (which wrote them 4a, 4b, 4c). Columns ASSUMED (see SOURCES.md).
import { Book, Plan, C, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Ashworthy Community and Mental Health NHS Trust';
  const p = new Plan(book, { name: 'holdout37-wdes-2024-25-ashworthy', sheet: 'WDES 2024-25', standard: 'WDES', period: '2024-25', trust, widths: [30, 10, 10, 10, 10, 52, 26, 12, 36] });
  p.line([trust], { merge: ['A', 'I'], style: { bold: true, font: { size: 13 }, color: C.teal } });
  p.line(['Workforce Disability Equality Standard action plan 2024/25 – with three-year trajectories'], { merge: ['A', 'I'], style: { bold: true } });
  p.line(['For each metric where disabled colleagues have a worse experience we have set a trajectory to 2027, starting from our 2024 WDES submission. The trajectory is shown once for its metric; the actions beside it are what we will do in 2024/25.'], { merge: ['A', 'I'], height: 30 });
  p.blank();
  const H = { fill: C.teal, color: C.white, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } };
  const h1 = p.header(['WDES metric', 'Trajectory (metric value)', '', '', '', 'Action', 'Lead', 'Complete by', 'How we will know'], { style: H });
  const h2 = p.header(['', 'Baseline 2024', 'Target 2025', 'Target 2026', 'Target 2027', '', '', '', ''], { style: H });
  p.ws.mergeCells(`B${h1}:E${h1}`); for (const c of ['A', 'F', 'G', 'H', 'I']) p.ws.mergeCells(`${c}${h1}:${c}${h2}`);
  const blocks = [
    ['Metric 1 – disabled staff in each pay band compared with the workforce overall', ['3.9%', '4.5%', '5.2%', '6.0%'], [
      ['Run a campaign with the Disability Network asking colleagues to update their disability status in ESR, and explain how the data is used.', 'Head of Workforce Information', 'Oct 2024', 'ESR declaration rate above 6%'],
      ['Add the Disability Confident commitment to every job advert and to the careers website.', 'Recruitment Manager', 'Jul 2024', 'Every advert carries the statement (monthly check)'],
    ]],
    ['Metric 2 – relative likelihood of non-disabled applicants being appointed from shortlisting', ['1.38', '1.25', '1.15', '1.05'], [
      ['Give every shortlisting manager a short guide to the guaranteed interview scheme and audit its use each quarter.', 'Recruitment Manager', 'Sep 2024', 'Audit shows the scheme applied in every campaign'],
    ]],
    ['Metric 4a(ii) – harassment, bullying or abuse from managers', ['14.8%', '13.0%', '11.5%', '10.0%'], [
      ['Add a disability and neurodiversity module to the line manager essentials programme.', 'Head of Learning and Development', 'Dec 2024', '300 managers complete the module'],
      ['Offer a facilitated conversation through the Freedom to Speak Up team whenever a disabled colleague raises a concern about their manager.', 'Freedom to Speak Up Guardian', 'Ongoing', 'Every concern offered a conversation within 10 working days'],
    ]],
    ['Metric 4a(iii) – harassment, bullying or abuse from other colleagues', ['21.3%', '19.0%', '17.0%', '15.0%'], [
      ['Run team civility sessions in the three services with the highest rates.', 'Head of Organisational Development', 'Mar 2025', 'Sessions held in all three services'],
    ]],
    ['Metric 6 – felt pressure to come to work when not well enough', ['27.1%', '25.0%', '23.0%', '21.0%'], [
      ['Rewrite the sickness absence policy so that adjustments are considered before any formal stage.', 'Head of HR Policy', 'Nov 2024', 'Policy approved by the Joint Negotiating Committee'],
    ]],
    ['Metric 8 – employer has made adequate adjustments', ['71.0%', '75.0%', '78.0%', '80.0%'], [
      ['Set up a central adjustments fund so that teams do not carry the cost of equipment.', 'Director of Finance', 'Jun 2024', 'Fund in place; average wait for equipment under four weeks'],
      ['Introduce a health and wellbeing passport recorded in ESR.', 'Head of Wellbeing', 'Jan 2025', '200 passports agreed'],
    ]],
    ['Metric 9a – staff engagement score (disabled staff)', ['6.6', '6.8', '6.9', '7.0'], [
      ['Give the Disability Network chair two days a month of protected time and a seat on the People Committee.', 'Chief People Officer', 'May 2024', 'Network chair attends every People Committee'],
    ]],
  ];
  for (const [m, traj, acts] of blocks) {
    const first = p.r + 1; const code = /Metric (\d+[ab]?)/.exec(m)[1];
    acts.forEach(([a, lead, due, know], i) => {
      p.action([i === 0 ? m : '', ...(i === 0 ? traj : ['', '', '', '']), a, lead, due, know], { indicators: [code], action: a, lead, due, outcome: know }, { styles: [{ bold: true }, { alignment: { horizontal: 'center', vertical: 'top' }, fill: C.palegrey }, { alignment: { horizontal: 'center', vertical: 'top' } }, { alignment: { horizontal: 'center', vertical: 'top' } }, { alignment: { horizontal: 'center', vertical: 'top' } }] });
    });
    for (const c of ['A', 'B', 'C', 'D', 'E']) mergeDown(p.ws, c, first, p.r);
  }
  p.blank();
  p.line(['Trajectories agreed with the Disability and Long-Term Conditions Network, May 2024. Metric 4a is reported in three parts since 2023: (i) patients and the public, (ii) managers, (iii) other colleagues.'], { merge: ['A', 'I'], style: { italic: true }, height: 28 });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional community and mental health trust) with a THREE-YEAR TRAJECTORY per metric: teal trust name, plan title, intro, a blank row, then a TWO-ROW HEADER – row 5 'WDES metric' (merged down over both rows), 'Trajectory (metric value)' merged across B–E, 'Action', 'Lead', 'Complete by', 'How we will know' (each merged down); row 6 'Baseline 2024 | Target 2025 | Target 2026 | Target 2027' under the trajectory. Seven metric blocks: the metric cell ('Metric 4a(ii) – harassment, bullying or abuse from managers') and its four trajectory figures ('14.8%', '13.0%' …; '1.38' … for metric 2; '6.6' … for 9a) are MERGED DOWN over the block's one or two actions; a footnote under the table explains the 4a(i)/(ii)/(iii) split. No status. Judgement calls: indicators = the metric number the metric cell gives – 'Metric 4a(ii)' and 'Metric 4a(iii)' are parts of metric 4a → ['4a'] (the roman part is not a metric); due = 'Complete by' as written ('Oct 2024', 'Ongoing'), NEVER a trajectory year ('Target 2025' / '2026' / '2027' are the years the METRIC should reach a value); outcome = 'How we will know' (the per-action measure); the trajectory figures are the metric's targets shared by the block and give no field; theme null (the merged metric cell is context, as in earlier batches); both header rows are header rows; ref '' (no numbers).", { crossRef: { metricCol: 'A', otherCols: [] }, notFrom: ['B', 'C', 'D', 'E'], forbidden: ['Baseline 2024', 'Target 2025', 'Target 2026', 'Target 2027'] });
}
