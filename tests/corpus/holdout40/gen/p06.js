// holdout40-wdes-2024-25-ternvalley: an ICB's own-staff WDES workbook with the PLAN ON THE LAST OF SIX SHEETS: 'Read me', a 'Summary'
// counting statuses with formulas, the 2024 metrics, a self-assessment against the six High Impact Actions of the NHS EDI Improvement
// Plan (which looks like a plan: next step, owner, RAG), 'Lookups' for the drop-downs, and the plan itself.
import { Book, Plan, C, D, shown, fillSheet } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'NHS Tern Valley and Lowmarsh Integrated Care Board';
  const readme = book.wb.addWorksheet('Read me');
  const summary = book.wb.addWorksheet('Summary');
  const metrics = book.wb.addWorksheet('Metrics 2024');
  const hia = book.wb.addWorksheet('HIA self-assessment');
  const look = book.wb.addWorksheet('Lookups');
  const SHEET = 'WDES plan 2024-25';
  const p = new Plan(book, { name: 'holdout40-wdes-2024-25-ternvalley', sheet: SHEET, standard: 'WDES', period: '2024-25', trust, widths: [7, 6, 12, 58, 30, 14, 17, 38], font: { name: 'Arial', size: 10 } });
  p.line(['WDES action plan 2024-25 – the ICB as an employer'], { merge: ['A', 'H'], style: { bold: true, font: { size: 12 } } });
  p.line(['HIA = High Impact Action of the NHS EDI Improvement Plan (see Lookups). Status from the drop-down.'], { merge: ['A', 'H'], style: { italic: true, font: { size: 9 } } });
  const hr = p.header(['Ref', 'HIA', 'WDES metric(s)', 'Action', 'Lead', 'Target', 'Status', 'Comments'], { style: { fill: C.navy, color: C.white } });
  const fm = 'dd mmm yyyy';
  const SF = { Complete: C.blue, 'On track': C.green, 'Some delay': C.amber, 'Significant delay': C.red };
  const SR = { Complete: 'blue', 'On track': 'green', 'Some delay': 'amber', 'Significant delay': 'red', 'Not started': null };
  const A = [
    ['W1', '1', '9a', 'Each executive director to hold a disability equality objective and report on it at their mid-year review.', 'Chief People Officer', D(2024, 9, 30), 'Complete', 'Objectives agreed in June.'],
    ['W2', '2', '2', 'Offer disabled applicants a named contact and the interview questions in advance for every ICB vacancy.', 'Recruitment and Onboarding Manager', D(2024, 12, 31), 'On track', 'Live for Bands 2–7; senior posts next.'],
    ['W3', '3', '1', 'Publish the ICB\'s disability pay gap with the gender and ethnicity pay gaps.', 'Head of Workforce Intelligence', D(2025, 3, 31), 'Not started', ''],
    ['W4', '4', '8', 'Replace the workplace adjustments form with a passport agreed once and reviewed yearly, held by the colleague.', 'Head of HR Operations', D(2024, 11, 30), 'Some delay', 'Legal review of the passport template took longer than planned.'],
    ['W5', '4', '6', 'Train line managers in supportive attendance conversations, making clear what is and is not pressure to attend.', 'Organisational Development Lead', D(2025, 1, 31), 'On track', '46 of 80 managers trained.'],
    ['W6', '6', '4a, 4b', 'Set up a confidential reporting route for disability-related harassment, with quarterly themes reported to the People Committee.', 'Freedom to Speak Up Guardian', D(2024, 10, 31), 'Significant delay', 'Guardian post vacant July–October.'],
    ['W7', '6', '9b', 'Give the Disability and Neurodiversity Network an annual budget and ring-fenced time for its two co-chairs.', 'Director of Corporate Affairs', D(2024, 7, 31), 'Complete', ''],
    ['W8', '5', '5', 'Create a development programme for neurodivergent colleagues who want to step up to a first management post.', 'Head of Learning and Talent', D(2025, 3, 31), 'On track', 'Design agreed with the network.'],
  ];
  for (const [ref, h, m, act, lead, due, st, com] of A) {
    const r = p.action([ref, h, m, act, lead, due, st, com], { ref, indicators: m.split(', '), action: act, lead, due: shown(due, fm), status: st, rag: SR[st], progress: com }, { styles: [{}, { alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }, {}, {}, { numFmt: fm }, { fill: SF[st] }] });
    p.ws.getCell(`G${r}`).dataValidation = { type: 'list', allowBlank: true, formulae: ['Lookups!$A$2:$A$6'] };
  }
  const last = p.r;
  p.ws.views = [{ state: 'frozen', ySplit: hr, xSplit: 1 }];
  const cnt = (w) => p.actions.filter((a) => a.status === w).length;
  const words = ['Complete', 'On track', 'Some delay', 'Significant delay', 'Not started'];
  fillSheet(readme, { widths: [100], rows: [
    { v: [trust], bold: true, size: 14 },
    { v: ['Workforce Disability Equality Standard workbook 2024-25 (ICB staff)'], bold: true },
    null,
    ['This workbook brings together the ICB\'s 2024 WDES data, our self-assessment against the six High Impact Actions and our action plan for 2024-25.'],
    ['Sheets: Summary – counts of actions by status; Metrics 2024 – the WDES metrics; HIA self-assessment – where we stand against each High Impact Action; Lookups – drop-down lists; WDES plan 2024-25 – the action plan.'],
    ['Update the plan\'s Status and Comments columns before each People Committee. The Summary updates itself.'],
    ['Owner: EDI and Wellbeing Business Partner. Last updated: 05 February 2025.'],
  ] });
  fillSheet(summary, { widths: [26, 12], rows: [
    { v: ['Action plan summary'], bold: true, size: 12, merge: 'A:B' },
    { v: ['Status', 'Actions'], bold: true, fill: C.grey, border: true },
    ...words.map((w) => ({ v: [w, { formula: `COUNTIF('${SHEET}'!G${hr + 1}:G${last},"${w}")`, result: cnt(w) }], border: true, fill: [SF[w] || null] })),
    { v: ['Total', { formula: `COUNTA('${SHEET}'!A${hr + 1}:A${last})`, result: p.actions.length }], bold: true, border: true },
  ] });
  fillSheet(metrics, { widths: [9, 62, 13, 13, 13], rows: [
    { v: ['WDES 2024 – ICB staff (headcount 688; workforce at 31 March 2024, NHS Staff Survey 2023)'], bold: true, merge: 'A:E' },
    { v: ['Metric', 'Measure', 'Disabled', 'Non-disabled', 'Gap'], bold: true, fill: C.grey, border: true },
    { v: ['1', 'Declared disabled (all staff)', '7.4%', '', ''], border: true },
    { v: ['2', 'Relative likelihood of appointment from shortlisting', '', '', '1.33'], border: true },
    { v: ['3', 'Formal capability (too few cases to report)', '', '', '–'], border: true },
    { v: ['4a', 'Harassment from managers', '14.0%', '6.2%', '7.8'], border: true },
    { v: ['4b', 'Reported the last incident', '51.0%', '55.3%', '-4.3'], border: true },
    { v: ['5', 'Equal opportunities for career progression', '49.1%', '61.2%', '-12.1'], border: true },
    { v: ['6', 'Pressure to attend work when unwell', '24.8%', '15.9%', '8.9'], border: true },
    { v: ['8', 'Adequate adjustments', '68.2%', '', ''], border: true },
    { v: ['9a', 'Engagement score', '6.5', '7.0', '-0.5'], border: true },
  ] });
  fillSheet(hia, { widths: [6, 36, 48, 44, 26, 10], rows: [
    { v: ['Self-assessment against the EDI Improvement Plan High Impact Actions (September 2024)'], bold: true, merge: 'A:F' },
    { v: ['HIA', 'Title', 'Where we are', 'Next step', 'Owner', 'RAG'], bold: true, fill: C.grey, border: true },
    { v: ['1', 'Measurable objectives on EDI for board members', 'All executives have an EDI objective; non-executives do not yet.', 'Extend EDI objectives to non-executive members at their annual review.', 'Chair', 'Amber'], border: true, fill: [null, null, null, null, null, C.amber] },
    { v: ['2', 'Overhaul recruitment processes', 'Values-based recruitment in place; diverse panels for 8a+.', 'Audit panel make-up for the last six months.', 'Chief People Officer', 'Green'], border: true, fill: [null, null, null, null, null, C.green] },
    { v: ['3', 'Eliminate pay gaps', 'Gender and ethnicity gaps published; disability gap not yet.', 'See plan.', 'Chief Finance Officer', 'Amber'], border: true, fill: [null, null, null, null, null, C.amber] },
    { v: ['4', 'Health inequalities within the workforce', 'Wellbeing offer in place; adjustments slow.', 'See plan.', 'Chief People Officer', 'Red'], border: true, fill: [null, null, null, null, null, C.red] },
    { v: ['5', 'Comprehensive induction and onboarding', 'Induction refreshed 2023; no specific offer for internationally recruited staff (few in the ICB).', 'Keep under review.', 'Head of Learning and Talent', 'Green'], border: true, fill: [null, null, null, null, null, C.green] },
    { v: ['6', 'Eliminate conditions for bullying, discrimination, harassment and physical violence', 'Policy refreshed; reporting low.', 'Promote reporting routes with staff networks.', 'Director of Corporate Affairs', 'Amber'], border: true, fill: [null, null, null, null, null, C.amber] },
  ] });
  fillSheet(look, { widths: [20, 4, 60], rows: [
    { v: ['Status', '', 'High Impact Action'], bold: true },
    ['Complete', '', '1 – Chief executives, chairs and board members to have specific and measurable EDI objectives'],
    ['On track', '', '2 – Embed fair and inclusive recruitment processes and talent management strategies'],
    ['Some delay', '', '3 – Develop and implement an improvement plan to eliminate pay gaps'],
    ['Significant delay', '', '4 – Develop and implement an improvement plan to address health inequalities within the workforce'],
    ['Not started', '', '5 – Implement a comprehensive induction, onboarding and development programme for internationally recruited staff'],
    ['', '', '6 – Create an environment that eliminates the conditions in which bullying, discrimination, harassment and physical violence at work occur'],
  ] });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional ICB, its own staff) in a SIX-SHEET WDES workbook with the plan on the LAST sheet: 'Read me' (ICB name, what each sheet holds, owner, last updated date), 'Summary' (COUNTIF counts of each status on the plan sheet, cached results shown, and a total), 'Metrics 2024' (the metrics with 4a/4b, 9a), 'HIA self-assessment' (the six High Impact Actions of the NHS EDI Improvement Plan with 'Where we are | Next step | Owner | RAG' – it looks like a plan, but it rates the ICB against national actions and its next steps are pointers or one-line intentions), 'Lookups' (status words and the six HIA titles for the drop-downs), then 'WDES plan 2024-25'. The gold reads the last sheet: the Read me names it as the action plan and the Summary counts its statuses. Layout: a title, an italic note, the header 'Ref | HIA | WDES metric(s) | Action | Lead | Target | Status | Comments' (row 3, frozen with column A), eight actions W1–W8. Judgement calls: the HIA self-assessment rows are not actions of the plan and its owners and RAG words give no gold field; the HIA column (B) is a mapping to the national plan, not a WDES metric and not a theme – indicators come from 'WDES metric(s)' only ('4a, 4b' gives two, 9b kept); due = Target as shown (dd mmm yyyy); status = the drop-down word, rag = its fill (Complete blue, On track green, Some delay amber, Significant delay red; Not started unfilled, rag null); Comments = progress where filled; theme null.", {
    mode: 'fill', ragCol: 'G', crossRef: { metricCol: 'C', otherCols: ['B'] },
    counts: { sheet: 'Summary', cells: { B3: 'Complete', B4: 'On track', B5: 'Some delay', B6: 'Significant delay', B7: 'Not started', B8: '*' } },
    book: { sheets: ['Read me', 'Summary', 'Metrics 2024', 'HIA self-assessment', 'Lookups', SHEET], planIndex: 5, elsewhere: ['Amber', 'Green', 'Red', 'See plan.', 'Chair', 'Chief Finance Officer', '05 February 2025', 'Keep under review.'], lookAlike: { 'HIA self-assessment': 6 } },
  });
}
