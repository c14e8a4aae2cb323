// holdout90-wdes-2023-24-greyhythe: acute trust. BRAG LETTERS from a drop-down, coloured ONLY by 'cell value equal to' conditional
// formats (no fill by hand); '% complete' shown with DATA BARS (no status); the BRAG key is a footnote BELOW the grid, marked by a '†'
// in the header.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Greyhythe and District Hospitals NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout90-wdes-2023-24-greyhythe', sheet: 'WDES 2023-24', standard: 'WDES', period: '2023-24', trust, widths: [7, 11, 50, 26, 11, 11, 8, 42], font: { name: 'Calibri', size: 11 } });
  p.line(['Workforce Disability Equality Standard (WDES) – Action Plan 2023/24'], { merge: ['A', 'H'], style: { bold: true, font: { size: 14 } } });
  p.line([trust], { merge: ['A', 'H'], style: { bold: true, color: C.nhs } });
  p.line(['Updated after the Inclusion Steering Group, 12 February 2024'], { merge: ['A', 'H'], style: { italic: true, font: { size: 10 } } });
  p.blank();
  const h = p.header(['Ref', 'Metric', 'Action', 'Lead', 'Due', '% complete', 'BRAG †', 'Latest position'], { style: { fill: C.darkblue, color: C.white } });
  p.ws.views = [{ state: 'frozen', ySplit: h }];
  p.ws.autoFilter = `A${h}:H${h}`;
  const rows = [
    ['1', '1', 'Hold a “count me in” week each quarter at the three hospital sites to encourage staff to update their disability status on ESR.', 'Head of Workforce Information', 'Quarterly', 0.75, 'G', 'Three weeks held; declaration 4.1% → 5.6%.', ['1']],
    ['2', '2', 'Renew our Disability Confident Leader status and publish the adjustments we offer at interview on every job advert.', 'Head of Recruitment', 'Sep-23', 1, 'B', 'Leader status renewed in September.', ['2']],
    ['3', '3', 'Require Employee Relations to confirm that an Occupational Health referral has been considered before any formal capability stage for a disabled colleague.', 'Head of Employee Relations', 'Nov-23', 0.5, 'A', 'Step added to the policy; not yet checked in practice.', ['3']],
    ['4', '4a', 'Introduce a conflict-resolution workshop for ward managers covering disability-related harassment from patients and relatives.', 'Head of Nursing Education', 'Jan-24', 0.25, 'R', 'Trainer not yet found.', ['4a']],
    ['5', '4b', 'Add a disability question to the Datix staff-incident form so harassment from colleagues and managers can be counted.', 'Head of Risk', 'Dec-23', 1, 'G', 'Field live; waiting for the first quarter of data before closing.', ['4b']],
    ['6', '5', 'Reserve places for disabled staff on the Aspiring Leaders programme and offer adjustments for every module.', 'Head of Leadership', 'Mar-24', 0.4, 'A', 'Four places taken; adjustments offered on request only.', ['5']],
    ['7', '6 & 7', 'Bring in “health and adjustment check-ins” as part of appraisal so managers ask about support before sickness triggers are reached.', 'Deputy Director of People', 'Mar-24', 0.1, 'G', 'Appraisal form change approved; launch in April.', ['6', '7']],
    ['8', '8', 'Set up a central Reasonable Adjustments fund so equipment is not held up by budget holders.', 'Director of Finance', 'Oct-23', 1, 'B', 'Fund of £40,000 in place; 31 requests met.', ['8']],
    ['9', '9a / 9b', 'Give the Disability Network chair a seat on the Inclusion Steering Group and two days a month of protected time.', 'Chief People Officer', 'Jul-23', 1, 'B', 'Agreed in July.', ['9a', '9b']],
    ['10', '10', 'Include disability and long-term conditions in the Board skills audit and in non-executive recruitment packs.', 'Trust Secretary', 'Feb-24', 0, 'R', 'Not started – Board recruitment deferred to 2024/25.', ['10']],
  ];
  const RAG = { B: 'blue', G: 'green', A: 'amber', R: 'red' };
  let first = 0, last = 0;
  for (const [ref, met, act, lead, due, pc, brag, pos, inds] of rows) {
    const r = p.action([ref, met, act, lead, due, pc, brag, pos], { ref, indicators: inds, action: act, lead, due, status: brag, rag: RAG[brag], progress: pos },
      { styles: [{}, { alignment: { horizontal: 'center' } }, {}, {}, {}, { numFmt: '0%' }, { bold: true, alignment: { horizontal: 'center' } }, {}] });
    if (!first) first = r; last = r;
  }
  const eq = (v, argb, pr) => ({ type: 'cellIs', operator: 'equal', priority: pr, formulae: [`"${v}"`], style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb } }, font: { color: { argb: v === 'B' || v === 'R' ? C.white : C.black } } } });
  p.ws.addConditionalFormatting({ ref: `G${first}:G${last}`, rules: [eq('B', C.blue, 1), eq('G', C.green, 2), eq('A', C.amber, 3), eq('R', C.red, 4)] });
  p.ws.addConditionalFormatting({ ref: `F${first}:F${last}`, rules: [{ type: 'dataBar', priority: 5, minLength: 0, maxLength: 100, cfvo: [{ type: 'num', value: 0 }, { type: 'num', value: 1 }], color: { argb: 'FF638EC6' }, gradient: true }] });
  for (let r = first; r <= last; r++) p.ws.getCell(`G${r}`).dataValidation = { type: 'list', allowBlank: true, formulae: ['"B,G,A,R"'] };
  p.blank();
  const k1 = p.line(['† BRAG: B = complete (evidence signed off by the Steering Group); G = on track; A = at risk of missing the due date; R = off track or not started. % complete is the lead’s own estimate.'], { merge: ['A', 'H'], height: 28, style: { italic: true, font: { size: 9 } } });
  const k2 = p.line(['Executive sponsor: Chief People Officer. Metric 10 action agreed with the Chair.'], { merge: ['A', 'H'], style: { italic: true, font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute FT), Calibri 11. Sheet 'WDES 2023-24': plan title, trust name, an italic update line (Inclusion Steering Group, 12 February 2024), a blank row, a dark-blue header 'Ref | Metric | Action | Lead | Due | % complete | BRAG † | Latest position' (row 5, frozen, autofilter), ten actions (one per metric), a blank row, then the ONLY KEY, a FOOTNOTE marked '†' below the grid (B = complete, evidence signed off; G = on track; A = at risk; R = off track or not started; % complete is the lead's own estimate) and a sponsor line. The BRAG cell holds a letter from a B/G/A/R drop-down with NO fill of its own: four 'cell value equal to' conditional formats paint it (B blue, G green, A amber, R red). '% complete' is a number shown '75%' with a DATA BAR. Judgement calls: status = the BRAG letter; rag = the conditional-format colour (B → blue); '% complete' and its data bar are no status and no RAG (action 5 is 100% but G – not yet signed off; action 7 is 10% and G); indicators from Metric ('6 & 7' → ['6','7'], '9a / 9b' → ['9a','9b'], '10'); ref = Ref; lead = Lead (the executive sponsor below the grid leads nothing); due = Due as typed ('Sep-23', 'Quarterly'); progress = Latest position. The update date is no due. Theme null. The footnote key and the sponsor line are non-action rows.", { mode: 'cf', ragCol: 'G', notFrom: ['F'], keyBelow: { rows: [k1], words: ['B = complete', 'G = on track', 'A = at risk', 'R = off track'] }, forbidden: ['12 February 2024'] });
}
