// holdout95-wres-2024-25-lanthorpe: acute teaching trust, the 2024/25 plan as rebuilt at the April 2024 year-end review, in three bands:
// 'A. Carried forward from 2023/24', 'B. New for 2024/25' and 'C. Closed at the review – not carried forward (for information)'. The C
// rows look like full actions (leads, dates, statuses) but are last year's, closed. Bands are no themes. Status on fills; real dates.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Lanthorpe Teaching Hospitals NHS Trust';
  const p = new Plan(book, { name: 'holdout95-wres-2024-25-lanthorpe', sheet: 'WRES 2024-25', standard: 'WRES', period: '2024-25', trust, widths: [7, 9, 50, 20, 26, 12, 14, 40], font: { name: 'Arial', size: 9 } });
  p.line([trust], { merge: ['A', 'H'], style: { bold: true, font: { size: 12 }, color: C.nhs } });
  p.line(['WRES Action Plan 2024/25 – agreed at the WRES year-end review, 23 April 2024; Q1 position'], { merge: ['A', 'H'], style: { bold: true } });
  p.blank();
  const h = p.header(['Ref', 'WRES ind.', 'Action', 'Exec lead', 'Operational lead', 'Target date', 'Status', 'Q1 update'], { style: { fill: C.nhs, color: C.white } });
  p.ws.views = [{ state: 'frozen', ySplit: h }];
  p.ws.autoFilter = `A${h}:H${h}`;
  const F = { 'On track': C.goodG, 'At risk': C.neutralA, 'Off track': C.badR, Complete: C.lightblue };
  const RAG = { 'On track': 'green', 'At risk': 'amber', 'Off track': 'red', Complete: 'blue' };
  const fmt = 'dd/mm/yyyy';
  const kept = []; const dropped = []; const bands = [];
  const band = (t) => bands.push(p.line([t], { merge: ['A', 'H'], border: true, style: { bold: true, fill: C.grey } }));
  const stl = (s) => [{}, { alignment: { horizontal: 'center' } }, {}, {}, {}, { numFmt: fmt }, { fill: F[s] }, {}];
  const act = (ref, ind, a, exec, op, due, s, upd) => p.action([ref, ind, a, exec, op, due, s, upd], { ref, indicators: ind.split(/\s*(?:&|,)\s*/), action: a, lead: op, due: shown(due, fmt), status: s, rag: RAG[s] ?? null, progress: upd }, { styles: stl(s) });
  band('A. Carried forward from 2023/24');
  kept.push(act('CF1', '2', 'Put an inclusion ambassador on every interview panel for posts at Band 8a and above, and report panel make-up each quarter.', 'Chief People Officer', 'Head of Talent Acquisition', D(2024, 9, 30), 'On track', 'Ambassadors on 88% of panels in Q1.'));
  kept.push(act('CF2', '3', 'Apply the "just culture" checklist before any formal disciplinary investigation, with a second review for BME staff.', 'Chief People Officer', 'Head of Employee Relations', D(2024, 6, 30), 'Complete', 'Checklist in the policy from 1 June.'));
  kept.push(act('CF3', '5', 'Extend the body-worn camera pilot to the Emergency Department and the Acute Medical Unit, and report racist abuse incidents by site.', 'Chief Nurse', 'Head of Security', D(2024, 12, 31), 'At risk', 'Cameras ordered; ED roll-out waiting for staff training.'));
  kept.push(act('CF4', '7', 'Run the "Lanthorpe Leads" positive action programme for BME staff at Bands 6–7, cohort 3.', 'Chief People Officer', 'Head of Leadership Development', D(2025, 3, 31), 'On track', 'Cohort 3 of 20 started in May.'));
  band('B. New for 2024/25');
  kept.push(act('N1', '1', 'Set divisional targets for BME representation at Band 8a and above, in line with the Model Employer goals, and put them in divisional performance reviews.', 'Chief People Officer', 'Head of Workforce Intelligence', D(2024, 10, 31), 'On track', 'Targets drafted for five of seven divisions.'));
  kept.push(act('N2', '4', 'Publish access to non-mandatory training and CPD funding by ethnicity and professional group every six months.', 'Chief Nurse', 'Head of Education', D(2024, 11, 30), 'Not started', ''));
  kept.push(act('N3', '6 & 8', 'Give every internationally educated nurse and doctor a named "first year" buddy, and ask at 3 and 9 months about bullying and discrimination.', 'Chief Nurse', 'Head of International Recruitment', D(2025, 1, 31), 'Off track', 'Buddy list not started – international recruitment lead post vacant.'));
  kept.push(act('N4', '9', 'Add a measurable race equality objective to every executive director\'s appraisal for 2024/25 (NHS EDI Improvement Plan, HIA 1).', 'Chief Executive', 'Director of Corporate Affairs', D(2024, 7, 31), 'Complete', 'All objectives set at June appraisals.'));
  band('C. Closed at the review – not carried forward (for information)');
  dropped.push(p.line(['2324-05', '2', 'Use anonymised application forms for all Band 5 nursing posts.', 'Chief Nurse', 'Head of Talent Acquisition', D(2024, 3, 31), 'Complete', 'Closed 23/04/24 – now standard practice, not carried forward.'], { border: true, style: { color: 'FF595959' }, styles: stl('Complete') }));
  dropped.push(p.line(['2324-08', '8', 'Commission a listening exercise with BME staff in Estates and Facilities on discrimination by managers.', 'Chief Operating Officer', 'Head of Estates', D(2024, 2, 29), 'Off track', 'Not carried forward – superseded by N3 and the Facilities culture review.'], { border: true, style: { color: 'FF595959' }, styles: stl('Off track') }));
  p.blank();
  p.line(['Section C is kept for information only and will be removed at Q2.'], { merge: ['A', 'H'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute teaching trust), the 2024/25 plan as rebuilt at the WRES year-end review of 23 April 2024, with its Q1 position. Arial 9: NHS-blue trust name, a bold title, a blank row, an NHS-blue header 'Ref | WRES ind. | Action | Exec lead | Operational lead | Target date | Status | Q1 update' (row 4, frozen, autofilter), then three grey BANDS merged across: 'A. Carried forward from 2023/24' (CF1–CF4), 'B. New for 2024/25' (N1–N4) and 'C. Closed at the review – not carried forward (for information)' (two rows with last year's refs 2324-05 and 2324-08, in dark-grey font but otherwise filled like actions – exec and operational leads, March and February 2024 target dates, statuses on fills), and an italic line saying section C is for information and will be removed at Q2. Target dates are real dates shown dd/mm/yyyy. Status words on light fills (On track green, At risk amber, Off track red, Complete blue; Not started unfilled). Judgement calls: the band rows say where an action came from and are NOT themes (theme null, as holdout45 ashdown's origin bands); the carried-forward and new rows are this year's actions; the two rows under band C are NOT actions – they are 2023/24 actions the review closed and did not carry forward (their own updates say so, their dates fall before the plan year, and the band and closing line say they are for information); so the plan has eight actions. Lead = Operational lead, never the Exec lead; status = the word, rag from its fill ('Not started' → null); due as displayed; ref = Ref; indicators from WRES ind. ('6 & 8' → both); the 'HIA 1' in N4's action is no indicator; progress = Q1 update, '' where empty; the review date is no due.", { mode: 'fill', ragCol: 7, notFrom: ['D'], review: { col: 'C', dropped, kept }, forbidden: ['23 April 2024', 'Chief People Officer', 'Chief Nurse', 'A. Carried forward from 2023/24', 'B. New for 2024/25'] });
}
