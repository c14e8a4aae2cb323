// holdout89-wres-2026-27-colbeck: a LARGE ACUTE teaching trust's live WRES tracker: frozen panes, a filter, a status key above the header,
// a Workstream column on every row, an SRO beside the Action owner, a Target completion date AND a Revised date (filled where the date has
// moved), status words on fills and 'Not due' on grey.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Colbeck Teaching Hospitals NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout89-wres-2026-27-colbeck', sheet: 'Tracker', standard: 'WRES', period: '2026-27', trust, widths: [12, 18, 11, 50, 22, 26, 12, 12, 12, 40], font: { name: 'Calibri', size: 10 } });
  p.line([trust], { merge: ['A', 'J'], style: { bold: true, font: { size: 14 }, color: C.nhs } });
  p.line(['WRES Action Plan 2026/27 – live tracker (last updated 03-Nov-26)'], { merge: ['A', 'J'], style: { bold: true } });
  p.line(['Status key:', '', 'Complete', 'On track', 'At risk', 'Off track', 'Not due'], { styles: [{ bold: true }, {}, { fill: C.lightblue }, { fill: C.green }, { fill: C.amber }, { fill: C.red }, { fill: C.grey }] });
  const hr = p.header(['ID', 'Workstream', 'WRES indicator(s)', 'Action', 'SRO', 'Action owner', 'Target completion', 'Revised date', 'Status', 'Comments'], { style: { fill: C.nhs, color: C.white }, height: 30 });
  p.ws.views = [{ state: 'frozen', xSplit: 2, ySplit: hr }];
  const FILL = { Complete: C.lightblue, 'On track': C.green, 'At risk': C.amber, 'Off track': C.red, 'Not due': C.grey };
  const RAG = { Complete: 'blue', 'On track': 'green', 'At risk': 'amber', 'Off track': 'red', 'Not due': null };
  const F = 'dd-mmm-yy';
  const rows = [
    ['WR26-01', 'Representation', '1', 'Agree a 2028 target for BME staff at Band 8a–VSM for each of the six clinical divisions and corporate services, and add it to divisional performance reviews.', 'Chief People Officer', 'Head of Workforce Analytics', D(2026, 6, 30), null, 'Complete', 'Targets signed off at June performance reviews.', ['1']],
    ['WR26-02', 'Representation', '1, 9', 'Publish the ethnicity of the senior leadership team and the Board alongside the workforce profile in the annual report.', 'Director of Corporate Affairs', 'Head of Corporate Governance', D(2026, 7, 31), null, 'Complete', '', ['1', '9']],
    ['WR26-03', 'Fair recruitment', '2', 'Move all Band 7+ recruitment to structured, scored interviews with a trained inclusion panel member.', 'Chief People Officer', 'Head of Talent Acquisition', D(2026, 9, 30), D(2026, 12, 31), 'At risk', 'Training capacity short; revised to December.', ['2']],
    ['WR26-04', 'Fair recruitment', '2', 'Report the shortlisting-to-appointment ratio for each division every quarter and ask divisions above 1.25 for an improvement note.', 'Chief People Officer', 'Head of Workforce Analytics', D(2026, 10, 31), null, 'On track', 'Q1 and Q2 reports issued.', ['2']],
    ['WR26-05', 'Just culture', '3', 'Extend the pre-investigation review panel to medical staff cases, with the Deputy Medical Director on the panel.', 'Medical Director', 'Deputy Medical Director (Workforce)', D(2026, 8, 31), D(2026, 11, 30), 'Off track', 'Terms of reference still with the LNC.', ['3']],
    ['WR26-06', 'Just culture', '3, 8', 'Publish a quarterly anonymised report of employee relations cases by ethnicity to the People Committee.', 'Chief People Officer', 'Head of Employee Relations', D(2026, 12, 31), null, 'On track', '', ['3', '8']],
    ['WR26-07', 'Development', '4, 7', 'Give every BME member of staff at Bands 5–7 who asks for one a career conversation with a trained coach, and record the outcome.', 'Chief Nurse', 'Head of Education & Careers', D(2027, 3, 31), null, 'Not due', '', ['4', '7']],
    ['WR26-08', 'Development', '7', 'Run two cohorts of the “Colbeck Ascend” positive action programme and track promotions at 12 and 24 months.', 'Chief People Officer', 'Head of Leadership Development', D(2027, 3, 31), null, 'On track', 'Cohort 5 started September; 24 participants.', ['7']],
    ['WR26-09', 'Safe to work', '5', 'Introduce body-worn cameras and a racial abuse reporting pathway in ED, the acute medical unit and the maternity triage.', 'Chief Operating Officer', 'Head of Security', D(2026, 11, 30), D(2027, 1, 31), 'At risk', 'Camera procurement delayed.', ['5']],
    ['WR26-10', 'Safe to work', '6', 'Train 40 “active bystander” champions across theatres, critical care and the medical wards.', 'Chief Nurse', 'Head of Organisational Development', D(2026, 12, 31), null, 'On track', '27 trained.', ['6']],
  ];
  const first = p.r + 1;
  for (const [id, ws, ind, act, sro, own, tgt, rev, st, com, inds] of rows) {
    p.action([id, ws, ind, act, sro, own, tgt, rev, st, com], { ref: id, theme: ws, indicators: inds, action: act, lead: own, due: shown(rev || tgt, F), status: st, rag: RAG[st], progress: com }, { styles: [{}, {}, { alignment: { horizontal: 'center' } }, {}, {}, {}, { numFmt: F }, { numFmt: F, color: rev ? C.red : undefined }, { fill: FILL[st] }, {}] });
  }
  p.ws.autoFilter = `A${hr}:J${p.r}`;
  p.ws.dataValidations.add(`I${first}:I${p.r}`, { type: 'list', allowBlank: true, formulae: ['"Not due,On track,At risk,Off track,Complete"'] });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional large acute teaching foundation trust). Sheet 'Tracker', Calibri 10: the trust, a title with 'last updated 03-Nov-26', a STATUS KEY row of five swatch cells above the table (Complete light blue, On track green, At risk amber, Off track red, Not due grey), then the NHS-blue header 'ID | Workstream | WRES indicator(s) | Action | SRO | Action owner | Target completion | Revised date | Status | Comments' (row 4, frozen with the first two columns, filtered) and ten actions WR26-01 … WR26-10; nothing below. Target completion and Revised date are real dates shown dd-mmm-yy; the Revised date (red font) is filled on three actions whose date has moved. Judgement calls: due = the Revised date where one is given, otherwise Target completion (the plan's current date, as holdout20 quarleigh); lead = Action owner, never the SRO; theme = the Workstream named on the row ('Representation', 'Fair recruitment', 'Just culture', 'Development', 'Safe to work'); indicators from 'WRES indicator(s)' ('1, 9', '3, 8', '4, 7' → both); status = the word, rag from its fill (Complete on light blue → blue; 'Not due' on grey → null); progress = Comments (three blank); ref = ID; the last-updated date and the key row give no field.", { mode: 'fill', ragCol: 9, themeCol: 'B', notFrom: ['E'], dueFrom: ['H', 'G'], indCol: 'C', forbidden: ['03-Nov-26'] });
}
