// holdout17-wres-2021-22-ormskell: ORDINARY INTEGRATED-CARE trust WRES plan – title, trust + intro; 'Objective | WRES
// indicator(s) | Action | Owner | Deadline | BRAG | Progress notes' with autofilter; OBJECTIVE MERGED DOWN (a column,
// theme null); owners as NAME ON ONE LINE, ROLE ON THE NEXT; 'WRES 1', 'WRES 5 & 6', 'WRES 1-9'; real 'mmm-yy' dates +
// 'Ongoing'; B/G/A/R letters filled; key line below.
import { Book, Plan, C, D, shown, mergeDown, ALL_WRES } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout17-wres-2021-22-ormskell', sheet: 'WRES Action Plan', standard: 'WRES', period: '2021-22', trust: 'Ormskell Integrated Care NHS Trust', widths: [30, 14, 54, 28, 11, 8, 44], font: { name: 'Calibri', size: 11 } });
  p.line(['WRES Action Plan 2021/22'], { merge: ['A', 'G'], style: { bold: true, font: { size: 16 } } });
  p.line(['Ormskell Integrated Care NHS Trust – hospital, community and adult social care services'], { merge: ['A', 'G'], style: { bold: true } });
  p.line(['Our objectives come from the 2021 WRES data and the conversations we held with the Race Equality Network in the spring. Each objective has one or more actions with a named owner.'], { merge: ['A', 'G'], height: 30 });
  p.blank();
  const h = p.header(['Objective', 'WRES indicator(s)', 'Action', 'Owner', 'Deadline', 'BRAG', 'Progress notes'], { style: { fill: C.tan, alignment: { vertical: 'middle', wrapText: true } } });
  p.ws.autoFilter = `A${h}:G${h}`;
  const S = { B: [C.blue, 'blue', C.white], G: [C.green, 'green'], A: [C.amber, 'amber'], R: [C.red, 'red', C.white] };
  const F = 'mmm-yy';
  const groups = [
    ['Our workforce reflects the communities we serve at every level', [
      ['WRES 1', ['1'], 'Set band-by-band ethnicity aspirations for each care group and report them every quarter.', 'Hannah Quaye\nHead of Workforce Intelligence', D(2021, 9, 30), 'B', 'Aspirations agreed by the People Committee in September.'],
      ['WRES 2', ['2'], 'Introduce inclusive recruitment champions on panels for all Band 8a+ posts.', 'Tom Adeyemi\nHead of Resourcing', D(2022, 1, 31), 'G', '21 champions trained.'],
      ['WRES 2', ['2'], 'Use anonymised shortlisting in TRAC for social care and community posts.', 'Tom Adeyemi\nHead of Resourcing', D(2021, 11, 30), 'A', 'Supplier update needed; testing in December.'],
    ]],
    ['Fair and just treatment for every colleague', [
      ['WRES 3', ['3'], 'Use the Just and Learning Culture decision tool before any formal disciplinary process.', 'Gemma Rowe\nDeputy Director of People', D(2021, 7, 31), 'B', 'In use since July; formal cases halved.'],
      ['WRES 4', ['4'], 'Publish who receives funded CPD and study leave by ethnicity each year.', 'Kwame Boateng\nHead of Education', D(2022, 3, 31), 'G', 'Data collected for Q1–Q2.'],
    ]],
    ['Colleagues are safe from racism and discrimination', [
      ['WRES 5 & 6', ['5', '6'], 'Roll out Active Bystander training to teams in the Emergency Department and the home care service.', 'Lucy Marsh\nHead of OD', D(2022, 3, 31), 'A', 'Home care sessions delayed by staffing.'],
      ['WRES 5', ['5'], 'Display a clear statement that racist abuse from patients, service users or families will not be tolerated.', 'Sam Okoro\nHead of Patient Experience', D(2021, 10, 31), 'B', 'Posters and website statement in place.'],
      ['WRES 8', ['8'], 'Add race discrimination as a category on the Freedom to Speak Up log and report themes to the Board.', 'Ruth Ellis\nFreedom to Speak Up Guardian', D(2021, 12, 31), 'R', 'Log system cannot be changed until April.'],
    ]],
    ['Fair access to career progression and leadership', [
      ['WRES 7', ['7'], 'Launch a reciprocal mentoring programme pairing executives with Race Equality Network members.', 'Lucy Marsh\nHead of OD', D(2022, 2, 28), 'G', 'Eight pairs matched.'],
      ['WRES 9', ['9'], 'Include race equality in the objectives of every executive director.', 'Chief Executive', D(2021, 6, 30), 'B', 'In place for 2021/22 appraisals.'],
      ['WRES 1-9', ALL_WRES, 'Report progress on this plan to the Board and to the Race Equality Network.', 'Gemma Rowe\nDeputy Director of People', 'Ongoing', 'G', 'Reported to Board in October.'],
    ]],
  ];
  for (const [obj, acts] of groups) {
    const first = p.r + 1;
    acts.forEach(([ind, inds, action, owner, due, st, prog], i) => {
      const isDate = due instanceof Date;
      p.action([i ? null : obj, ind, action, owner, due, st, prog], { indicators: inds, action, lead: owner, due: isDate ? shown(due, F) : due, status: st, rag: S[st][1], progress: prog }, { styles: [{ bold: true }, {}, {}, {}, isDate ? { numFmt: F } : {}, { fill: S[st][0], bold: true, alignment: { horizontal: 'center', vertical: 'top' }, ...(S[st][2] ? { color: S[st][2] } : {}) }] });
    });
    mergeDown(p.ws, 'A', first, p.r);
  }
  p.blank();
  p.line(['BRAG: B = complete, G = on track, A = at risk of delay, R = off track.'], { merge: ['A', 'G'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY INTEGRATED-CARE trust WRES plan (2021-22), Calibri 11: merged title 'WRES Action Plan 2021/22', a bold trust line ('… – hospital, community and adult social care services'), a merged intro paragraph, a blank row, then a tan header 'Objective | WRES indicator(s) | Action | Owner | Deadline | BRAG | Progress notes' (row 5) with an autofilter. The OBJECTIVE is MERGED DOWN over its two to four actions (a column; gold theme null, as holdout15 mardenholt). Indicators 'WRES N', 'WRES 5 & 6', 'WRES 1-9' (= all nine). Owners are a NAME ON ONE LINE AND THE ROLE ON THE NEXT in one cell ('Hannah Quaye\\nHead of Workforce Intelligence'); gold lead = the whole cell as written; one owner is just 'Chief Executive'. Deadlines real dates shown 'mmm-yy', one 'Ongoing'. BRAG letters B/G/A/R filled blue/green/amber/red. Progress notes = progress. Key line below. Judgement calls: the merged objective is a column, not a theme; lead keeps both name and role (the line break is layout); B is complete (blue).", { ragCol: 'F', mode: 'fill' });
}
