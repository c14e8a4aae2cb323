// holdout18-wres-2024-25-glaisdale: ORDINARY Q3 update of a COMMUNITY AND MENTAL HEALTH trust's WRES plan – trust, title and
// intro lines; header 'Ref | WRES indicator | Action | Lead | By | RAG | Commentary (Q3)' with AUTOFILTER; refs 'GC24-01';
// 'Indicator 2 (shortlisting)', 'Indicators 5 & 6 (harassment)'; leads 'job title (team)'; FY quarters 'Q3 24/25'; status
// words filled; a bordered RAG KEY BLOCK BESIDE the table (I:J) on the header and first action rows.
import { Book, Plan, C, ALL_WRES } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout18-wres-2024-25-glaisdale', sheet: 'WRES plan', standard: 'WRES', period: '2024-25', trust: 'Glaisdale Community and Mental Health NHS Trust', widths: [10, 24, 54, 32, 11, 12, 44, 3, 12, 30] });
  p.lastCol = 7;
  p.line(['Glaisdale Community and Mental Health NHS Trust'], { merge: ['A', 'G'], style: { bold: true, font: { size: 13 }, color: 'FF00A499' } });
  p.line(['WRES Action Plan 2024-25 – Quarter 3 update (December 2024)'], { merge: ['A', 'G'], style: { bold: true } });
  p.line(['The actions respond to our 2024 WRES data and support the high impact actions of the NHS EDI Improvement Plan. Updates are reviewed by the People and Inclusion Committee.'], { merge: ['A', 'G'], height: 30 });
  p.blank();
  const h = p.header(['Ref', 'WRES indicator', 'Action', 'Lead', 'By', 'RAG', 'Commentary (Q3)'], { style: { fill: 'FFB4E0DC', alignment: { vertical: 'middle', wrapText: true } } });
  p.ws.autoFilter = `A${h}:G${h}`;
  const S = { Complete: [C.blue, 'blue', C.white], 'On track': [C.green, 'green'], 'At risk': [C.amber, 'amber'], 'Off track': [C.red, 'red', C.white] };
  // key block beside the table, on the header row and the rows below it (no rows of its own)
  const key = [['RAG key', 'Meaning', true], ['Complete', 'Action finished and evidenced'], ['On track', 'Will be delivered by the date'], ['At risk', 'May miss the date; mitigation in place'], ['Off track', 'Will miss the date; escalated']];
  key.forEach(([k, m, hd], i) => {
    const r = h + i; const a = p.ws.getCell(`I${r}`); const b = p.ws.getCell(`J${r}`);
    a.value = k; b.value = m; for (const c of [a, b]) { c.border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } }; c.font = { ...p.font, ...(hd ? { bold: true } : {}) }; c.alignment = { wrapText: true, vertical: 'top' }; }
    if (!hd) { a.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: S[k][0] } }; if (S[k][2]) a.font = { ...p.font, color: { argb: S[k][2] } }; }
  });
  const data = [
    ['GC24-01', 'Indicator 1 (workforce)', ['1'], 'Set aspirational goals for ethnic minority representation at Band 8a+ for each care group.', 'Deputy Director of People (People Services)', 'Q1 24/25', 'Complete', 'Goals agreed by the People and Inclusion Committee in June.'],
    ['GC24-02', 'Indicator 2 (shortlisting)', ['2'], 'Introduce de-biased job descriptions and values-based questions for all Band 7+ adverts.', 'Head of Resourcing (People Services)', 'Q3 24/25', 'On track', 'Templates live; 60% of adverts reviewed.'],
    ['GC24-03', 'Indicator 2 (shortlisting)', ['2'], 'Monitor appointment from shortlisting monthly for each care group and challenge outliers.', 'Workforce Intelligence Lead (People Analytics)', 'Q2 24/25', 'Complete', 'Monthly report in the people dashboard.'],
    ['GC24-04', 'Indicator 3 (disciplinary)', ['3'], 'Apply the just and learning culture checklist before any formal investigation.', 'Head of Employee Relations (People Services)', 'Q2 24/25', 'On track', 'Checklist used in 18 of 20 cases.'],
    ['GC24-05', 'Indicator 4 (training)', ['4'], 'Publish access to CPD funding by ethnicity for nurses and allied health professionals.', 'Head of Learning (Education)', 'Q4 24/25', 'At risk', 'CPD data held in two systems.'],
    ['GC24-06', 'Indicators 5 & 6 (harassment)', ['5', '6'], 'Roll out the "Call it out" anti-racism toolkit to community and inpatient teams, with follow-up for staff who report abuse.', 'Head of Inclusion (Inclusion Team)', 'Q3 24/25', 'On track', 'Launched in inpatient units; community in January.'],
    ['GC24-07', 'Indicator 7 (progression)', ['7'], 'Run a Band 5–7 career development programme for ethnic minority staff, including international recruits.', 'Head of Learning (Education)', 'Q4 24/25', 'On track', 'Cohort of 20 started October.'],
    ['GC24-08', 'Indicator 8 (discrimination)', ['8'], 'Train Freedom to Speak Up champions in each locality to support staff who experience discrimination.', 'Freedom to Speak Up Guardian (Corporate)', 'Q3 24/25', 'Off track', 'Guardian post vacant since September.'],
    ['GC24-09', 'Indicator 8 (discrimination)', ['8'], 'Give international nurses a buddy and a pastoral lead for their first year.', 'Head of Nursing Workforce (Nursing)', 'Q2 24/25', 'Complete', 'All 34 recruits have a buddy.'],
    ['GC24-10', 'Indicator 9 (Board)', ['9'], 'Add an EDI objective to every Board member\'s appraisal and report the outcome.', 'Trust Secretary (Corporate)', 'Q1 24/25', 'Complete', 'Objectives set for all Board members.'],
    ['GC24-11', 'All indicators', ALL_WRES, 'Report progress on this plan quarterly to the People and Inclusion Committee and publish it by 31 October.', 'Head of Inclusion (Inclusion Team)', 'Q4 24/25', 'At risk', 'Q2 report deferred to January.'],
  ];
  for (const [ref, ind, inds, action, lead, by, st, com] of data) {
    const r = p.action([ref, ind, action, lead, by, st, com], { ref, indicators: inds, action, lead, due: by, status: st, rag: S[st][1], progress: com }, { styles: [{}, {}, {}, {}, {}, { fill: S[st][0], ...(S[st][2] ? { color: S[st][2] } : {}) }] });
    void r;
  }
  p.blank();
  p.line(['Quarters are financial-year quarters (Q1 = April–June).'], { merge: ['A', 'G'], style: { font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY Q3 update of a COMMUNITY AND MENTAL HEALTH trust's WRES plan (2024-25): teal merged trust name, bold title with the update month, a merged intro naming the NHS EDI Improvement Plan, a blank row, then a teal header 'Ref | WRES indicator | Action | Lead | By | RAG | Commentary (Q3)' (row 5, A:G) with an AUTOFILTER. Refs 'GC24-01'…'GC24-11'. Indicators as 'Indicator N (short name)', 'Indicators 5 & 6 (harassment)', 'All indicators' (= all nine). Leads 'job title (team)' (gold = whole cell). 'By' = financial-year quarters 'Q1 24/25'…'Q4 24/25'. RAG words filled Complete blue, On track green, At risk amber, Off track red; Commentary = progress. A bordered RAG KEY BLOCK ('RAG key | Meaning' and four filled words with meanings) sits BESIDE the table in I5:J9, on the header row and the first four action rows, after an empty spacer column H – it adds no rows of its own. A quarters note below (non-action). Judgement calls: the key block's cells are not part of the action rows' fields and its 'RAG key | Meaning' cells are not a second header; lead = the whole 'job title (team)' cell; the quarter is the due as written.", { ragCol: 'F', mode: 'fill' });
}
