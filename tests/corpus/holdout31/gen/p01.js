// holdout31-wres-2016-17-elmstead: follows Great Ormond Street Hospital's 'WRES Action Plan 2016/17' (paperzz.com/doc/7321648/wres-action-plan):
// an all-capitals seven-column table EQUALITY OBJECTIVE | RATIONALE | WRES INDICATOR | MEASUREMENT | BASELINE MEASURE | TARGET | ACTION,
// indicators written in pairs with an ampersand ('1&9', '6&8'), no lead and no timescale column (dates only inside the target wording),
// an ACTION cell that opens 'Various approaches … These will include:' with bullets, and the first objective's actions running on to a
// second row (a page break in the PDF) with the objective's cells left to cover both.
import { Book, Plan, C, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = "Elmstead Children's Hospital NHS Foundation Trust";
  const p = new Plan(book, { name: 'holdout31-wres-2016-17-elmstead', sheet: 'WRES Action Plan 2016-17', standard: 'WRES', period: '2016-17', trust, widths: [24, 30, 11, 26, 28, 28, 46], font: { name: 'Calibri', size: 10 } });
  p.line([trust], { merge: ['A', 'G'], style: { bold: true, font: { size: 12 } } });
  p.line(['WRES Action Plan 2016/17'], { merge: ['A', 'G'], style: { bold: true, font: { size: 14 }, color: C.nhs } });
  p.header(['EQUALITY OBJECTIVE', 'RATIONALE', 'WRES INDICATOR', 'MEASUREMENT', 'BASELINE MEASURE', 'TARGET', 'ACTION'], { style: { fill: C.navy, color: C.white, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } }, height: 30 });
  const rows = [
    ['Make the Trust Board and senior leaders more visible to staff', 'Staff survey comments ask for more contact with senior leaders. Leaders need to show their own commitment to equality after the EDS2 grading event rated this area as developing.', '1&9', 'Annual staff survey: staff reporting good communication between senior managers and staff.', 'Staff Survey 2015: Trust score 29%. Average for acute specialist trusts: 36%.', '2017 survey: 32%. By the end of 2019 the Trust score matches the specialist trust average, with better EDS2 and WRES results as well.', [
      'A phased set of approaches over the life of the objective. These will include:\n• open "ask the Board" sessions held on each site every quarter\n• Board and senior leader development on equality, using staff and patient stories',
      '• Pilot reverse mentoring between two Board members and two BME colleagues.\n• Senior leaders take part in Black History Month and staff network events through the year.',
    ]],
    ['Help managers and staff recognise and deal with bullying and harassment, so that fewer concerns arise over time', 'Bullying and harassment scored lowest of all EDS2 outcomes at the grading event, and BME staff report more of it than white staff.', '6&8', 'Number of managers who have completed bullying and harassment training; levels reported in the staff survey.', 'Staff Survey 2015, harassment, bullying or abuse from staff: White 22%, BME 31%.', 'Reported levels fall by 5 percentage points by 2019.', [
      "Launch a one-day 'Respect at Work' course for line managers in 2016/17 and open it to all staff the following year.",
    ]],
    ['Fairer appointment to senior posts', 'White applicants are more likely than BME applicants to be appointed once shortlisted, most of all for posts at Band 8a and above.', '2', 'Relative likelihood of white applicants being appointed from shortlisting compared with BME applicants.', '2015/16: 1.58', 'Below 1.25 by March 2018.', [
      'Put a trained BME panel member on every interview panel for Band 8a and above, and report shortlisting and appointment outcomes by ethnicity each quarter.',
    ]],
    ['Fair use of the formal disciplinary process', 'BME staff are more likely than white staff to enter a formal disciplinary process.', '3', 'Relative likelihood of BME staff entering the formal disciplinary process.', '2015/16: 1.71', 'Ratio of 1.2 or lower by 2018.', [
      'An HR manager from outside the line reviews every case before a BME member of staff enters the formal disciplinary process.',
    ]],
    ['Equal access to non-mandatory training and CPD', 'Study leave and CPD funding are not recorded centrally, so uptake by ethnicity cannot be measured.', '4', 'Relative likelihood of white staff accessing non-mandatory training and CPD compared with BME staff.', 'Not measured in 2015/16.', 'Baseline reported in the 2017 WRES submission.', [
      'Record all study leave and CPD funding on ESR so that uptake can be reported by ethnicity.',
    ]],
    ['Reduce abuse of staff by parents and visitors', 'A third of BME staff in outpatient areas report abuse from parents or visitors.', '5', 'Staff survey: harassment, bullying or abuse from patients, relatives or the public.', 'Staff Survey 2015: White 24%, BME 30%.', 'Gap between BME and white staff halved by 2019.', [
      'With the security team, add ethnicity to incident reports of abuse from parents and visitors, and give staff a quick way to report it from the ward.',
    ]],
    ['Staff believe the Trust offers equal opportunities for career progression', 'Fewer BME staff than white staff believe the Trust offers equal opportunities for progression.', '7', 'Staff survey: percentage believing the Trust provides equal opportunities for career progression or promotion.', 'Staff Survey 2015: White 88%, BME 71%.', '2017 survey: BME score of 78% or more.', [
      "Run a 'Stepping Up' career development programme for BME staff at Bands 5 to 7, with 20 places a year.",
    ]],
  ];
  for (const [obj, why, ind, meas, base, target, acts] of rows) {
    const inds = ind.split(/\s*&\s*/);
    const first = p.r + 1;
    acts.forEach((a, i) => {
      p.action(i === 0 ? [obj, why, ind, meas, base, target, a] : [undefined, undefined, undefined, undefined, undefined, undefined, a], { indicators: inds, action: a, outcome: target });
    });
    for (const col of ['A', 'B', 'C', 'D', 'E', 'F']) mergeDown(p.ws, col, first, p.r);
    p.ws.getCell(`C${first}`).alignment = { horizontal: 'center', vertical: 'top', wrapText: true };
  }
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, a specialist children's hospital) laid out like a real published 'WRES Action Plan 2016/17' (Great Ormond Street Hospital's, as converted from PDF): the trust name (row 1), the title (row 2), then ONE all-capitals header 'EQUALITY OBJECTIVE | RATIONALE | WRES INDICATOR | MEASUREMENT | BASELINE MEASURE | TARGET | ACTION' (row 3, white on navy) and one row per objective, the last column holding the action. There is NO LEAD COLUMN and NO TIMESCALE COLUMN; years appear only inside the target wording ('by 2019', 'by March 2018'). Indicators are written in pairs with an ampersand ('1&9', '6&8'). The first objective's actions run on to a second row (in the source the list carried over a page break): the objective, rationale, indicator, measurement, baseline and target cells are merged down over both rows, and the second ACTION cell holds two further bullets. Judgement calls: every ACTION cell is one action (the 'These will include:' bullets are part of its text, not separate actions); the run-on row is its own action under the same objective, with the objective's indicators and target; indicators from the WRES INDICATOR column, split at '&' ('1&9' → ['1','9']); outcome = the TARGET cell as written (the measurable end point); lead '' and due '' because the plan names neither – the year inside a target is the date the target should be met, not a timescale for the action; the objective is a column, not a section heading, so theme null; rationale, measurement and baseline are context; no status, rag null.", { noLead: true, noDue: true });
}
