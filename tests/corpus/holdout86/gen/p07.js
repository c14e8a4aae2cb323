// holdout86-wdes-2025-26-fleetmere: mental health and community trust, two tabs: 'Data' (the 2025 figures with their own coloured
// trend cells) and 'Action plan' with metric SECTION rows ('Metric 9 – …' written without a letter), a metric-3 row that says there is no
// action this year, Start beside Finish, RAG letters on fills and an update column.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Fleetmere Health and Care NHS Foundation Trust';
  const d = book.wb.addWorksheet('Data');
  [34, 12, 14, 14, 12].forEach((w, i) => { d.getColumn(i + 1).width = w; });
  d.getCell('A1').value = 'WDES 2025 – summary of our data'; d.getCell('A1').font = { name: 'Calibri', size: 12, bold: true };
  d.getRow(3).values = ['Metric', 'Disabled', 'Non-disabled', 'Change on 2024', 'Trend'];
  d.getRow(3).font = { name: 'Calibri', bold: true };
  const data = [['1 – declared disabled (ESR)', '6.8%', '', '+0.9', 'G'], ['3 – entering capability', 'suppressed', '', '', ''], ['4a – abuse from the public', '31.5%', '24.9%', '-1.2', 'G'], ['4b – bullying from managers', '15.0%', '9.7%', '+0.6', 'R'], ['7 – feel valued', '35.9%', '44.2%', '-0.4', 'A'], ['9 – engagement score', '6.4', '6.9', '0.0', 'A']];
  const TF = { G: C.green, A: C.amber, R: C.red };
  data.forEach((r, i) => { const row = d.getRow(4 + i); row.values = r; row.font = { name: 'Calibri' }; if (r[4]) row.getCell(5).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: TF[r[4]] } }; });
  const p = new Plan(book, { name: 'holdout86-wdes-2025-26-fleetmere', sheet: 'Action plan', standard: 'WDES', period: '2025-26', trust, widths: [7, 58, 28, 12, 12, 6, 42], font: { name: 'Calibri', size: 10 } });
  p.line([`${trust}`], { merge: ['A', 'G'], style: { bold: true, font: { size: 12 }, color: C.teal } });
  p.line(['WDES Action Plan 2025/26 – updated September 2025'], { merge: ['A', 'G'], style: { bold: true } });
  p.blank();
  p.header(['Ref', 'Action', 'Owner', 'Start', 'Finish', 'RAG', 'Update (Sept 25)'], { style: { fill: C.teal, color: C.white } });
  p.ws.views = [{ state: 'frozen', ySplit: 4 }];
  const F = { G: C.green, A: C.amber, R: C.red, C: C.lightblue };
  const RAG = { G: 'green', A: 'amber', R: 'red', C: 'blue' };
  const fmt = 'dd-mmm-yy';
  const groups = [
    ['Metric 1 – Workforce representation', ['1'], [
      ['1.1', 'Add the disability question to the bank worker registration form and the medical staffing onboarding pack.', 'Temporary Staffing Manager', D(2025, 4, 1), D(2025, 7, 31), 'C', 'Both forms changed in July.'],
      ['1.2', 'Publish a divisional declaration league table in the monthly workforce report.', 'Workforce Intelligence Lead', D(2025, 6, 1), D(2025, 12, 31), 'G', 'First table in the August report.'],
    ]],
    ['Metric 3 – Formal capability', ['3'], 'none'],
    ['Metrics 4a and 4b – Harassment, bullying and abuse', ['4a', '4b'], [
      ['4.1', 'Give every inpatient ward a named "respect lead" who follows up any abuse of a disabled colleague within 48 hours, whoever it came from.', 'Associate Director of Nursing', D(2025, 5, 1), D(2026, 1, 31), 'A', '9 of 14 wards have a named lead.'],
      ['4.2', 'Add a disability question to the exit interview and bring the themes on bullying to the Staff Experience Group each quarter.', 'HR Business Partner – Corporate', D(2025, 4, 1), 'Ongoing', 'G', 'Question added; Q1 themes reported in July.'],
    ]],
    ['Metric 7 – Feeling valued', ['7'], [
      ['7.1', 'Run "Thank you Thursdays" in community teams with the Ability Network choosing the first month\'s theme.', 'Head of Staff Engagement', D(2025, 9, 1), D(2026, 3, 31), 'R', 'Launch slipped: comms team vacancy.'],
    ]],
    ['Metric 9 – Engagement and voice', ['9'], [
      ['9.1', 'Set up a reverse mentoring pairing between each executive director and a member of the Ability Network.', 'Head of Inclusion', D(2025, 5, 1), D(2025, 11, 30), 'G', '6 of 8 pairs meeting.'],
      ['9.2', 'Co-produce the 2026 staff survey communications with the Ability Network so that disabled staff response rates rise.', 'Head of Staff Engagement', D(2025, 8, 1), D(2025, 10, 31), 'A', 'Draft plan shared; network feedback awaited.'],
    ]],
  ];
  for (const [sec, inds, acts] of groups) {
    p.line([sec], { merge: ['A', 'G'], style: { bold: true, fill: 'FFE2F0EE' } });
    if (acts === 'none') { p.line(['–', 'No new action this year: four formal capability cases in 2024/25, below the reporting threshold, so the figure is suppressed. Employee Relations keep each case under review.', '', '', '', '', ''], { border: true, styles: [{ alignment: { horizontal: 'center' } }, { italic: true }] }); continue; }
    for (const [ref, act, own, start, fin, rag, upd] of acts) {
      p.action([ref, act, own, start, fin, rag, upd], { ref, indicators: inds, theme: sec, action: act, lead: own, due: fin instanceof Date ? shown(fin, fmt) : fin, status: rag, rag: RAG[rag], progress: upd }, { styles: [{}, {}, {}, { numFmt: fmt }, { numFmt: fmt }, { fill: F[rag], bold: true, alignment: { horizontal: 'center' } }, {}] });
    }
  }
  p.blank();
  p.line(['RAG: G on track, A some delay, R off track, C complete (blue).'], { merge: ['A', 'G'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional mental health and community trust). Two tabs: 'Data' (the 2025 WDES figures with a coloured G / A / R trend column – data only, no actions) and 'Action plan', the gold sheet: trust, title with the update month, a blank row, the teal header 'Ref | Action | Owner | Start | Finish | RAG | Update (Sept 25)' (row 4, frozen), five metric SECTION rows and a RAG key line. Under 'Metric 3 – Formal capability' the only row is a bordered italic note with '–' in the Ref column saying there is NO new action this year (the figure is suppressed) – not an action, and the metric-3 section has no action. Start and Finish are real dates shown dd-mmm-yy; one Finish is typed 'Ongoing'. Judgement calls: theme = the metric section row above; indicators from it ('Metric 9 – …' written without a letter → 9; 'Metrics 4a and 4b' → both for each of its actions); due = Finish, never Start ('Ongoing' kept); lead = Owner; status = the RAG letter as written, rag from its fill (C on light blue = complete → blue); progress = the September update; ref = Ref; the Data tab's trend letters and fills belong to no action.", { mode: 'fill', ragCol: 6, notFrom: ['D'], forbidden: ['September 2025'] });
}
