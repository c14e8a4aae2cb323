// holdout68-wres-2021-22-westmarch: ambulance trust; TWO-TIER HEADER '2020/21 – LOOKING BACK' over the review columns and
// '2021/22 – LOOKING FORWARD' over this year's columns, one row per indicator line; carried-forward actions re-worded in the new column.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Westmarch Ambulance Service NHS Trust';
  const p = new Plan(book, { name: 'holdout68-wres-2021-22-westmarch', sheet: 'WRES', standard: 'WRES', period: '2021-22', trust, widths: [11, 36, 30, 16, 42, 22, 14, 30] });
  p.line([trust], { merge: ['A', 'H'], style: { bold: true, font: { size: 13 }, color: 'FF00563F' } });
  p.line(['WRES ACTION PLAN 2021/22 – incorporating the year-end review of the 2020/21 plan'], { merge: ['A', 'H'], style: { bold: true } });
  p.blank();
  p.header(['', '2020/21 – LOOKING BACK', '', '', '2021/22 – LOOKING FORWARD', '', '', ''], { merge: [['B', 'D'], ['E', 'H']], style: { fill: C.darkblue, color: C.white, alignment: { horizontal: 'center' } } });
  p.header(['Indicator', 'Action in 2020/21 plan', 'Year-end outcome', 'Carry forward?', 'Action for 2021/22', 'Executive lead', 'Target date', 'Measure of success'], { style: { fill: C.lightblue } });
  const rows = [
    ['1', 'Positive action recruitment days for paramedic science students from local universities.', 'Two virtual days held; 18% of attendees BME.', 'No – complete', '', '', '', ''],
    ['1', '—', 'New for 2021/22', '—', 'Set up a Band 5 to 6 development route for BME staff in emergency operations centres, with protected study time.', 'Director of Operations', '31/12/2021', 'BME staff in Band 6 EOC roles rise from 4 to 9.'],
    ['2', 'Diverse interview panels for all Band 7+ posts.', 'In place for 58% of panels.', 'Yes', 'Diverse interview panels for all Band 7+ posts, now checked by HR before each interview date is confirmed (c/f).', 'Director of People', '30/09/2021', '90% of Band 7+ panels diverse.'],
    ['2', 'Explain the shortlisting gap to each directorate.', 'Directorate briefings held.', 'No – complete', '', '', '', ''],
    ['3', 'Independent review of BME staff cases before any formal investigation.', 'Stopped during COVID surge; 3 cases only.', 'Yes', 'Restart the independent pre-investigation review and include all conduct cases from control rooms.', 'Director of People', '31/07/2021', 'Likelihood ratio below 1.25.'],
    ['4', 'Ring-fenced places on the clinical leadership course.', 'Course paused; no places used.', 'Yes – revised', 'Offer six funded places on the regional Stepping Up programme to BME staff instead of the paused course.', 'Medical Director', '31/03/2022', 'Six places taken up.'],
    ['5', 'Body-worn cameras on the three busiest stations.', 'Cameras issued in Q4.', 'No – complete', '', '', '', ''],
    ['5', '—', 'New for 2021/22', '—', 'Brief crews on reporting racist abuse from patients and the public, and follow up every report within 72 hours.', 'Director of Quality', '30/11/2021', 'Reports up, repeat incidents down.'],
    ['6 and 8', 'Bystander training for station managers.', '41 of 60 station managers trained.', 'Yes', 'Finish bystander training for station managers and extend it to EOC team leaders.', 'Director of Operations', '31/01/2022', 'All station managers and EOC team leaders trained.'],
    ['7', 'Publish promotion outcomes by ethnicity.', 'Published in the annual workforce report.', 'No – complete', '', '', '', ''],
    ['9', 'BME board shadowing scheme.', 'One shadow appointed.', 'Yes', 'Appoint two further board shadows from the BME staff network for twelve months each.', 'Chief Executive', '30/06/2021', 'Two shadows in post.'],
  ];
  const prior = [];
  for (const v of rows) {
    const opts = { height: 44, styles: [{ alignment: { horizontal: 'center' } }, {}, {}, { fill: /^No/.test(v[3]) ? C.grey : undefined }] };
    if (!v[4]) prior.push(p.line(v, { ...opts, border: true }));
    else p.action(v, { indicators: v[0] === '6 and 8' ? ['6', '8'] : [v[0]], action: v[4], lead: v[5], due: v[6], outcome: '' }, opts);
  }
  p.blank();
  p.line(['"Carry forward?" – Yes: the action continues into 2021/22; Yes – revised: replaced by a new action for the same aim; No – complete: nothing further this year.'], { merge: ['A', 'H'], style: { italic: true }, height: 28 });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional ambulance trust). Layout: a trust-name title row and an all-capitals title row (the second says the plan incorporates the year-end review of 2020/21), a blank row, a TWO-TIER HEADER – row 4 merged group headings '2020/21 – LOOKING BACK' (B:D) and '2021/22 – LOOKING FORWARD' (E:H), row 5 'Indicator | Action in 2020/21 plan | Year-end outcome | Carry forward? | Action for 2021/22 | Executive lead | Target date | Measure of success' – then one row per line of work: last year's action with its outcome and a carry-forward word (cells for 'No – complete' greyed), and this year's action beside it; two rows are 'New for 2021/22' with '—' on the left; a key line at the foot explains the carry-forward words. Judgement calls: the plan is 2021/22, so the actions are the 'Action for 2021/22' cells, including the carried-forward ones (re-worded, ending '(c/f)' as written) and the revised one; the five rows marked 'No – complete' have nothing in the 2021/22 columns and are non-action rows (last year's work only); the 2020/21 action, its outcome and 'Carry forward?' never give a gold field (the 'Yes' is not a status; this year's actions have no status: '' / null); lead = Executive lead; due = Target date as typed (dd/mm/yyyy text); 'Measure of success' is a success measure, not progress or outcome; indicators from column A ('6 and 8' → ['6','8']); no ref, no theme.", { notFrom: ['B', 'C', 'D', 'H'], priorRows: prior, actionCols: [{ rows: [6, 99], col: 'E' }], fieldCols: [{ rows: [6, 99], cols: { lead: 'F', due: 'G' } }] });
}
