// holdout43-wdes-2020-21-wrekinford: follows the Shropshire, Telford and Wrekin training hub's EDS 'Disability' page
// (https://stwtraininghub.co.uk/equality-diversity-inclusion/equality-delivery-system-eds/disability): the 'Accessibility Tools' panel
// (content scaling, font size, line height, letter spacing at 100%), the page title 'Disability', an editor's placeholder left in ('To add
// some introductory text'), a 'WDES' tab, five paragraphs (in force from 1 April 2019; why it matters; what it lets trusts understand;
// the first national WDES report of April 2020; national disparities call for robust action), and a second placeholder promising the
// organisations' reports and the system report, data and action plan 'end of November'. ASSUMED: the draft system action plan that was
// later pasted under the placeholder (the page itself never replaced it).
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Wrekinford and Severnmoor Primary Care Training Hub';
  const p = new Plan(book, { name: 'holdout43-wdes-2020-21-wrekinford', sheet: 'Disability', standard: 'WDES', period: '2020-21', trust, widths: [6, 62, 30, 14], font: { name: 'Open Sans', size: 10 } });
  const W = ['A', 'D'];
  p.line([trust], { merge: W, style: { bold: true, font: { size: 12, color: { argb: C.teal } } } });
  p.line(['Accessibility Tools'], { merge: W, style: { font: { size: 8 } } });
  for (const t of ['Content scaling 100%', 'Font size 100%', 'Line height 100%', 'Letter spacing 100%']) p.line([`• ${t}`], { merge: W, style: { font: { size: 8 } } });
  p.line(['Disability'], { merge: W, style: { bold: true, font: { size: 18 } }, height: 26 });
  p.line(['To add some introductory text'], { merge: W, ambiguous: true });
  p.line(['WDES'], { style: { bold: true, fill: C.teal, font: { color: { argb: C.white } } } });
  for (const t of [
    'The NHS Workforce Disability Equality Standard (WDES) came into force on 1 April 2019. It is a set of measures (metrics) that let NHS organisations compare the experiences of disabled and non-disabled staff and then write a local action plan showing progress against them.',
    'It matters because staff who feel motivated, included and valued give better care: patients are more satisfied and safer.',
    'The standard helps organisations understand what work is like for their disabled staff, supports change for the people already employed, and makes the NHS a more inclusive place for disabled people to work. Like the WRES, on which it is partly modelled, it also shows good practice and lets performance be compared by region and type of organisation.',
    'NHS England and NHS Improvement published the first national WDES report in April 2020, the first national look at where disabled staff work in the NHS and how their careers go.',
    'Nationally, disabled staff fare worse than non-disabled staff on all ten metrics. Organisations need to act firmly, check that what they do works, and build the WDES into their ongoing programmes – including in primary care, where the standard is not mandated.',
  ]) p.line([t], { merge: W, height: 44 });
  p.line(['To add text re what WDES is and also reports from each organisation and the system report / data and action plan =- will be available end of November'], { merge: W, ambiguous: true, height: 28, style: { color: 'FF7F7F7F' } });
  p.blank();
  p.line(['System WDES action plan 2020/21 – DRAFT for the Workforce Group, 19 November 2020'], { merge: W, style: { bold: true } });
  p.header(['No', 'What we will do', 'Lead organisation', 'By when'], { style: { fill: C.palegrey } });
  const rows = [
    ['1', 'Ask every practice to add the disability question to its new starter form and to the annual staff record check.', "Practice managers' forum", 'Jan 2021'],
    ['2', 'Collect disability data for practice staff through the National Workforce Reporting Service and share the first system figures.', 'CCG People Team', 'Mar 2021'],
    ['3', 'Offer a free "reasonable adjustments in small teams" session for practice managers and GP partners.', 'Training Hub', 'Feb 2021'],
    ['4', 'Make sure every training hub course can be booked with adjustments, and say so on every booking page.', 'Training Hub', 'Dec 2020'],
    ['5', 'Set up a primary care disabled staff peer group that meets online every two months.', '', 'tbc'],
    ['6', 'Include disabled staff on the interview panels for the new fellowship and first-contact practitioner posts.', 'PCN Clinical Directors', 'Apr 2021'],
    ['7', 'Share the Access to Work scheme and how to apply with every practice in the December newsletter.', 'Training Hub', 'Dec 2020'],
  ];
  for (const [n, a, l, d] of rows) p.action([n, a, l, d], { ref: n, action: a, lead: l, due: d }, { height: 30 });
  p.line(['Comments on this draft to the hub team by 4 December please.'], { merge: W, style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional body, a primary care training hub working for the practices and PCNs of its system) following the layout of a real training hub's EDS 'Disability' web page: the hub's name, the 'Accessibility Tools' panel as four '•' lines (content scaling, font size …), the page title 'Disability', an editor's PLACEHOLDER left in the published page ('To add some introductory text'), a 'WDES' tab label, five paragraphs, a second placeholder in grey ('To add text re what WDES is … will be available end of November'), then 'System WDES action plan 2020/21 – DRAFT for the Workforce Group, 19 November 2020', the table 'No | What we will do | Lead organisation | By when' (7 rows) and a closing request for comments. Judgement calls: the two placeholders start with 'To add …' and read like tasks, but they are notes from the page's editor to themselves about the web page, not actions of the WDES plan (non-action rows, marked ambiguous); the accessibility-tool lines, the tab label and the paragraphs are page furniture and background; the plan is DRAFT but its rows are still the actions; ref = No; lead = the lead ORGANISATION as written ('Training Hub', \"Practice managers' forum\"), '' where the cell is blank (row 5 – not guessed); due = By when as written, 'tbc' kept; no status, rag null; indicators [] – the rows name no metric and none is inferred from the wording; theme null; the closing comments line is not an action.", {});
}
