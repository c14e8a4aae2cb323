// holdout23-wdes-2021-22-tallisford: NEW LAYOUT – THE PLAN WRITTEN AS A QUALITY-IMPROVEMENT DRIVER DIAGRAM: MENTAL HEALTH AND
// SUBSTANCE MISUSE trust with a QI programme. One table: 'Aim' MERGED down the whole table, 'Primary drivers' and 'Secondary
// drivers' MERGED down over their groups, then one CHANGE IDEA per row (the action) with its 'Measures' (an outcome measure naming
// the WDES metric and a process measure), 'Idea owner', 'Test by', 'PDSA stage' (the status word, filled) and 'Learning so far'.
import { Book, Plan, C, D, shown, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Tallisford Mental Health and Substance Misuse NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout23-wdes-2021-22-tallisford', sheet: 'WDES driver diagram', standard: 'WDES', period: '2021-22', trust, widths: [30, 24, 26, 50, 30, 26, 10, 18, 40] });
  p.line([trust], { merge: ['A', 'I'], style: { bold: true, font: { size: 14 }, color: 'FF7030A0' } });
  p.line(['WDES 2021/22 – driver diagram'], { merge: ['A', 'I'], style: { bold: true, font: { size: 12 } } });
  p.line(['Our WDES plan this year is written as a quality improvement driver diagram. The aim on the left is reached through the primary drivers, which depend on the secondary drivers; the change ideas are what we will test with PDSA (plan–do–study–act) cycles. Each change idea is one action, with an owner, a date by which the test will be complete and its PDSA stage.'], { merge: ['A', 'I'], height: 42 });
  p.line(['PDSA stage: Adopted (blue) = tested and now how we work · Testing (green) = on track · Testing – delayed (amber) · Not started (red)'], { merge: ['A', 'I'], style: { italic: true, font: { size: 9 } } });
  p.blank();
  const h = p.header(['Aim', 'Primary drivers', 'Secondary drivers', 'Change ideas', 'Measures', 'Idea owner', 'Test by', 'PDSA stage', 'Learning so far'], { style: { fill: 'FFE4DFEC' } });
  p.ws.views = [{ state: 'frozen', ySplit: h }];
  const aim = 'By March 2023, halve the gap between disabled and non-disabled staff who experience harassment, bullying or abuse from managers (WDES Metric 4a, from managers: 19.8% v 10.2% in 2020) and close the gap in feeling valued by the organisation (Metric 7).';
  const S = { Adopted: [C.blue, 'blue', C.white], Testing: [C.green, 'green'], 'Testing – delayed': [C.amber, 'amber'], 'Not started': [C.red, 'red', C.white] };
  const F = 'mmm-yy';
  // [primary, [[secondary, [[idea, measures, inds, owner, due, stage, learning]]]]]
  const tree = [
    ['Managers know how to support disabled staff', [
      ['Line managers understand adjustments and the Access to Work scheme', [
        ['Add a 45-minute "adjustments conversation" module to the new managers\' programme.', 'Outcome: WDES metric 4a (managers)\nProcess: % of new managers completing the module', ['4a'], 'Head of Leadership Development', D(2021, 10, 31), 'Adopted', 'Module now compulsory; 88% completion in first two cohorts.'],
        ['Give every manager in the drug and alcohol teams a one-page adjustments guide co-written with the Disability Network.', 'Outcome: WDES metric 8\nProcess: number of guides requested', ['8'], 'Clinical Director, Addictions', D(2021, 12, 31), 'Testing', 'Tested in two community teams; wording changed after feedback.'],
      ]],
      ['Managers handle sickness and performance fairly', [
        ['Test a disability check-in before any stage 1 sickness or capability meeting.', 'Outcome: WDES metric 3\nProcess: % of stage 1 meetings with a check-in', ['3'], 'Head of Employee Relations', D(2022, 1, 31), 'Testing – delayed', 'PDSA 1 stalled – ER team short-staffed in Q3.'],
        ['Ask staff who went through a formal process how it felt, and feed it back to the manager.', 'Outcome: WDES metric 4a (managers)\nProcess: response rate to the follow-up survey', ['4a'], 'Head of Employee Relations', D(2022, 3, 31), 'Not started', ''],
      ]],
    ]],
    ['Disabled staff feel safe to speak up and report', [
      ['Reporting routes are trusted', [
        ['Offer an anonymous reporting option through the Freedom to Speak Up app.', 'Outcome: WDES metric 4b (reporting)\nProcess: reports per month', ['4b'], 'Freedom to Speak Up Guardian', D(2021, 11, 30), 'Testing', 'Live on one inpatient site; 9 reports in the first month.'],
        ['Have Disability Network members act as "reporting buddies" on inpatient wards.', 'Outcome: WDES metrics 4a (patients) and 4b\nProcess: number of buddies trained', ['4a', '4b'], 'Chair, Disability Network', D(2022, 2, 28), 'Testing', 'Six buddies trained.'],
      ]],
      ['Staff voices reach the Board', [
        ['Invite a disabled member of staff to tell their story at every other Board meeting.', 'Outcome: WDES metrics 7 and 9a\nProcess: stories heard', ['7', '9a'], 'Director of People', D(2021, 9, 30), 'Adopted', 'Three stories heard; Board asked for follow-up actions each time.'],
      ]],
    ]],
    ['Workplace adjustments happen quickly', [
      ['One route and one budget for adjustments', [
        ['Test a central adjustments fund and a single request form in the substance misuse services.', 'Outcome: WDES metric 8\nProcess: days from request to adjustment in place', ['8'], 'Deputy Director of Finance', D(2022, 3, 31), 'Testing – delayed', 'Form built; fund awaiting Finance Committee.'],
        ['Agree a 28-day standard for equipment adjustments with the IT and estates teams.', 'Outcome: WDES metric 8\nProcess: % of adjustments in 28 days', ['8'], 'Head of IT Service Desk', D(2022, 1, 31), 'Testing', 'Median now 34 days (was 61).'],
      ]],
      ['Staff can take their adjustments with them', [
        ['Introduce a workplace adjustments passport that moves with staff between teams.', 'Outcome: WDES metric 5\nProcess: passports issued', ['5'], 'Occupational Health Manager', D(2021, 12, 31), 'Adopted', 'Passport in use trust-wide since December.'],
      ]],
    ]],
    ['Our data tells us where to act', [
      ['Staff feel safe to declare a disability', [
        ['Run a "why it matters" declaration campaign led by network members, including peer support workers with lived experience.', 'Outcome: WDES metric 1\nProcess: ESR declaration rate', ['1'], 'Head of Workforce Information', D(2021, 11, 30), 'Adopted', 'Declaration 4.6% → 6.9%.'],
        ['Publish a quarterly WDES data dashboard for each care group, including Board and senior pay bands.', 'Outcome: WDES metrics 1 and 10\nProcess: dashboards published', ['1', '10'], 'Head of Workforce Information', D(2022, 3, 31), 'Not started', ''],
      ]],
    ]],
  ];
  const first = p.r + 1; const groups = { primary: [], secondary: [] };
  for (const [prim, secs] of tree) {
    const p0 = p.r + 1;
    for (const [sec, ideas] of secs) {
      const s0 = p.r + 1;
      for (const [idea, meas, inds, owner, due, stage, learn] of ideas) {
        p.action([p.r + 1 === first ? aim : '', p.r + 1 === p0 ? prim : '', p.r + 1 === s0 ? sec : '', idea, meas, owner, due, stage, learn], { indicators: inds, action: idea, lead: owner, due: shown(due, F), status: stage, rag: S[stage][1], progress: learn }, { styles: [{ bold: true, fill: 'FFF2F2F2' }, { bold: true }, { italic: true }, {}, { font: { size: 9 } }, {}, { numFmt: F }, { fill: S[stage][0], ...(S[stage][2] ? { color: S[stage][2] } : {}) }] });
      }
      mergeDown(p.ws, 'C', s0, p.r); groups.secondary.push([s0, p.r]);
    }
    mergeDown(p.ws, 'B', p0, p.r); groups.primary.push([p0, p.r]);
  }
  mergeDown(p.ws, 'A', first, p.r);
  p.blank();
  p.line(['Measures: the outcome measure is the WDES metric we expect the change idea to move; process measures tell us whether the test is happening. Reviewed monthly at the WDES QI huddle.'], { merge: ['A', 'I'], style: { italic: true, font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) with a real-world layout NO EARLIER BATCH HAS: THE WDES PLAN WRITTEN AS A QUALITY-IMPROVEMENT DRIVER DIAGRAM. A MENTAL HEALTH AND SUBSTANCE MISUSE trust with a QI programme lays its 2021/22 plan out as the driver diagram its QI teams use, in table form: purple trust line, plan line, an intro explaining aim → primary drivers → secondary drivers → change ideas tested with PDSA cycles ('Each change idea is one action'), an italic PDSA-stage key line, a blank row, then a lilac header (row 6, frozen) 'Aim | Primary drivers | Secondary drivers | Change ideas | Measures | Idea owner | Test by | PDSA stage | Learning so far'. The AIM is one cell MERGED DOWN the whole table (A7:A18) and names WDES metrics 4a (from managers) and 7; four PRIMARY DRIVERS are merged down over their 2–4 change ideas; seven SECONDARY DRIVERS are merged down over their 1–2 change ideas. Each row below the header is ONE CHANGE IDEA. 'Measures' holds two lines: 'Outcome: WDES metric 4a (managers)' (or 'metric 4b (reporting)', 'metrics 4a (patients) and 4b', 'metrics 7 and 9a', 'metrics 1 and 10') and a process measure with no metric. Owners are job titles; 'Test by' real dates shown mmm-yy; 'PDSA stage' a word FILLED by the key (Adopted blue, Testing green, Testing – delayed amber, Not started red); 'Learning so far' the update. A measures footnote below. Judgement calls: the actions are the CHANGE IDEAS, not the aim or the drivers (the aim is the goal, drivers are the conditions that must hold, change ideas are what the trust will do); the indicators come from each idea's OUTCOME measure, not the aim (the aim names 4a and 7 beside every row, but e.g. row 14's idea serves metric 8 only); the bracketed glosses ('(managers)', '(reporting)') follow the 2021 WDES wording – 4a harassment from patients, managers or colleagues, 4b reporting it – and add no indicator; lead = Idea owner; due = Test by; status = the PDSA stage word and rag its fill; Learning so far = progress; the primary and secondary drivers are merged grouping columns, not heading rows, so theme null; the key, intro and footnote lines are not actions.", { ragCol: 'H', mode: 'fill', driverDiagram: { headerRow: h, aimCol: 'A', primaryCol: 'B', secondaryCol: 'C', ideaCol: 'D', measureCol: 'E', ownerCol: 'F', dueCol: 'G', stageCol: 'H', first, last: p.r - 2, groups } });
}
