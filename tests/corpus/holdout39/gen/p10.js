// holdout39-wres-2025-26-oxenhope: follows Surrey Heartlands CCG's 'Workforce Race Equality Standard (WRES) 2020-2021 Report'
// (https://readkong.com/page/surrey-heartlands-clinical-commissioning-group-workforce-9545161): a title block, a FOOTER on every page
// ('SH WRES 2021/ July 2021   Page 1 of 21'), '1. Introduction' (the WRES in place since April 2015 with providers publishing every year;
// the NHS constitution's principles; an annual requirement for employers with over 250 staff, nine indicators), 'This is the second year
// the CCG has formed its own report.', 'The main purpose of the WRES is:' with three bullets, and 'Of the nine indicators:' with bullets.
// Here a community health and care community interest company (a provider of NHS services) in 2025-26. ASSUMED: the numbered action
// section at the end of the report and its columns (`Indicator | What the data shows | Action | Responsible | By when | How we will
// measure | Carried forward`), with a page footer falling between two of its rows.
import { Book, Plan, C, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Oxenhope Community Health and Care CIC';
  const p = new Plan(book, { name: 'holdout39-wres-2025-26-oxenhope', sheet: 'WRES Report 2025-26', standard: 'WRES', period: '2025-26', trust, widths: [14, 30, 46, 24, 13, 30, 11], font: { name: 'Arial', size: 10 } });
  const para = (t, h = 30, st = {}) => p.line([t], { merge: ['A', 'G'], height: h, style: st });
  const feet = [];
  const foot = (n) => feet.push(p.line([`OCHC WRES 2025/ July 2025                    Page ${n} of 18`], { merge: ['A', 'G'], style: { color: 'FF808080', font: { size: 8 }, alignment: { horizontal: 'right' } } }));
  const ctx = [];
  para(trust, 18, { bold: true, font: { size: 13 }, color: C.teal });
  para('Workforce Race Equality Standard (WRES)', 18, { bold: true, font: { size: 13 } });
  para('2025-2026 Report', 18, { bold: true });
  foot(1);
  para('1.   Introduction', 16, { bold: true });
  ctx.push(para('The NHS Workforce Race Equality Standard (WRES) has been in place since April 2015, and providers of NHS services have produced and published their WRES data every year since.', 30));
  ctx.push(para('The WRES report is an annual requirement for providers of NHS services with more than 250 staff. It covers nine indicators of career progression and fair treatment at work for staff from Black, Asian and minority ethnic backgrounds.', 30));
  ctx.push(para('This is the fourth year that we have produced our own report since becoming a community interest company.', 16));
  para('The main purpose of the WRES is:', 16);
  for (const b of ['•   to help organisations review their data against the nine WRES indicators,', '•   to produce action plans that close the gaps in experience between white and BME colleagues,', '•   to improve BME representation at senior and board level.']) ctx.push(p.line([undefined, b], { merge: ['B', 'G'] }));
  para('Of the nine indicators:', 16);
  for (const b of ['•   four focus on workforce data,', '•   four are based on questions in the NHS Staff Survey,', '•   one considers BME representation on the board.']) ctx.push(p.line([undefined, b], { merge: ['B', 'G'] }));
  foot(2);
  para('6.   Our actions for 2025-26', 16, { bold: true });
  para("These actions were agreed with the Race Equality Network in June 2025. Actions carried forward from the 2024-25 plan are marked 'Yes'.", 30);
  p.header(['Indicator', 'What the data shows', 'Action', 'Responsible', 'By when', 'How we will measure', 'Carried forward'], { style: { fill: C.teal, color: C.white } });
  const groups = [
    ['Indicator 1', ['1'], 'BME staff are 21% of the workforce but 9% of staff at Band 8a and above.', [
      ['Publish representation goals for Bands 7 to 8c and report them to the Board every six months.', 'Director of People', 'Sept 2025', 'Goals published; six-monthly report', 'No'],
      ['Offer BME staff at Bands 5 and 6 places on the Stepping Forward programme.', 'Head of Learning', 'Q3 2025/26', '20 places filled; progression tracked for two years', 'Yes']]],
    ['Indicator 2', ['2'], 'White applicants are 1.46 times more likely to be appointed from shortlisting.', [
      ['Use a diverse interview panel for every post at Band 7 and above.', 'Recruitment Manager', 'March 2026', 'Relative likelihood below 1.25', 'Yes']]],
    ['Indicators 5 & 6', ['5', '6'], '31% of BME staff experienced harassment, bullying or abuse from patients or the public, and 26% from colleagues.', [
      ['Put up the zero-tolerance statement in every clinic and home-visiting guide, and support staff to report incidents.', 'Head of Patient Experience', 'Dec 2025', 'Incident reports by ethnicity each quarter', 'No'],
      ['Train team leaders to respond to racist abuse from patients and their families.', 'Head of Learning', 'Feb 2026', '90% of team leaders trained', 'No']]],
    ['Indicator 8', ['8'], 'BME staff are twice as likely to report discrimination from a manager or colleague.', [
      ['Run reciprocal mentoring between the executive team and members of the Race Equality Network.', 'Chief Executive', 'Q4 2025/26', 'Six pairs completing the programme', 'Yes']]],
    ['Indicator 9', ['9'], 'One of the eleven board members is from a BME background.', [
      ['Use an inclusive search firm for the next two non-executive appointments.', 'Chair', 'As vacancies arise', 'Diverse shortlist for each appointment', 'No']]],
  ];
  let n = 0;
  for (const [ind, inds, data, acts] of groups) {
    let first = p.r + 1;
    for (const [i, [a, lead, due, measure, cf]] of acts.entries()) {
      p.action(i === 0 ? [ind, data, a, lead, due, measure, cf] : [undefined, undefined, a, lead, due, measure, cf], { indicators: inds, action: a, lead, due, outcome: measure }, { styles: [{ bold: true }] });
      if (++n === 4) { mergeDown(p.ws, 'A', first, p.r); mergeDown(p.ws, 'B', first, p.r); foot(17); first = p.r + 1; }
    }
    if (first <= p.r) { mergeDown(p.ws, 'A', first, p.r); mergeDown(p.ws, 'B', first, p.r); }
  }
  para('7.   Governance', 16, { bold: true });
  ctx.push(para('The People Committee will review progress against these actions every quarter and report to the Board. Our results will also be shared with the integrated care board as part of the system WRES summary.', 30));
  foot(18);
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional organisation, a community health and care community interest company providing NHS services) following a real published WRES report of an NHS commissioning organisation (Surrey Heartlands CCG's 'Workforce Race Equality Standard (WRES) 2020-2021 Report'), converted from PDF into one sheet with its PAGE FOOTER kept as rows ('OCHC WRES 2025/ July 2025   Page n of 18', right-aligned grey): the title block, '1.   Introduction' with three paragraphs (the fourth year of the organisation's own report), 'The main purpose of the WRES is:' with three '•' bullets, 'Of the nine indicators:' with three bullets, a footer, '6.   Our actions for 2025-26' with a paragraph on the Race Equality Network and the 'Carried forward' marking, the action table 'Indicator | What the data shows | Action | Responsible | By when | How we will measure | Carried forward' (row 22) with the indicator and the data finding MERGED DOWN over each group's actions, a PAGE FOOTER ('Page 17 of 18') falling INSIDE the table after the fourth action with no repeated header, then '7.   Governance' with a paragraph and the last footer. Judgement calls: the bullets are the WRES's purposes and the indicator groups, not actions ('to produce action plans that close the gaps …' is not the organisation's action); the footer rows – including the one inside the table – are not actions and do not end the table: the three actions below it belong to the same plan; indicators from the merged indicator cell ('Indicators 5 & 6' → ['5', '6']); the action just below the inner footer has EMPTY indicator and data cells (the PDF page broke inside the 'Indicators 5 & 6' group and the merged cell did not carry over), so its indicators ['5', '6'] are carried over the footer from the group above, as a person reading the printed pages would; 'What the data shows' is the finding, not progress; outcome = 'How we will measure'; lead = Responsible, due = By when as written ('Q3 2025/26', 'As vacancies arise'); 'Carried forward' Yes/No says whether the action came from last year's plan – it is not a status (status '', rag null); no ref; 'July 2025' in the footer is the report's date, not a due.", { dataRows: [...feet, ...ctx], forbidden: ['July 2025', 'Yes', 'No'], notFrom: ['B', 'G'] });
}
