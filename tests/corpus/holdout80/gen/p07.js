// holdout80-wres-2025-26-yewbarrow: large acute trust's WRES report-and-plan workbook with ONE SHEET PER INDICATOR: a 'Contents' sheet,
// nine data sheets 'Ind 1' … 'Ind 9' (figures and a "what this tells us" paragraph, no actions) and the 'Actions' sheet last; a 'See tab'
// column pointing back to the indicator sheets (context); status words on fills; real dates 'mmm-yy'.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Yewbarrow University Hospitals NHS Foundation Trust';
  const font = { name: 'Aptos', size: 10 };
  const ct = book.wb.addWorksheet('Contents', { properties: { tabColor: { argb: C.nhs } } });
  ct.getColumn(1).width = 10; ct.getColumn(2).width = 80;
  ct.getCell('A1').value = `${trust}`; ct.getCell('A1').font = { ...font, bold: true, size: 14 };
  ct.getCell('A2').value = 'Workforce Race Equality Standard 2025 – data and action plan 2025-26'; ct.getCell('A2').font = { ...font, bold: true };
  const DATA = [
    ['Ind 1', 'Workforce by band', 'BME staff 31.4% of the workforce; 12.8% at band 8a and above.'],
    ['Ind 2', 'Shortlisting to appointment', 'White applicants 1.38 times more likely to be appointed.'],
    ['Ind 3', 'Formal disciplinary', 'BME staff 1.12 times more likely to enter the process.'],
    ['Ind 4', 'Non-mandatory training', 'White staff 1.05 times more likely to access CPD.'],
    ['Ind 5', 'Harassment from patients', 'BME 29.7% v white 25.2%.'],
    ['Ind 6', 'Harassment from staff', 'BME 27.9% v white 21.0%.'],
    ['Ind 7', 'Equal opportunities for progression', 'BME 47.3% v white 58.9%.'],
    ['Ind 8', 'Discrimination from a manager', 'BME 15.1% v white 6.4%.'],
    ['Ind 9', 'Board', 'Voting board membership 14% BME; -17 points on the workforce.'],
  ];
  ct.getRow(4).values = ['Tab', 'Contents']; ct.getRow(4).font = { ...font, bold: true };
  DATA.forEach(([tab, what], i) => { ct.getCell(`A${5 + i}`).value = { text: tab, hyperlink: `#'${tab}'!A1` }; ct.getCell(`B${5 + i}`).value = what; });
  ct.getCell('A14').value = { text: 'Actions', hyperlink: "#'Actions'!A1" }; ct.getCell('B14').value = 'Action plan 2025-26';
  for (const [tab, what, fig] of DATA) {
    const s = book.wb.addWorksheet(tab); s.getColumn(1).width = 30; s.getColumn(2).width = 16; s.getColumn(3).width = 16;
    s.getCell('A1').value = `Indicator ${tab.slice(4)} – ${what}`; s.getCell('A1').font = { ...font, bold: true, size: 12 };
    s.getRow(3).values = ['Measure', '2024', '2025']; s.getRow(3).font = { ...font, bold: true };
    s.getCell('A4').value = 'Headline (2025)'; s.getCell('B4').value = fig; s.mergeCells('B4:C4');
    s.getCell('A6').value = 'What this tells us'; s.getCell('A6').font = { ...font, bold: true };
    s.getCell('A7').value = `Compared with 2024 the gap for ${what.toLowerCase()} has narrowed slightly; the actions for this indicator are on the Actions tab.`; s.mergeCells('A7:C9'); s.getCell('A7').alignment = { wrapText: true, vertical: 'top' };
  }
  const p = new Plan(book, { name: 'holdout80-wres-2025-26-yewbarrow', sheet: 'Actions', standard: 'WRES', period: '2025-26', trust, widths: [7, 10, 9, 52, 28, 10, 14, 38], font });
  p.line(['WRES action plan 2025-26'], { merge: ['A', 'H'], style: { bold: true, font: { size: 13 } } });
  p.line([{ text: '← back to Contents', hyperlink: "#'Contents'!A1" }], { style: { color: C.blue } });
  p.header(['Ref', 'Indicator', 'See tab', 'Action', 'Lead', 'Due', 'Status', 'Latest update'], { style: { fill: C.nhs, color: C.white } });
  const FILL = { 'On track': C.goodG, 'At risk': C.neutralA, 'Off track': C.badR, Done: C.paleblue };
  const RAG = { 'On track': 'green', 'At risk': 'amber', 'Off track': 'red', Done: null };
  const rows = [
    ['Y1', '1', 'Ind 1', 'Set a divisional target for BME representation at band 8a+ and report progress to each divisional performance review.', 'Associate Director of Workforce', D(2025, 9, 30), 'Done', 'Targets agreed by all five divisions.'],
    ['Y2', '2', 'Ind 2', 'Use structured scoring and a shared question bank for all band 7+ interviews, with scores checked for adverse impact.', 'Head of Talent Acquisition', D(2025, 12, 31), 'On track', 'Question bank live for nursing posts.'],
    ['Y3', '2, 7', 'Ind 2', 'Offer every unsuccessful internal BME candidate for band 7+ a feedback and development conversation with a senior sponsor.', 'Head of Talent Acquisition', D(2026, 3, 31), 'At risk', 'Sponsor pool short in Surgery.'],
    ['Y4', '3', 'Ind 3', 'Audit a sample of disciplinary investigations each quarter for consistency of sanction by ethnicity.', 'Head of Employee Relations', D(2025, 11, 30), 'On track', ''],
    ['Y5', '5', 'Ind 5', 'Give staff in ED, maternity triage and outpatients an anti-racism script and a one-click Datix category for racist abuse.', 'Head of Security Management', D(2026, 1, 31), 'Off track', 'Datix category not yet built.'],
    ['Y6', '6, 8', 'Ind 6', 'Roll out the civility and respect toolkit to the ten teams with the highest bullying scores for BME staff.', 'Head of Organisational Development', D(2026, 2, 28), 'At risk', 'Four teams started.'],
    ['Y7', '7', 'Ind 7', 'Run two cohorts of the "Stepping Up" programme and track participants’ promotions over 18 months.', 'Head of Leadership Development', D(2026, 3, 31), 'On track', 'Cohort 1 (24 staff) under way.'],
    ['Y8', '9', 'Ind 9', 'Build a board-ready talent pipeline with the regional Insight programme and the ICS NED scheme.', 'Director of Corporate Affairs', D(2026, 3, 31), 'On track', ''],
  ];
  for (const r of rows) { const [ref, ind, tab, act, lead, due, st, up] = r; p.action([ref, ind, { text: tab, hyperlink: `#'${tab}'!A1` }, act, lead, due, st, up], { ref, indicators: ind.split(/,\s*/), action: act, lead, due: shown(due, 'mmm-yy'), status: st, rag: RAG[st], progress: up }, { styles: [{}, { alignment: { horizontal: 'center' } }, { color: C.blue, font: { underline: true } }, {}, {}, { numFmt: 'mmm-yy' }, { fill: FILL[st] }, {}] }); }
  p.ws.views = [{ state: 'frozen', ySplit: 3 }];
  p.blank();
  p.line(['Status: On track (green), At risk (amber), Off track (red), Done (blue-grey, no RAG).'], { merge: ['A', 'H'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional university hospitals trust) in a report-and-plan workbook of ELEVEN sheets: 'Contents' (trust name, title, a hyperlinked list of tabs), nine data sheets 'Ind 1' … 'Ind 9' (one per indicator: the 2025 headline figure and a 'What this tells us' paragraph – no actions) and 'Actions' last, the gold sheet. 'Actions': title (row 1), a '← back to Contents' link (row 2), the NHS-blue header 'Ref | Indicator | See tab | Action | Lead | Due | Status | Latest update' (row 3, frozen), eight actions Y1–Y8, a blank row and a status key. Dues are real dates shown 'mmm-yy'. Judgement calls: identity from the Contents sheet (the Actions sheet does not name the trust); only the Actions sheet holds actions – the indicator sheets' paragraphs are data; 'See tab' is a hyperlink to the indicator sheet (context): indicators come from the Indicator column and can be more than the tab says (Y3 '2, 7' → ['2', '7'] under tab 'Ind 2'; Y6 '6, 8' → ['6', '8']); status = the word, rag from the fill as the key line gives it (Done on blue-grey has no RAG → null); progress = Latest update; theme null.", { mode: 'fill', ragCol: 'G', notFrom: ['C'], otherSheets: { min: 11, sheets: ['Contents', 'Ind 1', 'Ind 9'] } });
}
