// holdout44-wdes-2023-24-wensley: a community trust's WDES plan run through Excel's Data > Subtotal: sorted by metric, a 'Metric n Count'
// row BELOW each group (SUBTOTAL formula, outline summary below detail), a 'Grand Count' at the end, and the groups for the two metrics
// whose actions are all complete COLLAPSED (their action rows hidden). Status typed from a drop-down, coloured by conditional formats.
import { Book, Plan, C, D, shown, cfWords, listDV } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Wensley Vale Community Health NHS Trust';
  const p = new Plan(book, { name: 'holdout44-wdes-2023-24-wensley', sheet: 'WDES plan', standard: 'WDES', period: '2023-24', trust, widths: [16, 8, 54, 28, 12, 14, 42], font: { name: 'Calibri', size: 11 } });
  const ws = p.ws; const F = 'dd mmm yyyy';
  p.line([trust], { merge: ['A', 'G'], style: { bold: true, font: { size: 14, color: { argb: C.nhs } } } });
  p.line(['WDES action plan 2023-24 – sorted by metric with counts (use the 1 2 3 buttons on the left to show or hide the actions)'], { merge: ['A', 'G'], style: { italic: true } });
  p.blank();
  const hr = p.header(['Metric', 'No.', 'Action', 'Lead', 'Due', 'Status', 'Update (Feb 2024)'], { style: { fill: C.nhs, color: C.white } });
  const groups = [
    ['Metric 1', true, [
      ['1', 'Add a "tell us once" disability question to the new-starter pack so disability is recorded on ESR from day one.', 'Workforce Information Manager', D(2023, 7, 31), 'Complete', 'In the pack since July; declaration among new starters 94%.'],
      ['2', 'Publish disabled staff representation by band for each locality on the intranet dashboard.', 'Workforce Information Manager', D(2023, 9, 30), 'Complete', 'Dashboard live.'],
    ]],
    ['Metric 2', false, [
      ['3', 'Join the Disability Confident Leader scheme and validate our recruitment practice with an external partner.', 'Head of Recruitment', D(2024, 3, 31), 'On track', 'Validation visit booked for 12 March.'],
      ['4', 'Give hiring managers in district nursing a guide to making adjustments at interview.', 'Head of Recruitment', D(2023, 12, 31), 'Delayed', 'Guide drafted; sign-off by the Disability Network has slipped to March.'],
    ]],
    ['Metric 3', true, [
      ['5', 'Screen capability cases for missed reasonable adjustments before any formal stage.', 'Employee Relations Lead', D(2023, 10, 31), 'Complete', 'Screening started in October; no formal capability cases for disabled staff since.'],
    ]],
    ['Metric 4a', false, [
      ['6', 'Run team sessions on disability harassment in the three localities with the highest rates.', 'Head of Organisational Development', D(2024, 1, 31), 'Delayed', 'Two localities done; Eastfield sessions moved to April.'],
      ['7', 'Add disability to the lone-worker and violence-reduction training for community staff visiting patients at home.', 'Health and Safety Lead', D(2024, 3, 31), 'On track', ''],
    ]],
    ['Metric 4b', false, [
      ['8', 'Promote the Speak Up route to disabled staff and record disability in Speak Up case data.', 'Freedom to Speak Up Guardian', D(2024, 2, 29), 'On track', 'Disability now recorded for every new case.'],
    ]],
    ['Metric 7', false, [
      ['9', 'Set up a Disability and Long-Term Conditions Network with protected time for its chair and vice chair.', 'Chief People Officer', D(2023, 9, 30), 'Complete', 'Network launched in September with 46 members.'],
      ['10', 'Hold a listening event with the Network after each staff survey and publish what we will change.', 'Equality and Inclusion Lead', D(2024, 3, 31), 'Not started', 'Waiting for the 2023 survey results in March.'],
    ]],
    ['Metric 9a', false, [
      ['11', 'Use the Network\'s feedback to design a wellbeing offer for staff with long-term conditions.', 'Head of Wellbeing', D(2024, 3, 31), 'On track', 'First draft at the People Committee in March.'],
    ]],
  ];
  const rag = { Complete: 'blue', 'On track': 'green', Delayed: 'amber' };
  const summaries = []; let total = 0; const first = hr + 1;
  for (const [m, collapsed, acts] of groups) {
    const g0 = p.r + 1;
    for (const [no, a, lead, due, st, upd] of acts) {
      p.action([m, no, a, lead, due, st, upd], { ref: no, indicators: [m.replace('Metric ', '')], action: a, lead, due: shown(due, F), status: st, rag: rag[st] ?? null, progress: upd },
        { styles: [{}, { alignment: { horizontal: 'center', vertical: 'top' } }, {}, {}, { numFmt: F }, {}, {}], outline: 1, ...(collapsed ? { hidden: true } : {}) });
    }
    total += acts.length;
    summaries.push(p.line([`${m} Count`, '', { formula: `SUBTOTAL(3,C${g0}:C${p.r})`, result: acts.length }], { style: { bold: true }, styles: [{}, {}, { alignment: { horizontal: 'left', vertical: 'top' } }] }));
  }
  const last = p.r;
  summaries.push(p.line(['Grand Count', '', { formula: `SUBTOTAL(3,C${first}:C${last})`, result: total }], { style: { bold: true }, styles: [{}, {}, { alignment: { horizontal: 'left', vertical: 'top' } }] }));
  cfWords(ws, `F${first}:F${last}`, [['Complete', C.lightblue], ['On track', C.goodG], ['Delayed', C.neutralA]]);
  listDV(ws, `F${first}:F${last}`, '"Not started,On track,Delayed,Complete"');
  ws.properties.outlineProperties = { summaryBelow: true, summaryRight: true };
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: hr, topLeftCell: `A${hr + 1}` }];
  ws.autoFilter = `A${hr}:G${p.r}`;
  p.blank();
  p.line(['Colours: Complete blue, On track green, Delayed amber, Not started white. Approved by the People Committee on 27 June 2023.'], { merge: ['A', 'G'], style: { font: { size: 9, italic: true } } });
  // as Excel writes a collapsed row group: hidden detail rows, collapsed="1" on the summary row below them, outlineLevelRow on the sheet
  const collapsedSums = summaries.filter((r, i) => i < groups.length && groups[i][1]);
  book.patches = { 'xl/worksheets/sheet1.xml': (x) => x.replace(/ collapsed="1"/g, '').replace(/outlineLevelRow="0"/, 'outlineLevelRow="1"').replace(/<row r="(\d+)"([^>]*)>/g, (m0, r, rest) => (collapsedSums.includes(+r) ? `<row r="${r}"${rest} collapsed="1">` : m0)) };
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional community trust, 2023-24 metric set). Title, an italic line pointing at the outline buttons, header row 4 'Metric | No. | Action | Lead | Due | Status | Update (Feb 2024)' (frozen, autofilter). The plan was put through Excel's DATA > SUBTOTAL: sorted by Metric, each group of action rows (outline level 1) is followed by a bold 'Metric n Count' row with =SUBTOTAL(3,…) over the Action column (cached counts 2, 2, 1, 2, 1, 2, 1), summary rows BELOW the detail, and a 'Grand Count' row (11) at the end. The groups for Metric 1 and Metric 3, whose actions are all complete, are COLLAPSED, so their three action rows are hidden and only 'Metric 1 Count 2' and 'Metric 3 Count 1' show. Status typed from a drop-down, coloured only by conditional formats (Complete light blue, On track light green, Delayed light yellow, Not started white). A colour key / approval line below. Judgement calls: the rows hidden by the collapsed groups are still actions of the plan (the Count rows say they are there and the outline buttons show them) – gold has all eleven, three on hidden rows; the Count and Grand Count rows are not actions and their numbers are counts, not refs or statuses; the Metric column repeats on every action row (Excel's subtotal needs it) and gives the indicator ('Metric 4a' → ['4a']); ref = No.; due as shown (dd mmm yyyy); status = the word, rag = the conditional format's colour (Not started → null); progress = the Feb 2024 update (empty for No. 7); theme null – the metric is a column, not a section.",
    { mode: 'cf', ragCol: 'F', dv: { col: 'F' }, collapsed: { summaryRows: summaries } });
}
