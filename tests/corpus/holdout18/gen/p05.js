// holdout18-wres-2017-18-bradwell: ORDINARY year-two WRES tracker of a large UNIVERSITY HOSPITALS trust – merged title,
// version line, BRAG key line ABOVE a navy header with LINE BREAKS 'Ref | Action | Indicator(s) | Executive\nsponsor | Lead |
// Milestones | Completion\ndate | BRAG | Comments' (frozen); refs 'BUH-R01'; indicator AFTER the action ('Indicators 5, 6
// and 8', 'Indicators 1–9'); leads PEOPLE'S NAMES; MILESTONES on several lines (not the due); real dd.mm.yyyy dates;
// B/G/A/R letters filled.
import { Book, Plan, C, D, shown, ALL_WRES } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout18-wres-2017-18-bradwell', sheet: 'WRES', standard: 'WRES', period: '2017-18', trust: 'Bradwell University Hospitals NHS Trust', widths: [10, 50, 16, 18, 20, 34, 12, 7, 38] });
  p.line(['Bradwell University Hospitals NHS Trust: Workforce Race Equality Standard action plan 2017-18'], { merge: ['A', 'I'], style: { bold: true, font: { size: 13 } } });
  p.line(['Version 1.1 – September 2017 (updated after the Race Equality Network meeting of 12 September)'], { merge: ['A', 'I'], style: { italic: true, font: { size: 9 } } });
  p.line(['BRAG key:  B – complete   G – on track   A – behind plan, recoverable   R – off track'], { merge: ['A', 'I'], style: { bold: true } });
  const h = p.header(['Ref', 'Action', 'Indicator(s)', 'Executive\nsponsor', 'Lead', 'Milestones', 'Completion\ndate', 'BRAG', 'Comments'], { style: { fill: C.navy, color: C.white, alignment: { vertical: 'middle', horizontal: 'center', wrapText: true } } });
  p.ws.views = [{ state: 'frozen', ySplit: h }];
  const S = { B: [C.blue, 'blue', C.white], G: [C.green, 'green'], A: [C.amber, 'amber'], R: [C.red, 'red', C.white] };
  const F = 'dd.mm.yyyy';
  const data = [
    ['BUH-R01', 'Set a target for BME representation at Band 8a and above for each clinical division.', 'Indicator 1', ['1'], 'Director of People', 'Grace Adeyemi', 'Targets drafted (July)\nAgreed by divisions (Sept)', D(2017, 9, 30), 'B', 'Targets in divisional scorecards.'],
    ['BUH-R02', 'Publish monthly ethnicity dashboards to divisional boards.', 'Indicator 1', ['1'], 'Director of People', 'Tom Harker', 'Dashboard built\nFirst issue', D(2017, 11, 30), 'G', 'Build complete; first issue November.'],
    ['BUH-R03', 'Use diverse interview panels, including a trained panel member from the Race Equality Network, for Band 8a+.', 'Indicator 2', ['2'], 'Director of People', 'Samina Qureshi', '30 panel members trained\nMonitoring from Q3', D(2017, 12, 31), 'G', '24 of 30 trained.'],
    ['BUH-R04', 'Audit shortlisting decisions for medical consultant posts with the Medical Director\'s office.', 'Indicator 2', ['2'], 'Medical Director', 'Dr Peter Lomax', 'Audit scope\nReport', D(2018, 2, 28), 'A', 'Scope agreed late; report now March.'],
    ['BUH-R05', 'Introduce a "just culture" decision tree before any disciplinary investigation is started.', 'Indicator 3', ['3'], 'Director of People', 'Helen Orme', 'Decision tree approved\nTraining for ER advisers', D(2017, 10, 31), 'B', 'In use since October.'],
    ['BUH-R06', 'Report access to non-mandatory training by ethnicity for every staff group.', 'Indicator 4', ['4'], 'Chief Nurse', 'Andrew Cole', 'Data cleanse\nFirst report', D(2018, 3, 31), 'R', 'Learning system cannot report ethnicity yet.'],
    ['BUH-R07', 'Introduce a zero-tolerance letter for patients and visitors who racially abuse staff.', 'Indicator 5', ['5'], 'Chief Nurse', 'Andrew Cole', 'Letter agreed with Legal\nLaunch', D(2017, 12, 31), 'G', 'Letter agreed.'],
    ['BUH-R08', 'Train managers in three pilot divisions to respond to bullying and discrimination complaints within 10 days.', 'Indicators 5, 6 and 8', ['5', '6', '8'], 'Director of People', 'Helen Orme', 'Pilot divisions chosen\nTraining\nEvaluation', D(2018, 3, 31), 'A', 'Training started; evaluation at risk.'],
    ['BUH-R09', 'Run a second cohort of the "Bradwell Rising" development programme for BME staff at Bands 5–7.', 'Indicator 7', ['7'], 'Director of People', 'Samina Qureshi', 'Recruit cohort\nModules 1–4', D(2018, 3, 31), 'G', '22 participants.'],
    ['BUH-R10', 'Invite BME staff to shadow executive directors for a day.', 'Indicator 7', ['7'], 'Chief Executive', 'Grace Adeyemi', 'Scheme launched', D(2017, 11, 30), 'R', 'No executive diary time offered yet.'],
    ['BUH-R11', 'Agree with the Chair how the next two non-executive appointments will reach BME candidates.', 'Indicator 9', ['9'], 'Chair', 'Louise Bright', 'Recruitment brief', D(2018, 1, 31), 'G', 'Brief drafted.'],
    ['BUH-R12', 'Report progress on this plan to the People Committee every quarter and to the Board twice a year.', 'Indicators 1–9', ALL_WRES, 'Director of People', 'Louise Bright', 'Q2, Q3, Q4 reports', D(2018, 3, 31), 'G', 'Q1 report received in July.'],
  ];
  for (const [ref, action, ind, inds, exec, lead, ms, due, st, com] of data)
    p.action([ref, action, ind, exec, lead, ms, due, st, com], { ref, indicators: inds, action, lead, due: shown(due, F), status: st, rag: S[st][1], progress: com }, { styles: [{}, {}, {}, {}, {}, {}, { numFmt: F }, { fill: S[st][0], ...(S[st][2] ? { color: S[st][2] } : {}), alignment: { horizontal: 'center', vertical: 'top' } }] });
  p.blank();
  p.line(['Milestones are interim steps; the completion date is the date the whole action is due.'], { merge: ['A', 'I'], style: { font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY year-two WRES tracker of a large UNIVERSITY HOSPITALS trust: a bold merged title naming the trust, a small italic version line, a bold BRAG KEY LINE directly above the header ('B – complete  G – on track  A – behind plan, recoverable  R – off track'), then a navy header with LINE BREAKS 'Ref | Action | Indicator(s) | Executive\\nsponsor | Lead | Milestones | Completion\\ndate | BRAG | Comments' (row 4, frozen). Refs 'BUH-R01'…'BUH-R12'. The indicator column comes AFTER the action ('Indicator N', 'Indicators 5, 6 and 8', 'Indicators 1–9' = all nine). Two person columns: Executive sponsor (role) and Lead (a PERSON'S NAME) – gold lead = Lead. 'Milestones' lists interim steps on several lines of one cell (not the due); completion dates are real, shown dd.mm.yyyy. BRAG letters B/G/A/R filled blue/green/amber/red. Comments = progress. A note under the table says milestones are interim steps. Judgement calls: lead = the named Lead, not the Executive sponsor; due = Completion date, not a milestone; the key line above the header is not a header.", { ragCol: 'H', mode: 'fill' });
}
