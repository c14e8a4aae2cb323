// holdout44-wres-2018-19-thorncombe: a mental health and learning disability trust's WRES plan as an OUTLINE WITH THE SUMMARY ROWS ABOVE:
// each indicator heading (with a count formula) is the summary row of a row group holding its actions; the Indicator 9 group is COLLAPSED.
// Action cells are HYPERLINKS to the policy or paper behind them; an internal notes column is HIDDEN; status from a drop-down coloured by
// conditional formats; frozen at B4; printed title rows.
import { Book, Plan, C, cfWords, listDV } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Thorncombe Mental Health and Learning Disability NHS Trust';
  const p = new Plan(book, { name: 'holdout44-wres-2018-19-thorncombe', sheet: 'WRES 2018-19', standard: 'WRES', period: '2018-19', trust, widths: [6, 60, 28, 14, 14, 44, 36], font: { name: 'Arial', size: 10 } });
  const ws = p.ws;
  p.line([trust], { merge: ['A', 'F'], style: { bold: true, font: { size: 13, color: { argb: C.teal } } } });
  p.line(['Workforce Race Equality Standard – action plan 2018/19. Click an action to open the paper or policy behind it; use – / + on the left to fold an indicator away.'], { merge: ['A', 'F'], style: { italic: true, font: { size: 9 } } });
  const hr = p.header(['No.', 'Action', 'Lead', 'Timescale', 'Status', 'Progress', 'EDI team notes (internal)'], { style: { fill: C.teal, color: C.white } });
  const doc = (n) => `https://intranet.thorncombe.nhs.example/wres/2018-19/${n}.pdf`;
  const groups = [
    ['Indicator 1 – Percentage of BME staff in each of the AfC bands 1–9 and VSM compared with the overall workforce', ['1'], false, [
      ['1.1', 'Publish a workforce profile by band and ethnicity for every directorate each quarter.', 'Head of Workforce Information', 'Q2 2018/19', 'Completed', 'Published from July in the directorate dashboards.', 'Check inpatient figures with finance.'],
      ['1.2', 'Set a target of 12% BME staff at Band 8a and above by 2021 and report progress to the Board.', 'Director of Workforce', 'March 2019', 'On schedule', 'Target agreed by the Board in October; baseline 7.9%.', ''],
    ]],
    ['Indicator 2 – Relative likelihood of white applicants being appointed from shortlisting compared to BME applicants', ['2'], false, [
      ['2.1', 'Introduce a recruitment inclusion guardian on panels for Band 7 and above.', 'Head of Recruitment', 'Q3 2018/19', 'Slipped', 'Guardians trained; rota not yet running in forensic services.', 'Forensic GM to chase.'],
      ['2.2', 'Review the values-based questions used at interview with the BME Staff Network.', 'Head of Recruitment', 'December 2018', 'Completed', 'New question bank in use since January.', ''],
    ]],
    ['Indicator 3 – Relative likelihood of BME staff entering the formal disciplinary process compared to white staff', ['3'], false, [
      ['3.1', 'Use a pre-formal decision checklist, signed by a second manager, before starting any disciplinary investigation.', 'Head of Employee Relations', 'Q1 2018/19', 'Completed', 'In place since June; formal cases for BME staff down from 14 to 6.', ''],
    ]],
    ['Indicators 5 and 6 – Harassment, bullying or abuse from patients, relatives, the public and staff', ['5', '6'], false, [
      ['5.1', 'Train ward staff to support colleagues after racist abuse from patients and record every incident on Datix.', 'Associate Director of Nursing', 'Ongoing', 'On schedule', 'Sessions in 9 of 14 wards.', 'Datix category added in August.'],
      ['6.1', 'Launch a "Respect at Thorncombe" campaign with the staff side and the BME Staff Network.', 'Head of Organisational Development', 'Q4 2018/19', 'Not started', '', 'Campaign budget not yet agreed.'],
    ]],
    ['Indicator 7 – Percentage believing that the trust provides equal opportunities for career progression or promotion', ['7'], false, [
      ['7.1', 'Run the Ready Now development programme for 15 BME staff at Bands 5 to 7.', 'Head of Organisational Development', 'March 2019', 'On schedule', 'Second cohort of 15 started in November.', ''],
    ]],
    ['Indicator 9 – Percentage difference between the Board voting membership and its overall workforce', ['9'], true, [
      ['9.1', 'Use a search firm with a strong record in diverse appointments for the two non-executive vacancies.', 'Trust Secretary', 'Q2 2018/19', 'Completed', 'Two non-executive directors appointed in September, one from a BME background.', ''],
    ]],
  ];
  const rag = { Completed: 'green', 'On schedule': 'green', Slipped: 'amber', 'Not started': null };
  const first = hr + 1; const heads = [];
  for (const [h, inds, collapsed, acts] of groups) {
    const hrow = p.r + 1;
    heads.push(p.line([h, '', '', '', { formula: `COUNTA(B${hrow + 1}:B${hrow + acts.length})&" action${acts.length > 1 ? 's' : ''}"`, result: `${acts.length} action${acts.length > 1 ? 's' : ''}` }], { merge: ['A', 'D'], border: true, style: { bold: true, fill: 'FFDAEEF3' }, styles: [{}, {}, {}, {}, { italic: true, bold: false }] }));
    for (const [no, a, lead, ts, st, prog, note] of acts) {
      p.action([no, { text: a, hyperlink: doc(no) }, lead, ts, st, prog, note], { ref: no, indicators: inds, theme: h, action: a, lead, due: ts, status: st, rag: rag[st], progress: prog },
        { styles: [{}, { font: { color: { argb: 'FF0563C1' }, underline: true } }, {}, {}, {}, {}, { font: { color: { argb: 'FF7F7F7F' } } }], outline: 1, ...(collapsed ? { hidden: true } : {}) });
    }
  }
  const last = p.r;
  cfWords(ws, `E${first}:E${last}`, [['Completed', C.green], ['On schedule', C.lightgreen], ['Slipped', C.amber]], 'cellIs');
  for (const a of p.actions) ws.getCell(`E${a.row}`).dataValidation = { type: 'list', allowBlank: true, formulae: ['"Not started,On schedule,Slipped,Completed"'] };
  ws.getColumn('G').hidden = true;
  ws.properties.outlineProperties = { summaryBelow: false, summaryRight: true };
  p.blank();
  p.line(['Indicators 4 and 8 have no separate actions this year: the actions under Indicators 1, 5 and 6 and 7 are expected to move them.'], { merge: ['A', 'F'], style: { font: { size: 9 } } });
  p.line(['Agreed by the Workforce and Equality Committee, 12 June 2018; updated for the Board, February 2019.'], { merge: ['A', 'F'], style: { font: { size: 9 } } });
  ws.views = [{ state: 'frozen', xSplit: 1, ySplit: hr, topLeftCell: `B${hr + 1}` }];
  ws.pageSetup = { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `1:${hr}` };
  const collapsedHead = heads[groups.findIndex((g) => g[2])];
  book.patches = { 'xl/worksheets/sheet1.xml': (x) => x.replace(/ collapsed="1"/g, '').replace(/outlineLevelRow="0"/, 'outlineLevelRow="1"').replace(/<row r="(\d+)"([^>]*)>/g, (m0, r, rest) => (+r === collapsedHead ? `<row r="${r}"${rest} collapsed="1">` : m0)) };
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional mental health and learning disability trust). Teal title, an italic line on the links and the outline, header row 3 'No. | Action | Lead | Timescale | Status | Progress | EDI team notes (internal)' (frozen at B4, rows 1–3 printed on every page); column G (internal notes) is HIDDEN. The plan is a ROW OUTLINE WITH SUMMARY ROWS ABOVE THE DETAIL: six pale-blue INDICATOR HEADING rows ('Indicator 1 – Percentage of BME staff in each of the AfC bands…', 'Indicators 5 and 6 – Harassment…', 'Indicator 9 – …'), each merged A:D with a COUNTA formula in the Status column ('2 actions', cached), are the level-0 rows; their actions are level-1 rows beneath them. The INDICATOR 9 GROUP IS COLLAPSED, so action 9.1 is on a hidden row. Each action cell is a HYPERLINK (blue, underlined) to the paper or policy behind it. Status is typed from a drop-down and coloured by 'cell value equal to' conditional formats (Completed green, On schedule light green, Slipped amber; Not started none). Two lines below (indicators 4 and 8 have no actions; approval). Judgement calls: the heading rows are sections – theme = the heading text and indicators come from it ('Indicators 5 and 6' → ['5','6'] for both 5.1 and 6.1, although 6.1's number starts with 6); their '2 actions' counts are not statuses; action 9.1, hidden by the collapsed group, is still an action; action = the link's display text, never its address; the hidden internal notes are not progress (progress = Progress, empty for 6.1); due = Timescale as written ('Q2 2018/19', 'December 2018', 'Ongoing'); ref = No.; rag = the conditional colour (Completed and On schedule → green, Slipped → amber, Not started → null).",
    { mode: 'cf', ragCol: 'E', dv: { col: 'E' }, sections: heads, collapsed: { summaryRows: heads }, hiddenCols: ['G'], notFrom: ['G'], links: { col: 'B', every: true, textField: 'action' } });
}
