// holdout60-wres-2020-21-saltcombe: clinical commissioning group; quirks: an EMPTY BORDERED ROW left in the middle of the table, due dates
// TYPED AS TEXT in mixed styles, R / A / G letters on fills with the key under the table.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'NHS Saltcombe Clinical Commissioning Group';
  const p = new Plan(book, { name: 'holdout60-wres-2020-21-saltcombe', sheet: 'Sheet1', standard: 'WRES', period: '2020-21', trust, widths: [60, 12, 26, 16, 7, 44], font: { name: 'Arial', size: 10 } });
  p.line([trust], { style: { bold: true } });
  p.line(['WRES action plan 2020/21'], { style: { bold: true } });
  p.line(['Agreed by the Governing Body, September 2020'], {});
  p.blank();
  p.header(['Action', 'Indicator', 'Owner', 'Due Date', 'RAG', 'Notes'], { style: { fill: C.palegrey } });
  const F = { R: C.red, A: C.amber, G: C.green }; const RG = { R: 'red', A: 'amber', G: 'green' };
  const acts = [
    ['Publish the CCG\'s WRES data with a short commentary on the website, as well as the national return.', 'Ind 1', 'Corporate Services Manager', '30.09.20', 'G', 'Published 28 September.'],
    ['Use a diverse panel for every appointment at Band 8a and above, including clinical lead posts.', 'Ind 2', 'HR Business Partner', 'Dec 20', 'A', 'Agreed with the commissioning support unit; two panels so far.'],
    ['Ask staff in the pulse survey whether they have experienced racism from colleagues while working from home.', 'Ind 6 & 8', 'Head of Organisational Development', 'Nov 20', 'G', ''],
    ['Offer reverse mentoring to the Governing Body lay members and directors.', 'Ind 9', 'Chief Finance Officer', '31st March 2021', 'R', 'Paused – no mentors yet.'],
    [null],
    ['Include race equality in the objectives of every director for 2021/22.', 'Ind 7, 8', 'Accountable Officer', 'Q4', 'A', ''],
    ['Work with the local trusts on a shared BAME leadership programme across the ICS.', 'Ind 7', 'Director of Strategy', 'March 2021', 'A', 'ICS bid submitted.'],
    ['Review the CCG\'s recruitment and selection training so that it covers bias at shortlisting.', 'Ind 2', 'HR Business Partner', '28/02/2021', 'R', ''],
  ];
  for (const a of acts) {
    if (a[0] === null) { p.blank(); const r = p.ws.getRow(p.r); for (let c = 1; c <= 6; c++) r.getCell(c).border = { top: { style: 'thin', color: { argb: 'FF808080' } }, left: { style: 'thin', color: { argb: 'FF808080' } }, bottom: { style: 'thin', color: { argb: 'FF808080' } }, right: { style: 'thin', color: { argb: 'FF808080' } } }; continue; }
    const [t, ind, o, d, rag, n] = a;
    p.action([t, ind, o, d, rag, n], { indicators: ind.match(/\d/g), action: t, lead: o, due: d, status: rag, rag: RG[rag], progress: n }, { styles: [{}, {}, {}, {}, { fill: F[rag], alignment: { horizontal: 'center' }, bold: true }] });
  }
  p.blank();
  p.line(['Key: R = not started or behind plan, A = in progress, G = complete'], { style: { font: { size: 8 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional body, a clinical commissioning group), on a sheet still called 'Sheet1': three unmerged lines (CCG name, 'WRES action plan 2020/21', 'Agreed by the Governing Body, September 2020'), a blank row, a pale-grey header 'Action | Indicator | Owner | Due Date | RAG | Notes', four actions, an EMPTY BORDERED ROW left in the middle of the table, three more actions, a blank row and a small key line ('Key: R = …, A = …, G = …'). Due dates are TYPED TEXT in mixed styles ('30.09.20', 'Dec 20', '31st March 2021', 'Q4', '28/02/2021'). Judgement calls: the empty row is nothing – the table carries on under it; due as typed; status = the R / A / G letter and rag = its fill; progress = Notes; indicators from 'Ind n' ('Ind 6 & 8' → ['6','8'], 'Ind 7, 8' → ['7','8']); ref '' and theme null; the key line and the Governing Body line are not actions and the September 2020 date is no due.", { cols: { action: 'A', ind: 'B', lead: 'C', due: 'D', status: 'E', progress: 'F' }, mode: 'fill', ragCol: 5, forbidden: ['September 2020'] });
}
