// holdout16-wres-2017-18-kindersley: ORDINARY year-two WRES tracker – title then trust (merged), key line ABOVE the
// header; ACTION FIRST 'Action | Indicator | Accountable director | Responsible manager | Due | Completed on | Status |
// Update (Sept 2017) [HIDDEN] | Update (Dec 2017)'; indicators as NUMBERS ('5,6' and '1-9' text); Due and Completed on
// real dd.mm.yy; five status words filled, grey 'Not started' → rag null; gold lead = Responsible manager.
import { Book, Plan, C, D, shown, ALL_WRES } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout16-wres-2017-18-kindersley', sheet: 'Action plan', standard: 'WRES', period: '2017-18', trust: 'Kindersley and District Hospitals NHS Trust', widths: [56, 10, 24, 27, 11, 12, 16, 40, 44] });
  p.line(['WRES action plan 2017/18 – progress tracker'], { merge: ['A', 'I'], style: { bold: true, font: { size: 14 } } });
  p.line(['Kindersley and District Hospitals NHS Trust'], { merge: ['A', 'I'], style: { italic: true, font: { size: 11 } } });
  p.line(['Status colours: Complete (dark green), On schedule (light green), Behind schedule (amber), Overdue (red), Not started (grey).'], { merge: ['A', 'I'], style: { font: { size: 9 } } });
  const h = p.header(['Action', 'Indicator', 'Accountable director', 'Responsible manager', 'Due', 'Completed on', 'Status', 'Update (Sept 2017)', 'Update (Dec 2017)'], { style: { fill: C.lightblue, alignment: { vertical: 'middle', wrapText: true } } });
  p.ws.getColumn(8).hidden = true;
  p.ws.views = [{ state: 'frozen', ySplit: h, xSplit: 1 }];
  const S = { Complete: ['FF00823B', 'green', C.white], 'On schedule': [C.lightgreen, 'green'], 'Behind schedule': [C.amber, 'amber'], Overdue: [C.red, 'red', C.white], 'Not started': [C.grey, null] };
  const F = 'dd.mm.yy';
  const data = [
    ['Set BME representation targets for Bands 8a and above for each division, in line with the overall workforce.', 1, ['1'], 'Director of Workforce', 'Head of Workforce Planning', D(2017, 9, 30), D(2017, 9, 21), 'Complete', 'Targets drafted for the People Committee.', 'Targets agreed by the People Committee on 21 September.'],
    ['Include an independent panel member from a different ethnic background on every Band 8a+ interview panel.', 2, ['2'], 'Director of Workforce', 'Recruitment and Retention Manager', D(2017, 12, 31), null, 'Behind schedule', 'Pool of 20 panel members being trained.', 'Pool of 31 trained; used on 60% of panels so far.'],
    ['Audit all shortlisting decisions for Band 6 and 7 nursing posts for three months and feed back to managers.', 2, ['2'], 'Chief Nurse', 'Deputy Director of Nursing (Workforce)', D(2017, 11, 30), D(2017, 12, 8), 'Complete', 'Audit started in July.', 'Audit report to Nursing Board 8 December.'],
    ['Introduce a "decision-making tree" for managers to use before starting any formal disciplinary process.', 3, ['3'], 'Director of Workforce', 'Employee Relations Manager', D(2017, 10, 31), D(2017, 10, 16), 'Complete', 'Draft with staff side.', 'Launched 16 October.'],
    ['Publish the list of funded non-mandatory courses and track who applies and who is successful, by ethnicity.', 4, ['4'], 'Director of Education', 'Education Business Manager', D(2018, 3, 31), null, 'On schedule', '', 'Tracking set up on the learning system.'],
    ['Launch the "Respect" campaign on racist abuse from patients and visitors, with posters in every ward.', '5,6', ['5', '6'], 'Chief Operating Officer', 'Head of Patient Experience', D(2017, 11, 30), null, 'Overdue', 'Posters designed.', 'Printing delayed; launch moved to February.'],
    ['Train 30 staff as Freedom to Speak Up champions, at least ten of them from BME backgrounds.', 6, ['6'], 'Director of Corporate Affairs', 'Freedom to Speak Up Guardian', D(2018, 1, 31), null, 'On schedule', '14 champions recruited.', '24 champions trained, 9 from BME backgrounds.'],
    ['Run a reverse mentoring programme pairing BME staff with the executive team.', 7, ['7'], 'Chief Executive', 'Head of Organisational Development', D(2018, 3, 31), null, 'Not started', '', 'Programme design agreed; pairs to be matched in February.'],
    ['Review the grievance and bullying cases raised by BME staff in 2016/17 for themes about managers.', 8, ['8'], 'Director of Workforce', 'Employee Relations Manager', D(2018, 2, 28), null, 'Behind schedule', 'Cases identified.', 'Review half complete.'],
    ['Report progress on this plan to the Board with the 2018 WRES data.', '1-9', ALL_WRES, 'Director of Workforce', 'Equality and Inclusion Lead', D(2018, 3, 31), null, 'On schedule', '', 'Board report scheduled for March.'],
  ];
  for (const [action, ind, inds, acc, lead, due, done, st, q2, q3] of data) {
    p.action([action, ind, acc, lead, due, done, st, q2, q3], { indicators: inds, action, lead, due: shown(due, F), status: st, rag: S[st][1], progress: q3, completed: done ? shown(done, F) : '' }, { styles: [{}, { alignment: { horizontal: 'center', vertical: 'top' } }, {}, {}, { numFmt: F }, { numFmt: F }, { fill: S[st][0], ...(S[st][2] ? { color: S[st][2] } : {}) }] });
  }
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY year-two WRES tracker: merged title 'WRES action plan 2017/18 – progress tracker', the trust name (italic, merged) under it, and a small KEY LINE directly ABOVE the header naming the five status colours; light-blue header with the ACTION FIRST 'Action | Indicator | Accountable director | Responsible manager | Due | Completed on | Status | Update (Sept 2017) | Update (Dec 2017)' (row 4, frozen at B5). Column H 'Update (Sept 2017)' is HIDDEN (last quarter's update). Indicators are NUMBERS stored as numbers, plus text '5,6' and '1-9' (= all nine). Gold lead = Responsible manager (operational); the Accountable director is the executive owner, not the lead. Due and Completed on are real dates shown dd.mm.yy; gold completed = Completed on where filled. Status words filled: Complete DARK GREEN (white text) → green, On schedule light green → green, Behind schedule amber, Overdue red, Not started GREY → rag null (grey is not a RAG colour). Progress = the visible 'Update (Dec 2017)'. No rows below the table. Judgement calls: lead = Responsible manager, not Accountable director; progress = the latest visible update, not the hidden September one; due = Due even where Completed on is later (action 3) or earlier.", { ragCol: 'G', mode: 'fill' });
}
