// holdout81-wres-2022-23-pendlecote: acute trust, WRES tracker with a WORKSTREAM column merged down, quarterly update columns whose
// headers are REAL DATES (shown mmm-yy), a single 'Current status' word on a fill, and a 'Direction' arrow column.
import { Book, Plan, C, D, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Pendlecote University Hospitals NHS Trust';
  const p = new Plan(book, { name: 'holdout81-wres-2022-23-pendlecote', sheet: 'WRES 22-23', standard: 'WRES', period: '2022-23', trust, widths: [16, 6, 7, 42, 22, 10, 26, 26, 26, 20, 13, 9], font: { name: 'Aptos Narrow', size: 10 } });
  const ws = p.ws;
  p.line([trust], { merge: ['A', 'L'], style: { bold: true, font: { size: 14 }, color: C.darkblue } });
  p.line(['Workforce Race Equality Standard 2022-23: action tracker for the People & Culture Committee (position at February 2023)'], { merge: ['A', 'L'] });
  p.blank();
  const hv = ['Workstream', 'ID', 'WRES', 'Action', 'Lead', 'Target', D(2022, 6, 1), D(2022, 9, 1), D(2022, 12, 1), D(2023, 3, 1), 'Current status', 'Direction'];
  const hs = hv.map((v) => (v instanceof Date ? { numFmt: 'mmm-yy', alignment: { horizontal: 'center' } } : {}));
  const hr = p.header(hv, { style: { fill: C.darkblue, color: C.white }, styles: hs });
  ws.views = [{ state: 'frozen', xSplit: 4, ySplit: hr }];
  const F = { Complete: C.lightblue, 'On track': C.goodG, 'At risk': C.neutralA, 'Off track': C.badR, 'Not yet due': C.palegrey };
  const RG = { Complete: 'blue', 'On track': 'green', 'At risk': 'amber', 'Off track': 'red', 'Not yet due': null };
  const groups = [
    ['Fair recruitment', [
      ['PC1', '2', 'Use diverse interview panels, with a trained inclusion panellist, for every band 8a and above post.', 'Head of Talent Acquisition', 'Sep-22', 'Panellist pool of 40 trained.', 'Used on 22 of 25 band 8a+ interviews.', 'All band 8a+ interviews covered since October.', '', 'Complete', '▲'],
      ['PC2', '7', 'Set a target for BME appointments to band 7 nursing posts in each care group and report it monthly.', 'Deputy Chief Nurse', 'Mar-23', 'Targets agreed with care group nurse directors.', '', 'Two of five care groups above target.', '', 'At risk', '►'],
      ['PC3', '1', 'Ask international nurses recruited since 2019 about their career plans and record them in appraisal.', 'Lead for International Recruitment', 'Dec-22', 'Appraisal form changed.', 'Only 38% of appraisals recorded the plan.', '', '', 'Off track', '▼'],
    ]],
    ['Just culture', [
      ['PC4', '3', 'Use the just culture decision tool before any formal investigation and have BME cases checked by a second HR lead.', 'Head of Employee Relations', 'Jun-22', 'Tool in use since May; second check in place.', '', '', '', 'Complete', '►'],
      ['PC5', '5, 6', 'Run “civility saves lives” sessions in theatres, ED and the acute medical unit.', 'Head of OD', 'Mar-23', '', 'Sessions booked in theatres.', 'Theatres done; ED sessions cancelled twice because of winter pressures.', '', 'At risk', '▼'],
      ['PC6', '8', 'Publish a quarterly summary of staff-to-staff racism cases raised and what was done, without names.', 'Freedom to Speak Up Guardian', 'Apr-23', '', '', '', '', 'Not yet due', ''],
    ]],
    ['Leadership', [
      ['PC7', '4', 'Track access to the apprenticeship levy and master’s funding by ethnicity each quarter.', 'Head of Education', 'Dec-22', 'First quarter’s data shows a 6-point gap.', 'Gap 4 points after targeted offer.', 'Gap 2 points.', '', 'On track', '▲'],
      ['PC8', '9', 'Run a board development session on race equality led by an external facilitator.', 'Director of Corporate Affairs', 'Nov-22', '', 'Facilitator chosen.', 'Session held on 24 November.', '', 'Complete', '▲'],
    ]],
  ];
  for (const [ws_, list] of groups) {
    const r0 = p.r + 1;
    list.forEach((r, i) => {
      const [id, ind, act, lead, tgt, u1, u2, u3, u4, st] = r;
      const prog = u4 || u3 || u2 || u1;
      p.action([i === 0 ? ws_ : '', ...r], { ref: id, indicators: ind.split(', '), theme: ws_, action: act, lead, due: tgt, status: st, rag: RG[st], progress: prog }, { styles: [{ bold: true, fill: C.paleblue, alignment: { vertical: 'middle' } }, {}, { alignment: { horizontal: 'center' } }, {}, {}, {}, {}, {}, {}, {}, { fill: F[st] }, { alignment: { horizontal: 'center' }, color: r[10] === '▲' ? C.green : r[10] === '▼' ? C.red : 'FF000000' }] });
    });
    mergeDown(ws, 'A', r0, p.r);
  }
  p.blank();
  p.line(['Direction: ▲ better than last quarter  ► same  ▼ worse.  March 2023 column to be completed for the annual report.'], { merge: ['A', 'L'], style: { italic: true } });
  const NOTES = "Original plan (fictional teaching hospital trust). Sheet 'WRES 22-23': trust name, a subtitle giving the committee and 'position at February 2023', a blank row, the navy header 'Workstream | ID | WRES | Action | Lead | Target | Jun-22 | Sep-22 | Dec-22 | Mar-23 | Current status | Direction' (row 4, frozen at D) in which the four update headers are REAL DATES shown mmm-yy, then eight actions PC1–PC8 in three workstreams whose name is MERGED DOWN column A beside its actions ('Fair recruitment', 'Just culture', 'Leadership'), a blank row and an italic key line for the arrows. 'Current status' words on soft fills (Complete light blue, On track green, At risk amber, Off track red, 'Not yet due' pale grey). Judgement calls: status = Current status, rag from its fill ('Not yet due' on grey → rag null); progress = the LATEST monthly column that is written (Mar-23 is empty on every row, so Dec-22 where written, else Sep-22 or Jun-22: PC3 → Sep-22, PC4 → Jun-22; PC6 has none → ''); the date headers are not dues; the Direction arrow is no status; theme = the merged Workstream cell; ref = ID; due = Target as typed ('Sep-22', 'Apr-23'); indicators from 'WRES' ('5, 6' → both).";
  await book.save(`${p.name}.xlsx`);
  p.saveGold(NOTES, { mode: 'fill', ragCol: 11, themeCol: 'A', latest: { updCols: ['G', 'H', 'I', 'J'] }, notFrom: ['L'] });
}
