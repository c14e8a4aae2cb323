// holdout20-wdes-2020-21-quarleigh: ORDINARY Covid-year WDES tracker of a NEUROSCIENCES trust – unmerged title lines; header
// 'Ref | Metric | Action | Owner | Original date | Revised date | Status | Comment' (due = Revised date where given); 'M1',
// 'M4 & M9' (whole 4 and 9); dd.mm.yy; status filled incl. GREY 'Paused (COVID-19)'; a KEY BLOCK BESIDE the table (J:K).
import { Book, Plan, C, D, shown, ALL_WDES } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout20-wdes-2020-21-quarleigh', sheet: 'WDES 2020-21', standard: 'WDES', period: '2020-21', trust: 'Quarleigh Neurosciences NHS Trust', widths: [11, 9, 52, 28, 12, 12, 18, 40, 3, 4, 30] });
  p.line(['Quarleigh Neurosciences NHS Trust'], { style: { bold: true, font: { size: 14 } } });
  p.line(['WDES action plan 2020/21 – progress tracker (revised after the first wave of COVID-19)'], { style: { bold: true } });
  p.line(['Last updated: 12 January 2021'], { style: { italic: true } });
  const h = p.header(['Ref', 'Metric', 'Action', 'Owner', 'Original date', 'Revised date', 'Status', 'Comment'], { style: { fill: 'FF305496', color: C.white } });
  const S = { Completed: [C.blue, 'blue', C.white], 'On track': [C.green, 'green'], Delayed: [C.amber, 'amber'], 'Paused (COVID-19)': [C.grey, null] };
  const F = 'dd.mm.yy';
  const data = [
    ['M1', ['1'], 'Ask all staff to check and update their equality information on ESR self-service.', 'Workforce Information Manager', D(2020, 6, 30), D(2020, 10, 31), 'Completed', 'Campaign ran in October; declaration now 4.6%.'],
    ['M2', ['2'], 'Include the Disability Confident guaranteed interview statement on every advert.', 'Recruitment Lead', D(2020, 5, 31), null, 'Completed', 'On all adverts since May.'],
    ['M3', ['3'], 'Add a reasonable adjustments question to the capability process paperwork.', 'Employee Relations Manager', D(2020, 9, 30), D(2021, 1, 31), 'Delayed', 'Policy group stood down during the first wave.'],
    ['M4', ['4'], 'Give neuro-rehabilitation ward staff training on managing challenging behaviour linked to brain injury, with a focus on disabled staff.', 'Clinical Education Lead', D(2020, 7, 31), D(2021, 3, 31), 'Paused (COVID-19)', 'Face-to-face training paused.'],
    ['M5', ['5'], 'Offer disabled staff a career conversation with a trained coach.', 'Head of OD', D(2020, 12, 31), null, 'On track', '12 conversations held.'],
    ['M6', ['6'], 'Record shielding and COVID-related absence separately from sickness absence for disabled staff.', 'Head of HR Operations', D(2020, 4, 30), null, 'Completed', 'Separate ESR reason in use.'],
    ['M7', ['7'], 'Include disabled colleagues in the staff recognition awards panel.', 'Head of Communications', D(2020, 11, 30), D(2021, 2, 28), 'Delayed', 'Awards moved online.'],
    ['M8', ['8'], 'Set up a home-working adjustments fund for equipment such as chairs and screen readers.', 'Occupational Health Manager', D(2020, 8, 31), null, 'Completed', '£15k fund; 41 requests met.'],
    ['M4 & M9', ['4', '9'], 'Launch a disabled staff network with a confidential route to raise concerns.', 'EDI Manager', D(2020, 9, 30), null, 'On track', 'Network launched; 23 members.'],
    ['M10', ['10'], 'Arrange a Board seminar on the WDES and the experience of disabled staff.', 'Trust Secretary', D(2021, 3, 31), null, 'On track', 'Booked for March.'],
    ['All', ALL_WDES, 'Publish the WDES report and this plan on the website.', 'EDI Manager', D(2020, 8, 31), D(2020, 10, 30), 'Completed', 'Published 30 October.'],
  ];
  let n = 0; const rows = [];
  for (const [m, inds, action, lead, orig, rev, st, com] of data) {
    const ref = `WD20-${String(++n).padStart(2, '0')}`;
    rows.push(p.action([ref, m, action, lead, orig, rev, st, com], { ref, indicators: inds, action, lead, due: shown(rev || orig, F), status: st, rag: S[st][1], progress: com }, { styles: [{}, {}, {}, {}, { numFmt: F }, { numFmt: F }, { fill: S[st][0], ...(S[st][2] ? { color: S[st][2] } : {}) }] }));
  }
  // key block beside the table, on the header row and the first action rows
  const key = [['Status key', null], ...Object.keys(S).map((w) => [null, w])];
  key.forEach(([t, w], i) => {
    const r = h + i; const row = p.ws.getRow(r);
    if (t) { row.getCell('J').value = t; row.getCell('J').font = { name: 'Arial', size: 10, bold: true }; }
    else { const c = row.getCell('J'); c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: S[w][0] } }; row.getCell('K').value = w; row.getCell('K').font = { name: 'Arial', size: 10 }; }
  });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY Covid-year WDES tracker of a NEUROSCIENCES trust: unmerged title lines in column A (trust, 'WDES action plan 2020/21 – progress tracker (revised after the first wave of COVID-19)', 'Last updated: 12 January 2021'), then a dark-blue header 'Ref | Metric | Action | Owner | Original date | Revised date | Status | Comment' (row 4). Refs 'WD20-01'…; metrics as codes 'M1'…'M10' from the pre-2021 set (whole 4 and 9), 'M4 & M9', 'All' (= all ten). Owners are job titles. Two date columns, real dates dd.mm.yy: 'Original date' always, 'Revised date' for five actions. Status words filled Completed blue / On track green / Delayed amber / Paused (COVID-19) GREY. A STATUS KEY BLOCK sits BESIDE the table in J:K on the header row and the next four rows (a swatch in J, the word in K), so rows 5–8 carry key cells to the right of their actions. Judgement calls: due = the Revised date where there is one (the plan was re-dated after the first wave), else the Original date; grey 'Paused (COVID-19)' has no RAG colour; the key cells on action rows are not fields of those actions; 'M4 & M9' = 4 and 9.", { ragCol: 'G', mode: 'fill', dueFrom: ['F', 'E'] });
}
