// holdout59-wdes-2022-23-severnside: an ambulance trust's WDES plan under three 'Area' rows; 'When' is a RANGE in one cell
// ('Apr–Sep 2022', 'Oct 2022 – Mar 2023', 'Jan–Mar 23', 'Throughout 2022/23'); separate Lead and Support columns; RAG as a fill only.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Severnside Ambulance Service NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout59-wdes-2022-23-severnside', sheet: 'WDES 22-23', standard: 'WDES', period: '2022-23', trust, widths: [10, 55, 30, 28, 20, 8, 38], font: { name: 'Arial', size: 10 } });
  p.line([trust], { merge: ['A', 'G'], style: { bold: true, font: { size: 13 }, color: 'FF00823B' } });
  p.line(['WDES Improvement Plan 2022-23'], { merge: ['A', 'G'], style: { bold: true } });
  p.blank();
  p.header(['Metric', 'Action', 'Lead', 'Support', 'When', 'RAG', 'Update (Dec 2022)'], { style: { fill: C.grey } });
  const RF = { green: C.green, amber: C.amber, red: C.red };
  const A = [
    ['Area 1: Data and declaration', [
      ['4a', 'Run a declaration drive at every hub and control room, with managers explaining why the data matters.', 'Head of Workforce Information', 'Disability Network', 'Apr–Sep 2022', 'green', 'Declaration up from 4.1% to 6.0%.'],
      ['1', 'Check ESR disability fields against occupational health records where the member of staff has consented.', 'Head of Workforce Information', 'Occupational Health', 'Jun–Aug 2022', 'amber', 'Consent wording under review.'],
    ]],
    ['Area 2: Adjustments and wellbeing', [
      ['5', 'Create a central budget for reasonable adjustments so that equipment is not paid for from station budgets.', 'Director of Finance; Director of People', 'Procurement', 'Oct 2022 – Mar 2023', 'red', 'Budget not yet agreed.'],
      ['6', 'Offer every disabled member of staff a wellbeing conversation using the adjustments passport.', 'Area Operations Managers', 'Wellbeing Team', 'Throughout 2022/23', 'green', ''],
      ['3', 'Pause formal capability stages until a reasonable-adjustments review has been held and recorded.', 'Head of Employee Relations', 'Staff side', 'Jul–Sep 2022', 'green', 'Added to the capability policy.'],
      ['8', 'Adapt two response vehicles and one control room desk to test whether staff with mobility impairments can return to operational roles.', 'Head of Fleet; Head of Estates', 'Disability Network', 'Jan–Mar 23', 'amber', ''],
    ]],
    ['Area 3: Voice and leadership', [
      ['9a', 'Give the Disability Network chair two days a month of protected time and a seat at the People Committee.', 'Chief People Officer', '', 'Apr–Jun 2022', 'green', 'Agreed by Executive Team.'],
      ['7', 'Run a disability-focused career development workshop for clinical and non-clinical staff.', 'Leadership & OD Lead', 'Disability Network', 'Q2–Q3 2022/23', 'amber', ''],
      ['10', 'Ask Board members to complete the disability declaration as part of the fit and proper person check.', 'Company Secretary', '', 'Nov 2022 – Jan 2023', 'green', ''],
    ]],
  ];
  for (const [area, rows] of A) {
    p.line([area], { merge: ['A', 'G'], style: { bold: true, fill: C.palegrey } });
    for (const [m, act, lead, sup, when, rag, upd] of rows) p.action([m, act, lead, sup, when, '', upd], { indicators: [m], theme: area, action: act, lead, due: when, rag, progress: upd }, { height: 38, styles: [{ alignment: { horizontal: 'center' } }, {}, {}, {}, {}, { fill: RF[rag] }] });
  }
  p.blank();
  p.line(['RAG: green = on track or done; amber = some slippage; red = not started or significantly behind.'], { merge: ['A', 'G'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, an ambulance foundation trust): a title with the trust name, the plan title, a blank row, a grey header 'Metric | Action | Lead | Support | When | RAG | Update (Dec 2022)', three grey AREA rows merged across ('Area 1: Data and declaration' …) each followed by its actions (nine in all), and an italic RAG key line below. The WHEN column is a RANGE IN ONE CELL, written in several ways: 'Apr–Sep 2022', 'Jun–Aug 2022', 'Oct 2022 – Mar 2023', 'Jan–Mar 23', 'Nov 2022 – Jan 2023', 'Throughout 2022/23', 'Q2–Q3 2022/23'. LEAD and SUPPORT are separate columns; two Lead cells name two people joined by ';'; two Support cells are empty. The RAG cell has NO TEXT, only a green / amber / red fill. Judgement calls: due = the When cell as written – the whole range, not cut to its end month and not converted; lead = Lead as written (both names kept where two share it), never Support; status '' (no word), rag = the fill; theme = the Area row above; progress = the Update; the 'Dec 2022' in the Update header is not a due; indicators from the Metric column (2022 metric set: '4a', '9a'); the key line is not an action.", { due: { col: 'E' }, lead: { col: 'C', mode: 'whole' }, status: { col: 'F', mode: 'fill' }, progress: 'G', notFrom: ['D'] });
}
