// holdout73-wres-2026-27-whinmoor: acute trust, the DRAFT WRES plan for 2026-27 as it went to the People Committee in March 2026.
// Everyday quirks: a SECOND SHEET 'Data 2025' holding the WRES 2025 figures the plan was built from (a table with an Indicator column
// and a trend column), and action cells with Alt+Enter bullet lists of sub-steps. The Status column says only whether the action is 'New' or
// 'Continuing' from 2025-26; no progress yet.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Whinmoor Hospitals NHS Trust';
  const p = new Plan(book, { name: 'holdout73-wres-2026-27-whinmoor', sheet: 'Action plan', standard: 'WRES', period: '2026-27', trust, widths: [6, 10, 62, 30, 12, 12], font: { name: 'Aptos', size: 10 } });
  p.line([`${trust}`], { merge: ['A', 'F'], style: { bold: true, font: { size: 14 } } });
  p.line(['WRES Action Plan 2026-27 – DRAFT v0.4 for the People Committee, 18 March 2026'], { merge: ['A', 'F'], style: { bold: true, color: C.red } });
  p.line(['Built from our WRES 2025 data (see the Data 2025 tab). Actions marked Continuing carry on from the 2025-26 plan.'], { merge: ['A', 'F'], style: { italic: true } });
  p.blank();
  const h = p.header(['No.', 'WRES indicator', 'Action', 'Lead', 'By', 'Status'], { style: { fill: C.purple, color: C.white, alignment: { vertical: 'middle', wrapText: true } } });
  p.ws.views = [{ state: 'frozen', ySplit: h }];
  const rows = [
    ['1', '1', ['1'], 'Set and publish divisional targets for BME representation at Band 7 and above, reviewed at each divisional performance meeting.', 'Director of Workforce', 'Jun 2026', 'New'],
    ['2', '2', ['2'], 'Continue anonymised shortlisting and extend it to medical posts:\n• consultant and SAS posts from July 2026\n• locally employed doctors from October 2026', 'Head of Medical Staffing', 'Oct 2026', 'Continuing'],
    ['3', '2', ['2'], 'Train every recruiting manager in inclusive recruitment before they can chair an interview panel.', 'Head of Recruitment', 'Sep 2026', 'New'],
    ['4', '3', ['3'], 'Keep the pre-formal case review and add a check of every suspension or exclusion within 72 hours.', 'Head of Employee Relations', 'May 2026', 'Continuing'],
    ['5', '4', ['4'], 'Ring-fence 20% of funded leadership places (Mary Seacole and Rosalind Franklin programmes) for BME staff.', 'Head of Learning & OD', 'Mar 2027', 'New'],
    ['6', '5', ['5'], 'Add a racist-abuse reporting button to the staff app and send the reports to the violence reduction group.', 'Head of Security', 'Jul 2026', 'New'],
    ['7', '6, 8', ['6', '8'], "Run cultural humility workshops for line managers in the three divisions with the highest bullying scores:\n• Surgery\n• Women's and Children's\n• Estates and Facilities", 'Head of Staff Experience', 'Dec 2026', 'Continuing'],
    ['8', '7', ['7'], 'Offer every BME member of staff at Bands 5 and 6 a structured career conversation as part of their appraisal.', 'Head of Learning & OD', 'Mar 2027', 'New'],
    ['9', '9', ['9'], 'Use a recruitment partner with a record of diverse shortlists for the two executive director vacancies expected in 2026.', 'Director of Corporate Governance', 'Sep 2026', 'New'],
  ];
  for (const [no, ind, inds, act, lead, by, st] of rows) {
    p.action([no, ind, act, lead, by, st], { ref: no, indicators: inds, action: act, lead, due: by, status: st }, { styles: [{ alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }, {}, {}, { alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }] });
  }
  // the data tab, second
  const d = book.wb.addWorksheet('Data 2025');
  [10, 58, 11, 11, 13, 12].forEach((w, i) => { d.getColumn(i + 1).width = w; });
  const A = { name: 'Aptos', size: 10 };
  d.getCell('A1').value = 'WRES 2025 data (ESR at 31 March 2025; NHS Staff Survey 2024)'; d.getCell('A1').font = { ...A, bold: true, size: 12 };
  d.getRow(3).values = ['Indicator', 'Measure', 'White', 'BME', 'Ratio / gap', 'Trend'];
  d.getRow(3).eachCell((c) => { c.font = { ...A, bold: true, color: { argb: C.white } }; c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: C.purple } }; });
  const data = [
    ['1', 'BME staff at Band 7 and above (% of all staff at those bands)', '', '19.8%', '', 'Up'],
    ['2', 'Relative likelihood of White applicants being appointed from shortlisting', '', '', '1.46', 'Worse'],
    ['3', 'Relative likelihood of BME staff entering the formal disciplinary process', '', '', '1.12', 'Better'],
    ['4', 'Relative likelihood of White staff accessing non-mandatory training and CPD', '', '', '1.08', 'Same'],
    ['5', 'Harassment, bullying or abuse from patients, relatives or the public', '24.1%', '29.6%', '5.5 pts', 'Worse'],
    ['6', 'Harassment, bullying or abuse from staff', '20.2%', '27.3%', '7.1 pts', 'Same'],
    ['7', 'Believe the trust provides equal opportunities for career progression', '59.4%', '44.8%', '14.6 pts', 'Better'],
    ['8', 'Experienced discrimination from a manager or colleague', '6.1%', '15.9%', '9.8 pts', 'Worse'],
    ['9', 'BME board voting members compared with the workforce', '', '1 of 12', '-21.4 pts', 'Same'],
  ];
  data.forEach((r, i) => { d.getRow(4 + i).values = r; d.getRow(4 + i).eachCell((c) => { c.font = { ...A }; c.alignment = { wrapText: true, vertical: 'top' }; }); });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute trust), a DRAFT for the coming year. Two tabs: 'Action plan' (first, the gold sheet) and 'Data 2025' (second: a title and a purple table 'Indicator | Measure | White | BME | Ratio / gap | Trend' with one row per WRES indicator – figures and a trend word, no actions). The plan sheet: trust name, a red 'WRES Action Plan 2026-27 – DRAFT v0.4 for the People Committee, 18 March 2026' line, an italic line pointing to the data tab, a blank row, the purple header 'No. | WRES indicator | Action | Lead | By | Status' (row 5, frozen) and nine numbered actions. 'By' is typed text ('Jun 2026'). Everyday quirks: the second sheet with the data; and action cells 2 and 7 hold Alt+Enter BULLET LISTS of sub-steps ('• consultant and SAS posts …', '• Surgery …'). Judgement calls: the data tab's rows are figures, not actions (its 'Worse' / 'Better' trend words are no statuses); an action cell with bullets is ONE action, the whole cell; status = the Status word as written – 'New' or 'Continuing' is all a draft can say before the year starts (no progress column), no colour so rag null; lead = Lead; due = By as typed; indicators from the WRES indicator column ('6, 8' → both); ref = No.; theme null. The draft's meeting date (18 March 2026) is no due.", { indCol: 'B', otherSheet: { name: 'Data 2025', minRows: 9 }, forbidden: ['18 March 2026', 'March 2026'] });
}
