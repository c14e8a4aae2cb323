// holdout69-wres-2025-26-tamebourne: primary care collaborative, a GLOSSARY OF TERMS ABOVE the plan, a typed page footer IN THE MIDDLE
// of the actions (page 2 carries on under Excel print titles, with no header typed again), then a sign-off statement with a signature
// line, review date and a circulation list.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Tamebourne Primary Care Collaborative';
  const p = new Plan(book, { name: 'holdout69-wres-2025-26-tamebourne', sheet: 'Plan', standard: 'WRES', period: '2025-26', trust, widths: [5, 60, 30, 16, 12], font: { name: 'Calibri', size: 11 } });
  const ws = p.ws; const furn = [];
  furn.push(p.line([`${trust} – Workforce Race Equality Action Plan 2025/26`], { merge: ['A', 'E'], style: { bold: true, font: { size: 15 }, color: C.teal } }));
  furn.push(p.line(['For the 24 member practices and four primary care networks (PCNs) of the collaborative, covering practice-employed and PCN-employed staff.'], { merge: ['A', 'E'], style: { italic: true } }));
  p.blank();
  furn.push(p.line(['Terms used in this plan'], { merge: ['A', 'E'], style: { bold: true } }));
  for (const [t, m] of [['ARRS', 'Additional Roles Reimbursement Scheme – roles such as pharmacists, paramedics and social prescribers employed by PCNs'], ['CD', 'Clinical Director of a primary care network'], ['GPN', 'General practice nurse'], ['PM', 'Practice manager'], ['Training hub', 'Tamebourne Primary Care Training Hub, hosted by the collaborative'], ['WRES link', 'The indicator of the Workforce Race Equality Standard an action addresses']])
    furn.push(p.line(['', t, m], { merge: ['C', 'E'], styles: [{}, { bold: true }], border: true }));
  p.blank();
  const hdr = p.header(['#', 'Action', 'Who', 'When', 'WRES link'], { style: { bold: true, fill: C.teal, color: C.white } });
  const acts = [
    ['Collect ethnicity for all practice and PCN staff through the workforce data tool at each quarterly return.', 'Workforce Lead, Training hub', 'Quarterly', '1'],
    ['Give practice managers a short recruitment guide covering anonymised shortlisting and a diverse panel for GPN and ARRS posts.', 'PM forum chair', 'July 2025', '2'],
    ['Fund two places a year on the GPN leadership course for nurses from ethnic minority backgrounds.', 'Training hub', 'September 2025', '4'],
    ['Agree a zero-tolerance notice and a practice procedure for racist abuse from patients at the front desk and on the phone.', 'PM forum chair', 'August 2025', '5'],
    ['Set up a peer support group for internationally recruited ARRS staff, meeting monthly online.', 'CD, Northgate PCN', 'June 2025', '6'],
  ];
  const acts2 = [
    ['Include a question on discrimination by managers and colleagues in the collaborative-wide staff pulse survey.', 'Workforce Lead, Training hub', 'October 2025', '8'],
    ['Offer ethnic minority GPs and ARRS leads a place as a CD deputy or on the Collaborative Board\'s workforce group.', 'Collaborative Board Chair', 'December 2025', '9'],
    ['Publish the collaborative\'s first WRES-style report for general practice staff.', 'Workforce Lead, Training hub', 'March 2026', '1'],
  ];
  let n = 0;
  const add = ([a, who, when, link]) => { n++; p.action([n, a, who, when, link], { ref: String(n), indicators: [link], action: a, lead: who, due: when }, { styles: [{ alignment: { horizontal: 'center' } }, {}, {}, {}, { alignment: { horizontal: 'center' } }] }); };
  acts.forEach(add);
  const pf = p.line(['', `${trust}  |  WRES Action Plan 2025/26  |  Page 1 of 2`], { merge: ['B', 'E'], style: { font: { size: 8 }, color: 'FF808080', alignment: { horizontal: 'center' } } });
  furn.push(pf); ws.getRow(pf).addPageBreak();
  acts2.forEach(add);
  p.blank();
  furn.push(p.line(['Agreed by the Collaborative Board on 11 June 2025. Progress will be reported to the Board in December 2025 and March 2026.'], { merge: ['A', 'E'] }));
  furn.push(p.line(['', 'Signed: ………………………………………………', 'Dr Imran Sheikh', 'Board Chair', '11/06/2025'], { height: 30, styles: [{}, {}, { bold: true }] }));
  furn.push(p.line(['', 'Next review: March 2026'], {}));
  furn.push(p.line(['', 'Circulation: Collaborative Board; PCN Clinical Directors; practice managers (all 24 practices); Local Medical Committee; ICB primary care team'], { merge: ['B', 'E'] }));
  furn.push(p.line(['', `${trust}  |  WRES Action Plan 2025/26  |  Page 2 of 2`], { merge: ['B', 'E'], style: { font: { size: 8 }, color: 'FF808080', alignment: { horizontal: 'center' } } }));
  ws.pageSetup = { orientation: 'portrait', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${hdr}:${hdr}` };
  await book.save(`${p.name}.xlsx`);
  p.saveGold(`Original plan (fictional primary care collaborative of 24 practices and four PCNs) for printing on two A4 pages: a teal title and a scope line, a GLOSSARY ABOVE THE PLAN ('Terms used in this plan': ARRS, CD, GPN, PM, Training hub, WRES link – term in B, meaning merged C:E), the header '# | Action | Who | When | WRES link' (row ${hdr}, set as the Excel print title so page 2 gets it on paper), five actions, then a typed grey FOOTER ROW 'Tamebourne Primary Care Collaborative | WRES Action Plan 2025/26 | Page 1 of 2' with a manual page break under it IN THE MIDDLE OF THE ACTIONS, three more actions with NO header typed again (numbering carries on 6–8), then a sign-off sentence ('Agreed by the Collaborative Board on 11 June 2025 …'), a signature line with the Board Chair's name, role and date, 'Next review: March 2026', a circulation list, and the page-2 footer. Judgement calls: the actions after the mid-table footer belong to the same table (the footer is page furniture, not the end of the plan); glossary rows, footers, the sign-off sentence, signature, review date and circulation are not actions and give no field (the Board Chair on the signature line is not a lead for the other actions, 'March 2026' from 'Next review' is not a due; the 'March 2026' of action 8 is its own When); leads as written (action 3's 'Training hub' is its Who cell, even though the same words head a glossary row), abbreviations kept ('CD, Northgate PCN', 'PM forum chair' – not expanded from the glossary); indicators from 'WRES link'; ref = '#'; due as written ('Quarterly'); no theme, no status, rag null.`,
    { forbidden: ['Dr Imran Sheikh', '11/06/2025', 'Next review: March 2026', 'Practice manager', 'Clinical Director of a primary care network'], print: { furniture: furn, titles: `${hdr}:${hdr}`, pageWords: 2, shared: ['Training hub'] } });
}
