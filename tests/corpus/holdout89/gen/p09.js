// holdout89-wdes-2025-26-garthwick: a SPECIALIST cancer centre's WDES plan: a 'Cover' tab (the only place the trust is named, with sponsor,
// author, version and approval), then the 'Action Plan' tab: 'Metric | Action | Lead | Timescale | Status | Notes' with metrics written
// 'M4a', 'M9a/9b'; status words typed plain and coloured by CONDITIONAL FORMATTING; timescales real dates shown 'mmm yyyy'.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Garthwick Cancer Centre NHS Foundation Trust';
  const cv = book.wb.addWorksheet('Cover');
  cv.getColumn(1).width = 24; cv.getColumn(2).width = 60;
  const cover = [[trust, ''], ['Workforce Disability Equality Standard', ''], ['Action plan 2025/26', ''], ['', ''], ['Executive sponsor', 'Chief People Officer'], ['Prepared by', 'Inclusion Business Partner'], ['Version', '1.2 – 12 September 2025'], ['Approved', 'People and Culture Committee, 24 September 2025'], ['Next review', 'March 2026']];
  cover.forEach(([a, b], i) => { const r = cv.getRow(i + 1); if (a) r.getCell(1).value = a; if (b) r.getCell(2).value = b; r.font = { name: 'Segoe UI', size: i < 3 ? 14 - i * 2 : 10, bold: i < 3 || !!b }; if (b) r.getCell(2).font = { name: 'Segoe UI', size: 10 }; });
  const p = new Plan(book, { name: 'holdout89-wdes-2025-26-garthwick', sheet: 'Action Plan', standard: 'WDES', period: '2025-26', trust, widths: [10, 56, 28, 12, 14, 40], font: { name: 'Segoe UI', size: 9 } });
  p.line(['WDES Action Plan 2025/26'], { merge: ['A', 'F'], style: { bold: true, font: { size: 13 }, color: C.darkblue } });
  p.blank();
  const hr = p.header(['Metric', 'Action', 'Lead', 'Timescale', 'Status', 'Notes'], { style: { fill: C.paleblue } });
  p.ws.views = [{ state: 'frozen', ySplit: hr }];
  const WORDS = { Complete: [C.goodG, 'green'], 'In progress': [C.neutralA, 'amber'], Overdue: [C.badR, 'red'], 'Not started': [null, null] };
  const F = 'mmm yyyy';
  const rows = [
    ['M1', 'Add the disability question to the onboarding form for research nurses and clinical trials staff employed through the university.', 'Workforce Information Manager', D(2025, 9, 30), 'Complete', 'Question live on the joint onboarding form.', ['1']],
    ['M2', 'Offer all disabled applicants the chance to discuss adjustments with the recruiting manager before interview, on every advert.', 'Talent Acquisition Lead', D(2025, 12, 31), 'In progress', 'Wording agreed; Trac template due for change in November.', ['2']],
    ['M4a', 'Give radiotherapy and chemotherapy day-unit staff a script and escalation route for patients or relatives who make remarks about a staff member’s disability.', 'Lead Nurse, Ambulatory Care', D(2025, 11, 30), 'Overdue', 'Script drafted; escalation route not agreed with security.', ['4a']],
    ['M4b', 'Add disability awareness to the mandatory “Leading with Compassion” day for all Band 7+ managers.', 'Head of Organisational Development', D(2026, 3, 31), 'Not started', '', ['4b']],
    ['M5', 'Track the career moves of disabled staff who completed the 2024 Springboard programme and invite them to mentor the next cohort.', 'Inclusion Business Partner', D(2026, 1, 31), 'In progress', '9 of 14 traced.', ['5']],
    ['M8', 'Agree a target of 20 working days from request to adjustment in place, and report it monthly to the People Board.', 'Head of Occupational Health', D(2025, 10, 31), 'Complete', 'Median 17 days in October.', ['8']],
    ['M9a/9b', 'Co-produce the 2026/27 WDES plan with the Disability and Long-Term Conditions Network and give the network a seat at the People Board.', 'Chief People Officer', D(2026, 3, 31), 'Not started', 'Network AGM in January.', ['9a', '9b']],
    ['M10', 'Support Board members to declare through the Board skills and diversity survey, with an anonymous option.', 'Head of Corporate Governance', D(2025, 12, 31), 'In progress', 'Survey out; 8 of 13 returned.', ['10']],
  ];
  const first = p.r + 1;
  for (const [met, act, lead, dd, st, note, inds] of rows) {
    p.action([met, act, lead, dd, st, note], { indicators: inds, action: act, lead, due: shown(dd, F), status: st, rag: WORDS[st][1], progress: note }, { styles: [{ bold: true }, {}, {}, { numFmt: F }, { alignment: { horizontal: 'center' } }, {}] });
  }
  p.ws.addConditionalFormatting({ ref: `E${first}:E${p.r}`, rules: Object.entries(WORDS).filter(([, v]) => v[0]).map(([w, [fill]], i) => ({ type: 'containsText', operator: 'containsText', text: w, priority: i + 1, style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: fill } } } })) });
  p.ws.dataValidations.add(`E${first}:E${p.r}`, { type: 'list', allowBlank: true, formulae: ['"Not started,In progress,Complete,Overdue"'] });
  p.blank();
  p.line(['Metrics 3, 6 and 7 show no significant gap in 2025 and are monitored through the People Board dashboard.'], { merge: ['A', 'F'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional specialist cancer centre). Two tabs: 'Cover' (the trust, 'Workforce Disability Equality Standard', 'Action plan 2025/26', then label / value lines: Executive sponsor, Prepared by, Version 1.2 – 12 September 2025, Approved by the People and Culture Committee 24 September 2025, Next review March 2026 – the ONLY place the trust is named) and 'Action Plan', the gold sheet, Segoe UI 9: title 'WDES Action Plan 2025/26', a blank row, the header 'Metric | Action | Lead | Timescale | Status | Notes' (row 3, frozen), eight actions and an italic line on metrics 3, 6 and 7. Timescales are real dates shown 'mmm yyyy'. Status words come from a drop-down and are typed PLAIN; they are coloured only by CONDITIONAL FORMATTING ('text contains' rules: Complete pale green, In progress pale yellow, Overdue pale red; Not started has no rule). Judgement calls: identity from the Cover tab; the sponsor and author on the cover lead nothing and its dates are no dues; lead = Lead; due = Timescale as displayed; status = the word, rag = the colour its rule gives (Complete green, In progress amber, Overdue red, Not started null); indicators from the 'M' codes ('M9a/9b' → both); progress = Notes (one blank); the closing line is no action; no ref; theme null.", { ragCol: 'E', mode: 'word', words: Object.fromEntries(Object.entries(WORDS).map(([w, v]) => [w, v[1]])), cfWords: { col: 'E' }, indCol: 'A', forbidden: ['March 2026', '1.2 – 12 September 2025'] });
}
