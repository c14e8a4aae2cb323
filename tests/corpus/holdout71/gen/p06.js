// holdout71-wres-2021-22-larkhaven: a clinical commissioning group's plan for its own staff, in the shape of a real published 'Workforce
// Race Equality Standard Implementation Plan' (docsbay): 'EDS | Equality Aim | WRES Metric | Action | Lead | Timescale | Update' – the
// EDS2 goal (merged down) and the equality aims carry numbers of their own; the action cell is a target sentence with '•' steps.
import { Book, Plan, C, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'NHS Larkhaven Clinical Commissioning Group';
  const p = new Plan(book, { name: 'holdout71-wres-2021-22-larkhaven', sheet: 'WRES Implementation Plan', standard: 'WRES', period: '2021-22', trust, widths: [20, 20, 9, 60, 28, 20, 40], font: { name: 'Calibri', size: 10 } });
  p.line([trust], { merge: ['A', 'G'], style: { bold: true, font: { size: 12 }, color: C.nhs } });
  p.line(['Workforce Race Equality Standard Implementation Plan 2021/22'], { merge: ['A', 'G'], height: 20, style: { bold: true, font: { size: 13 } } });
  p.line(['The CCG\'s plan for its own staff, mapped to the Equality Delivery System (EDS2) goals and to the CCG\'s three equality aims: (1) eliminate discrimination, (2) advance equality of opportunity, (3) foster good relations.'], { merge: ['A', 'G'], height: 28, style: { italic: true } });
  p.blank();
  p.header(['EDS', 'Equality Aim', 'WRES Metric', 'Action', 'Lead', 'Timescale', 'Update'], { style: { fill: C.purple, color: C.white } });
  const G3 = 'Goal 3\nEngaged and supported staff'; const G4 = 'Goal 4\nInclusive leadership';
  const rows = [
    [G3, 'Meets equality aims 1, 2 and 3', '1', 'Set a stretch target for BME representation at Band 8a and above, with a succession plan that considers positive action for senior posts.\n• Review how equality monitoring data is collected\n• Train the administrators who collect it\n• Publish the data each year', 'Director of Workforce & OD', 'Quarterly Governing Body update', 'Target of 15% at Band 8a and above by 2024 agreed by the Remuneration Committee in June 2021.'],
    [G3, 'Meets all the equality aims', '2', 'Introduce spot audits of recruitment and compare the success of BME candidates by profession.\n• Unconscious bias training for all interview panel members\n• Work with local BME community groups to encourage applications', 'Assistant Director of Workforce Transformation / Head of Equality & Human Rights', 'Ongoing', 'First spot audit (12 campaigns) completed in September 2021.'],
    [G3, 'Meets equality aims 1, 2 and 3', '3', 'Hold focus groups with BME staff to understand the disciplinary data, and build ethnicity into the HR team\'s monthly case review meetings.', 'Head of HR', 'December 2021', ''],
    [G4, 'Meets equality aim 2', '4', 'Record every request for non-mandatory training and CPD, and every approval, by ethnicity and report them twice a year.', 'Learning & Development Lead', 'Q3 2021/22', 'Request form updated; first report due January 2022.'],
    [G3, 'Meets equality aims 1 and 3', '5, 6', 'Promote the Dignity at Work advisers and the Freedom to Speak Up Guardian to all staff, with a separate route for staff working in GP practices on CCG business.', 'Head of Corporate Governance', 'Ongoing', 'Guardian\'s details in the staff bulletin each month.'],
    [G4, 'Meets equality aim 2', '7', 'Offer every BME member of staff at Bands 5 to 7 a place on the ICS \'Stepping Up\' leadership programme or a coaching package.', 'Director of Workforce & OD', 'March 2022', 'Four staff on the programme; two taking up coaching.'],
    [G4, 'Meets equality aims 1, 2 and 3', '8', 'Make sure every manager has an equality and diversity objective in their 2021/22 appraisal.', 'Executive Directors', 'Annually (July)', ''],
    [G4, 'Meets all the equality aims', '9', 'Review the recruitment process for Governing Body lay members and clinical leads so that vacancies reach BME clinicians and local community leaders.', 'Chief Finance Officer / Board Secretary', 'March 2022', 'Lay member advert sent to three community networks in November 2021.'],
  ];
  const firstRow = p.r + 1;
  for (const r of rows) {
    const [eds, aim, met, act, lead, ts, upd] = r;
    p.action(r, { indicators: met.split(', '), action: act, lead, due: ts, progress: upd }, { styles: [{ bold: true }, { italic: true }, { alignment: { horizontal: 'center' } }] });
  }
  // EDS goal merged down over runs of the same goal
  let s = firstRow;
  for (let r = firstRow; r <= p.r; r++) if (r === p.r || rows[r + 1 - firstRow][0] !== rows[r - firstRow][0]) { for (let k = s + 1; k <= r; k++) p.ws.getCell(`A${k}`).value = null; mergeDown(p.ws, 'A', s, r); s = r + 1; }
  p.blank();
  p.line(['Plan owner: Head of Equality & Human Rights. Reviewed by the Quality and Equality Committee on 21 October 2021.'], { merge: ['A', 'G'], style: { italic: true } });
  p.ws.views = [{ state: 'frozen', ySplit: 5 }];
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional clinical commissioning group, for its own staff) laid out like a real published 'Workforce Race Equality Standard Implementation Plan' (docsbay): sheet 'WRES Implementation Plan', the CCG's name, the title, an italic line explaining that the plan is mapped to the EDS2 goals and to the CCG's three numbered equality aims, a blank row, then the purple header (row 5) 'EDS | Equality Aim | WRES Metric | Action | Lead | Timescale | Update' and eight actions, then a plan-owner line. The EDS column holds 'Goal 3 / Engaged and supported staff' or 'Goal 4 / Inclusive leadership', MERGED DOWN over runs of the same goal; the Equality Aim column says 'Meets equality aims 1, 2 and 3', 'Meets equality aim 2', 'Meets all the equality aims'; the WRES Metric column holds the indicator ('5, 6' for one action). Most action cells are a target sentence followed by '•' steps. Judgement calls: indicators come from the WRES Metric column only, in the order written ('5, 6' → ['5','6']) – NEVER from the EDS goal number or the equality-aim numbers; the EDS and Equality Aim cells give no field (theme null: the EDS goal is a mapping, not a heading); one action per row, the gold action the whole Action cell with its bullets; lead as written ('Assistant Director of Workforce Transformation / Head of Equality & Human Rights' whole); due = Timescale as written ('Quarterly Governing Body update', 'Annually (July)', 'Q3 2021/22'); progress = Update ('' where empty); no status, rag null. The plan owner in the closing line is no lead and the review date no due.", { crossRef: { metricCol: 'C', otherCols: ['A', 'B'] }, notFrom: ['A', 'B'], forbidden: ['Head of Equality & Human Rights', '21 October 2021'] });
}
