// holdout23-wdes-2019-20-marshwick: ORDINARY first WDES plan of a TWO-SITE DGH either side of an ESTUARY: an EMPTY MARGIN COLUMN A;
// title and approval line; a vertical BRAG key block at the TOP RIGHT; header 'Action | Lead | Support from | Due | Progress |
// Status'; CAPITALISED METRIC HEADING ROWS above each block (theme + indicators; whole metrics 4 and 9), one saying there is no action;
// BLANK SPACER rows; leads 'Initial. Surname (Role)'; real dates 'mmmm yyyy'; pale-filled status words; a second sheet 'Guidance'.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Marshwick and Estuary Hospitals NHS Trust';
  const p = new Plan(book, { name: 'holdout23-wdes-2019-20-marshwick', sheet: 'WDES Plan', standard: 'WDES', period: '2019-20', trust, startCol: 2, widths: [2, 58, 30, 24, 15, 40, 13, 3, 26] });
  const key = [['Key', null], ['Complete', 'FFBDD7EE'], ['On track', C.goodG], ['Some delay', C.neutralA], ['Not started', C.badR]];
  const putKey = (r, i) => { const [w, f] = key[i]; const c = p.ws.getCell(`I${r}`); c.value = w; c.font = { name: 'Arial', size: 9, bold: i === 0 }; if (f) c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: f } }; c.border = i ? { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } } : undefined; };
  let r = p.line([trust], { merge: ['B', 'G'], style: { bold: true, font: { size: 14 } } }); putKey(r, 0);
  r = p.line(['Workforce Disability Equality Standard (WDES) – Year 1 action plan 2019/20'], { merge: ['B', 'G'], style: { bold: true, font: { size: 12 } } }); putKey(r, 1);
  r = p.line(['Approved by the People Committee, 17 September 2019. Covers both hospital sites and community teams north and south of the estuary.'], { merge: ['B', 'G'], style: { italic: true } }); putKey(r, 2);
  r = p.blank(); putKey(r, 3); p.nonActionRows.push(r);
  r = p.blank(); putKey(r, 4); p.nonActionRows.push(r);
  p.header(['Action', 'Lead', 'Support from', 'Due', 'Progress', 'Status'], { style: { fill: 'FF305496', color: C.white } });
  const S = { Complete: ['FFBDD7EE', 'blue'], 'On track': [C.goodG, 'green'], 'Some delay': [C.neutralA, 'amber'], 'Not started': [C.badR, 'red'] };
  const F = 'mmmm yyyy';
  const blocks = [
    ['METRIC 1 – WORKFORCE REPRESENTATION', ['1'], [
      ['Run a "Count me in" campaign so that staff record a disability or long-term condition on ESR, with network members at both sites.', 'K. Adeyemi (Workforce Information Manager)', 'Disability & Wellbeing Network', D(2019, 12, 31), 'Declaration 3.9% → 5.2% so far.', 'On track'],
    ]],
    ['METRIC 2 – RECRUITMENT', ['2'], [
      ['Sign up to Disability Confident Employer (level 2) and guarantee an interview to disabled applicants who meet the essential criteria.', 'S. Whitlock (Head of Recruitment)', '', D(2019, 10, 31), 'Level 2 confirmed October 2019.', 'Complete'],
      ['Check every job advert and person specification for requirements that are not needed for the role (e.g. a driving licence).', 'S. Whitlock (Head of Recruitment)', 'Recruitment team', D(2020, 3, 31), '40 templates reviewed.', 'On track'],
    ]],
    ['METRIC 3 – CAPABILITY: no action this year – fewer than five cases, so the figures are not reported.', null, []],
    ['METRIC 4 – HARASSMENT, BULLYING OR ABUSE', ['4'], [
      ['Make it possible to report harassment anonymously through the staff app, and publish the themes every quarter.', 'D. Marsh (Head of Staff Experience)', 'Freedom to Speak Up Guardian', D(2020, 1, 31), 'App supplier delayed the release.', 'Some delay'],
    ]],
    ['METRICS 5, 6 AND 7 – CAREER PROGRESSION, PRESENTEEISM AND FEELING VALUED', ['5', '6', '7'], [
      ['Introduce a health passport that moves with the member of staff when they change role or site.', 'D. Marsh (Head of Staff Experience)', 'Occupational Health', D(2020, 2, 29), 'Draft passport tested in two wards.', 'On track'],
      ['Include a conversation about wellbeing and adjustments in every appraisal.', 'L. Pryce (Head of OD)', '', D(2020, 3, 31), 'Not started – appraisal form review in Q4.', 'Not started'],
    ]],
    ['METRIC 8 – REASONABLE ADJUSTMENTS', ['8'], [
      ['Set up a central adjustments budget so that the cost no longer falls on the ward or department.', 'R. Tennant (Deputy Director of Finance)', 'Director of People', D(2020, 3, 31), 'Business case to Finance Committee in February.', 'Some delay'],
    ]],
    ['METRIC 9 – STAFF ENGAGEMENT AND VOICE', ['9'], [
      ['Give the Disability & Wellbeing Network an executive sponsor and two hours a month of protected time for its chair.', 'L. Pryce (Head of OD)', 'Chief Nurse', D(2019, 11, 30), 'Chief Nurse is sponsor since November.', 'Complete'],
    ]],
    ['METRIC 10 – BOARD REPRESENTATION', ['10'], [
      ['Ask board members to declare a disability confidentially as part of the annual fit and proper persons check.', 'T. Okonjo (Company Secretary)', '', D(2020, 3, 31), '', 'Not started'],
    ]],
  ];
  for (const [head, inds, acts] of blocks) {
    p.blank();
    p.line([head], { merge: ['B', 'G'], style: { bold: true, fill: 'FFDDEBF7' } });
    for (const [action, lead, sup, due, prog, st] of acts) p.action([action, lead, sup, due, prog, st], { indicators: inds, theme: head, action, lead, due: shown(due, F), status: st, rag: S[st][1], progress: prog }, { styles: [{}, {}, {}, { numFmt: F }, {}, { fill: S[st][0] }] });
  }
  const g = book.wb.addWorksheet('Guidance');
  g.getColumn(1).width = 110;
  ['How to use this plan', 'Each metric heading shows which WDES metric the actions below it address. Metrics 4 and 9 are reported as single metrics this year.', 'Leads update the Progress and Status columns before each People Committee. Use the key at the top right of the plan sheet.', 'Contact: Equality, Diversity and Inclusion Lead, Marshwick Hospital.'].forEach((t, i) => { const c = g.getCell(`A${i + 1}`); c.value = t; c.font = { name: 'Arial', size: 10, bold: i === 0 }; c.alignment = { wrapText: true }; });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY first WDES plan of a TWO-SITE DGH either side of an ESTUARY. The sheet 'WDES Plan' has an EMPTY MARGIN COLUMN A (the table starts in B). Rows 1–3: merged trust title, plan line, italic approval line; a vertical STATUS KEY BLOCK sits at the TOP RIGHT in column I on rows 1–5 ('Key', then 'Complete', 'On track', 'Some delay', 'Not started' each in its pale fill), so rows 4–5 hold only key cells. A dark-blue header (row 6) 'Action | Lead | Support from | Due | Progress | Status'. No metric column: CAPITALISED METRIC HEADING ROWS (pale-blue, merged B:G) stand above each block, each after a BLANK SPACER row ('METRIC 4 – HARASSMENT, BULLYING OR ABUSE', 'METRICS 5, 6 AND 7 – …'); one heading says 'METRIC 3 – CAPABILITY: no action this year …' and has no action under it. Pre-2021 metric set: whole metrics 4 and 9. Leads are written 'K. Adeyemi (Workforce Information Manager)'; 'Support from' is a second person or team (sometimes empty). Due dates are real dates shown 'mmmm yyyy'. Status words on PALE fills: Complete pale blue, On track pale green, Some delay pale yellow, Not started pale red. A second sheet 'Guidance' with four lines of instructions. Judgement calls: each heading is the theme of the actions under it and gives their indicators ('METRICS 5, 6 AND 7' → ['5','6','7']); the Metric 3 heading is a non-action row and its text is no action; lead = Lead as written (name and role), not Support from; pale fills carry their colour (pale blue = blue); the key cells and the Guidance sheet are not actions; the last action (row 31) has no progress ('').", { ragCol: 'G', mode: 'fill', notFrom: ['D'] });
}
