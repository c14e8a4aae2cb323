// holdout58-wres-2020-21-kestrelmoor: mental health FT, a 15-column plan with a THREE-YEAR TRAJECTORY (baseline + three target
// columns under a merged band), data source / REPORTING FREQUENCY / forum columns, priority SECTION ROWS, a COUNTIF summary block above
// the table, and status words coloured by FONT only (Covid-19 pauses in black).
import { Book, Plan, C, wideAction, dt } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Kestrelmoor Partnership NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout58-wres-2020-21-kestrelmoor', sheet: 'Race Equality Plan', standard: 'WRES', period: '2020-21', trust, font: { name: 'Calibri', size: 10 },
    widths: [7, 12, 44, 12, 12, 12, 12, 20, 14, 18, 24, 13, 36, 16] });
  const ws = p.ws;
  p.line([`${trust} – WRES Improvement Plan 2020/21 to 2022/23 (Year 1 tracker)`], { merge: ['A', 'N'], style: { bold: true, font: { size: 13 } } });
  p.blank();
  const s1 = p.line(['', '', 'Summary of status', 'On track', { formula: 'COUNTIF(N9:N20,"On track")', result: 4 }], { styles: { 2: { bold: true } } });
  const s2 = p.line(['', '', '', 'Delayed', { formula: 'COUNTIF(N9:N20,"Delayed")', result: 2 }]);
  const s3 = p.line(['', '', '', 'Paused (Covid-19)', { formula: 'COUNTIF(N9:N20,"Paused (Covid-19)")', result: 2 }]);
  const band = p.header(['', '', '', 'Trajectory', '', '', '', '', '', '', '', '', '', ''], { merge: [['D', 'G']], style: { fill: C.teal, color: C.white, alignment: { horizontal: 'center' } } });
  const hdr = p.header(['Ref', 'WRES indicator', 'Action', 'Baseline 2019/20', '2020/21', '2021/22', '2022/23', 'Data source', 'Reporting frequency', 'Reporting forum', 'Lead', 'Target date', 'Progress at Q2 (Sept 2020)', 'Status'], { style: { fill: C.teal, color: C.white } });
  ws.views = [{ state: 'frozen', xSplit: 3, ySplit: hdr }];
  const FC = { 'On track': C.green, 'Delayed': C.orange, 'Paused (Covid-19)': C.black };
  const RG = { 'On track': 'green', 'Delayed': 'amber', 'Paused (Covid-19)': null };
  const M = { ref: 0, action: 2, lead: 10, due: 11, progress: 12, status: 13 };
  const secs = [
    ['Priority 1 – A representative workforce', [
      ['KP1.1', '1', 'Set band-by-band recruitment aims for BAME representation at Bands 7–8b in each care group.', 0.11, 0.125, 0.14, 0.155, 'ESR', 'Quarterly', 'People Committee', 'Head of Workforce Planning', dt(2021, 3, 31, 'dd/mm/yyyy'), 'Aims agreed for three of four care groups.', 'On track'],
      ['KP1.2', '2', 'Include a trained BAME assessor on interview panels for Band 7 and above.', 1.66, 1.5, 1.35, 1.2, 'TRAC / NHS Jobs', 'Quarterly', 'People Committee', 'Recruitment Manager', dt(2020, 12, 31, 'dd/mm/yyyy'), 'Panels moved online; assessor pool of 18.', 'On track'],
    ]],
    ['Priority 2 – Fair and just processes', [
      ['KP2.1', '3', 'Introduce a pre-formal "just culture" check by a senior HR lead for all proposed disciplinary cases.', 1.81, 1.5, 1.25, 1.0, 'ER case log', 'Monthly', 'Workforce Assurance Group', 'Head of Employee Relations', dt(2020, 9, 30, 'dd/mm/yyyy'), 'Check in place since August.', 'On track'],
      ['KP2.2', '4', 'Publish access to non-mandatory training by ethnicity at each Education Board.', 0.88, 0.95, 1.0, 1.0, 'OLM', 'Six-monthly', 'Education Board', 'Head of Learning', dt(2021, 1, 31, 'dd/mm/yyyy'), 'Report build delayed by OLM changes.', 'Delayed'],
    ]],
    ['Priority 3 – A safe and inclusive culture', [
      ['KP3.1', '5, 6', 'Run team-level "respect" conversations in the eight inpatient wards with the highest reported abuse.', 0.34, 0.31, 0.28, 0.25, 'NHS Staff Survey', 'Annually', 'Trust Board', 'Associate Director of Nursing', dt(2021, 3, 31, 'dd/mm/yyyy'), 'Face-to-face sessions stopped in March.', 'Paused (Covid-19)'],
      ['KP3.2', '8', 'Give every BAME colleague a Covid-19 risk assessment and record completion centrally.', '', '', '', '', 'Risk assessment log', 'Weekly', 'Gold Command', 'Deputy Director of People', dt(2020, 7, 31, 'dd/mm/yyyy'), '96% completed; remainder on long-term absence.', 'On track'],
      ['KP3.3', '7', 'Launch a reciprocal mentoring pilot with ten executive and senior clinical leaders.', 0.69, 0.72, 0.75, 0.78, 'NHS Staff Survey', 'Annually', 'Trust Board', 'Head of OD', dt(2021, 3, 31, 'dd/mm/yyyy'), 'Pilot deferred to spring 2021.', 'Paused (Covid-19)'],
    ]],
    ['Priority 4 – Inclusive leadership', [
      ['KP4.1', '9', 'Develop a Board succession plan that names routes for BAME candidates to executive and non-executive roles.', '1 of 13', '2 of 13', '2 of 13', '3 of 13', 'Board register', 'Annually', 'Nominations Committee', 'Company Secretary', dt(2021, 3, 31, 'dd/mm/yyyy'), 'Draft delayed: Board recruitment frozen until November.', 'Delayed'],
    ]],
  ];
  const secRows = [];
  for (const [name, acts] of secs) {
    secRows.push(p.line([name], { merge: ['A', 'N'], style: { bold: true, fill: C.palegrey }, border: true }));
    for (const v of acts) {
      const pct = ['1', '5, 6', '7'].includes(v[1]);
      const st = { 13: { font: { color: { argb: FC[v[13]] }, bold: true } } };
      if (v[1] !== '9') for (let i = 3; i <= 6; i++) st[i] = { numFmt: pct ? '0.0%' : '0.00' };
      wideAction(p, v, M, { indicators: v[1].split(', '), theme: name, rag: RG[v[13]] }, { styles: st });
    }
  }
  p.blank();
  p.line(['Trajectory figures are proportions (indicators 1, 5, 6 and 7) or relative likelihoods (indicators 2, 3 and 4). Year 2 and Year 3 actions will be added at the 2021 refresh.'], { merge: ['A', 'N'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original wide three-year plan (fictional mental health FT), Year 1 tracker, 14 columns, Calibri: title, blank, a SUMMARY BLOCK of three rows ('Summary of status' | On track / Delayed / Paused (Covid-19) | a COUNTIF formula with its cached count), a teal BAND ROW ('Trajectory' merged over D–G, row 6) above the header (row 7) 'Ref | WRES indicator | Action | Baseline 2019/20 | 2020/21 | 2021/22 | 2022/23 | Data source | Reporting frequency | Reporting forum | Lead | Target date | Progress at Q2 (Sept 2020) | Status'; frozen at D8; four grey PRIORITY SECTION ROWS; a trajectory note below. Status words are coloured by FONT only (green On track, orange Delayed, black 'Paused (Covid-19)'). Judgement calls: the summary rows are not actions and their counts are not statuses; due = Target date (dd/mm/yyyy) – the Reporting frequency ('Quarterly', 'Monthly', 'Weekly', 'Annually') is how often the measure is reported, NOT a timescale, and the trajectory year headers are not dues; Reporting forum is not the lead; the baseline and trajectory figures are context (outcome '' – no success-measure column); theme = the Priority section row; status = the word, rag = its font colour (black Paused → null); '5, 6' gives two indicators; progress = Progress at Q2.",
    { wide: { headerRow: hdr, bands: [band] }, dataRows: [s1, s2, s3], sections: secRows, cols: { ref: 'A', action: 'C', lead: 'K', due: 'L', progress: 'M', status: 'N' }, indCol: 'B', frozen: [3, hdr], notFrom: ['H', 'I', 'J'], ragCol: 'N', mode: 'font' });
}
