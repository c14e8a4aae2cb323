// holdout69-wres-2023-24-northlindsey: ICB, TWO SHEETS – a 'Cover' sheet (logo text, document control, version history, APPROVAL
// ROUTE with outcomes, distribution list) and the 'Action Plan' sheet with a small document-reference line, print titles, priority rows,
// status words in plain text and an OFFICIAL line. The ICB's name is on the cover only.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'NHS North Lindsey Integrated Care Board';
  const cover = book.wb.addWorksheet('Cover');
  [4, 30, 22, 22, 30].forEach((w, i) => { cover.getColumn(i + 1).width = w; });
  const cv = (r, vals, st = {}) => vals.forEach((v, i) => { if (v === '') return; const c = cover.getCell(r, i + 1); c.value = v; c.font = { name: 'Arial', size: 10, ...st }; c.alignment = { wrapText: true, vertical: 'top' }; });
  cv(1, ['', '', '', '', 'NHS'], { bold: true, italic: true, size: 18, color: { argb: C.nhs } });
  cv(2, ['', '', '', '', 'North Lindsey'], { bold: true, size: 11 });
  cv(3, ['', '', '', '', 'Integrated Care Board'], { size: 11 });
  cv(5, ['', trust], { bold: true, size: 14 }); cv(6, ['', 'Workforce Race Equality Standard (WRES) Action Plan 2023/24'], { bold: true, size: 14, color: { argb: C.nhs } });
  cv(8, ['', 'Document control'], { bold: true, size: 12 });
  [['Document reference', 'NLICB-POD-017'], ['Version', '0.9 (for approval)'], ['Owner', 'Chief People Officer'], ['Author', 'Senior EDI Manager'], ['Date of approval', '05/10/2023'], ['Next review', 'October 2024']].forEach(([k, v], i) => { cv(9 + i, ['', k], { bold: true }); cv(9 + i, ['', '', v]); });
  cv(16, ['', 'Version history'], { bold: true, size: 12 });
  cv(17, ['', 'Version', 'Date', 'Summary of change'], { bold: true });
  [['0.1', '14/07/2023', 'Draft from WRES data submission'], ['0.5', '22/08/2023', 'Comments from Race Equality Network'], ['0.9', '19/09/2023', 'Leads confirmed by Executive Team']].forEach((v, i) => cv(18 + i, ['', ...v]));
  cv(22, ['', 'Approval route'], { bold: true, size: 12 });
  cv(23, ['', 'Group', 'Date', 'Outcome'], { bold: true });
  [['Executive Team', '19/09/2023', 'Endorsed'], ['People and Remuneration Committee', '05/10/2023', 'Approved'], ['ICB Board (public)', '02/11/2023', 'For information']].forEach((v, i) => cv(24 + i, ['', ...v]));
  cv(28, ['', 'Distribution'], { bold: true, size: 12 });
  ['All ICB staff (intranet)', 'Race Equality Network', 'Staff Partnership Forum', 'ICS People Board'].forEach((v, i) => cv(29 + i, ['', v]));
  cover.pageSetup = { orientation: 'portrait', paperSize: 9 };

  const p = new Plan(book, { name: 'holdout69-wres-2023-24-northlindsey', sheet: 'Action Plan', standard: 'WRES', period: '2023-24', trust, widths: [7, 54, 12, 28, 16, 16, 40], font: { name: 'Arial', size: 10 } });
  const ws = p.ws; const furn = [];
  furn.push(p.line(['Document ref: NLICB-POD-017   |   Version 0.9 (for approval)   |   Page 2'], { merge: ['A', 'G'], style: { font: { size: 8 }, color: 'FF7F7F7F' } }));
  p.blank();
  const hdr = p.header(['Ref', 'Action', 'WRES indicator', 'Lead', 'Target', 'Status', 'Comments'], { style: { bold: true, fill: C.nhs, color: C.white } });
  ws.pageSetup = { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${hdr}:${hdr}` };
  const secs = [];
  const pri = [
    ['Priority 1: Data we can trust', [
      ['1.1', 'Run an ethnicity self-declaration exercise for ICB staff and raise recorded ethnicity to at least 95%.', '1', 'Head of People Services', 'December 2023', 'Underway', '89% recorded at end of September.'],
      ['1.2', 'Publish WRES data by directorate on the intranet each year, not only the organisation total.', '1', 'Senior EDI Manager', 'March 2024', 'Not yet started', ''],
    ]],
    ['Priority 2: Fair recruitment and progression', [
      ['2.1', 'Include a Race Equality Network member on interview panels for all posts at Band 8b and above.', '2', 'Head of People Services', 'From October 2023', 'Underway', 'Eleven panels so far.'],
      ['2.2', 'Offer a coaching programme for Black, Asian and minority ethnic staff at Bands 6 to 8a who want to move up.', '7', 'Head of OD', 'February 2024', 'Not yet started', 'Coaches being sourced from the ICS pool.'],
      ['2.3', 'Check the ethnicity of staff given acting-up and secondment opportunities every six months.', '4', 'Head of People Services', 'March 2024', 'Not yet started', ''],
    ]],
    ['Priority 3: Respect at work', [
      ['3.1', 'Hold listening sessions with the Race Equality Network on the staff survey results and agree two local commitments.', '6, 8', 'Chief People Officer', 'November 2023', 'Delivered', 'Sessions held 12 and 20 September; two commitments agreed.'],
      ['3.2', 'Make the Freedom to Speak Up route for racism visible on every team page and in induction.', '8', 'Freedom to Speak Up Guardian', 'December 2023', 'Underway', ''],
      ['3.3', 'Add a WRES briefing to Board development and appoint a Board champion for race equality.', '9', 'Director of Corporate Affairs', 'January 2024', 'Underway', 'Briefing booked for 7 December.'],
    ]],
  ];
  for (const [t, acts] of pri) {
    secs.push(p.line([t], { merge: ['A', 'G'], style: { bold: true, fill: C.paleblue }, border: true }));
    for (const [ref, a, ind, lead, due, st, com] of acts) p.action([ref, a, ind, lead, due, st, com], { ref, indicators: ind.split(',').map((x) => x.trim()), theme: t, action: a, lead, due, status: st, progress: com }, { styles: [{}, {}, { alignment: { horizontal: 'center' } }] });
  }
  p.blank();
  furn.push(p.line(['OFFICIAL'], { merge: ['A', 'G'], style: { bold: true, alignment: { horizontal: 'center' } } }));
  await book.save(`${p.name}.xlsx`);
  p.saveGold(`Original plan (fictional integrated care board, its own staff) in TWO SHEETS. 'Cover' holds the print cover: an 'NHS / North Lindsey / Integrated Care Board' logo block in text at the top right, the ICB's full name and the title, DOCUMENT CONTROL (reference NLICB-POD-017, version 0.9 (for approval), owner Chief People Officer, author, date of approval 05/10/2023, next review October 2024), VERSION HISTORY, an APPROVAL ROUTE 'Group | Date | Outcome' (Endorsed / Approved / For information) and a DISTRIBUTION list – the only place the ICB is named. 'Action Plan' (the gold sheet) starts with a small grey document-reference line ('Document ref … | Version 0.9 (for approval) | Page 2'), then 'Ref | Action | WRES indicator | Lead | Target | Status | Comments' (row ${hdr}, the print title), three 'Priority n:' section rows with actions 1.1–3.3, and a closing 'OFFICIAL' line. Judgement calls: identity.trust from the cover sheet (the plan sheet does not name the ICB); the reference line and 'OFFICIAL' are not actions; nothing on the cover gives a field (the owner is not a lead, the approval-route outcomes 'Endorsed' / 'Approved' are not statuses, the review date is not a due); theme = the priority row; indicators from the WRES indicator column ('6, 8' → ['6','8']); due as written ('From October 2023'); status = the plain status word ('Not yet started', 'Underway', 'Delivered'), rag null – no colour and no key; progress = Comments.`,
    { sections: secs, forbidden: ['Endorsed', 'Approved', 'For information', 'October 2024', '05/10/2023'], print: { furniture: furn, titles: `${hdr}:${hdr}` } });
}
