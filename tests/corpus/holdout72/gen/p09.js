// holdout72-wdes-2025-26-tennworth: mental health, learning disability and community FT, the WDES ANNUAL REPORT laid out like a
// published mental-health-trust WDES annual report of 2023 (Contents; 1 Executive summary … 6 Recommendations; 7 WDES data table) kept
// in one sheet: numbered contents lines and section headings, paragraphs with dates, then section 6 – the action plan – as
// 'Recommendation n:' rows with their actions (refs R1.1 …, target dates as real dates), and the data table after it.
import { Book, Plan, C, D, shown } from './lib.js';
import { fitHeight } from './fit.js';
export async function build() {
  const book = new Book();
  const W = [8, 56, 12, 30, 13, 40];
  const trust = 'Tennworth Care NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout72-wdes-2025-26-tennworth', sheet: 'WDES annual report 2025', standard: 'WDES', period: '2025-26', trust, widths: W, font: { name: 'Arial', size: 10 } });
  const para = (t, h) => p.line([t], { merge: ['A', 'F'], height: h });
  const head = (t) => p.line([t], { style: { bold: true, font: { size: 11 } } });
  p.line(['Workforce disability equality standard (WDES) annual report 2025'], { merge: ['A', 'F'], style: { bold: true, font: { size: 14 } } });
  p.line([trust], { merge: ['A', 'F'], style: { bold: true, color: C.purple } });
  head('Contents');
  const contents = [];
  for (const t of ['1. Executive summary', '2. Background', '3. WDES in 2024 and 2025', '4. Consultation', '5. Conclusion', '6. Recommendations and action plan 2025/26', '7. WDES data table']) contents.push(p.line([t], { merge: ['A', 'C'] }));
  p.blank();
  head('1 Executive summary');
  para('This report sets out how Tennworth Care meets the contractual requirements of the WDES, using data from ESR, recruitment, employee relations and the 2024 NHS Staff Survey as at 31 March 2025. It compares the 2025 data with the two previous years.', 40);
  para('Declaration and the appointment of disabled applicants have improved, but harassment from managers and colleagues has risen and disabled colleagues remain less likely to feel that their work is valued.', 28);
  head('2 Background');
  para('The WDES is a set of ten metrics that compare the workplace and career experiences of disabled and non-disabled colleagues. Trusts publish their data and an action plan each year.', 28);
  head('3 WDES in 2024 and 2025');
  para('We delivered 9 of the 12 actions in our 2024/25 plan. The three that were not delivered are carried into this plan under recommendations 2, 4 and 5.', 28);
  head('4 Consultation');
  para('The action plan was co-produced with ABLE, our disabled colleagues’ network, at two workshops on 12 June and 3 July 2025, and shared with the Executive Management Team (EMT) on 22 July 2025.', 28);
  head('5 Conclusion');
  para('There is still a long way to go to remove the stigma that stops colleagues telling us about a disability and to improve their experience at work.', 28);
  head('6 Recommendations and action plan 2025/26');
  para('EMT and the Board of Directors are asked to approve the six recommendations below and the actions under each. Progress will be reported to the People and Culture Committee in January and July 2026.', 28);
  p.header(['Ref', 'Action', 'WDES metric', 'Owner', 'Target date', 'How we will measure it'], { style: { fill: C.lilac } });
  const DF = 'dd/mm/yyyy';
  const recs = [
    ['Recommendation 1: Improve the quality of our disability data.', [
      ['R1.1', 'Add the disability question to the e-rostering self-service app so that colleagues can update it when they put in shift requests.', '1', 'Head of Workforce Information', D(2025, 9, 30), 'ESR “not declared” below 15% by March 2026.'],
      ['R1.2', 'Publish the WDES figures for each care group (Adult Mental Health, Learning Disability, Community Physical Health, Children and Families) every six months.', '1', 'Workforce Intelligence Lead', 'Six-monthly', 'Every care group has its own figures and discusses them at its governance meeting.'],
    ]],
    ['Recommendation 2: Make our recruitment fairer for disabled applicants.', [
      ['R2.1', 'Use the Disability Confident offer of an interview on every advert and check each quarter that it has been honoured.', '2', 'Head of Resourcing', D(2025, 10, 31), 'Relative likelihood of appointment below 1.20.'],
      ['R2.2', 'Train a pool of ABLE members to sit on interview panels for posts at Band 7 and above.', '2, 5', 'Resourcing Business Partner', D(2025, 12, 31), 'Thirty trained panel members.'],
    ]],
    ['Recommendation 3: Reduce bullying and harassment of disabled colleagues by managers and colleagues.', [
      ['R3.1', 'Add disability and neurodiversity scenarios to the “Civility Matters” sessions for managers and team leaders.', '4a', 'Head of Organisational Development', D(2026, 1, 31), 'Fewer disabled colleagues report harassment from managers and colleagues.'],
      ['R3.2', 'Give colleagues a way to report harassment through ABLE “allies” as well as their manager, with feedback on the outcome.', '4b', 'Freedom to Speak Up Guardian', D(2026, 3, 31), 'Reporting rate for disabled colleagues at least equal to that of non-disabled colleagues.'],
    ]],
    ['Recommendation 4: Support managers to make and keep reasonable adjustments.', [
      ['R4.1', 'Replace the reasonable adjustments passport with a tailored adjustment plan held on ESR.', '8', 'Head of Health and Wellbeing', D(2025, 11, 30), '75% of disabled colleagues say adequate adjustments have been made.'],
      ['R4.2', 'Make sure adjustments are in place before a capability or attendance case reaches a formal stage, with an HR check on every case.', '6, 3', 'Head of Employee Relations', 'Quarterly', 'No formal case without adjustments considered.'],
    ]],
    ['Recommendation 5: Strengthen the voice of disabled colleagues.', [
      ['R5.1', 'Give ABLE’s two co-chairs protected time of one day a month each and a network budget.', '9b', 'Chief People Officer', D(2025, 7, 31), 'Network plan agreed and funded.'],
      ['R5.2', 'Hold “Big Conversation” events with disabled colleagues in every care group and act on what they tell us.', '9a, 7', 'Head of Inclusion', D(2026, 3, 31), 'Engagement and feel-valued gaps narrow in the 2025 staff survey.'],
    ]],
    ['Recommendation 6: Continue the Board’s own work on disability.', [
      ['R6.1', 'Include disability in the Board’s annual skills and diversity review and in Non-Executive Director recruitment.', '10', 'Director of Corporate Governance', D(2026, 3, 31), 'Board declaration rate reported each year.'],
    ]],
  ];
  const secs = [];
  for (const [rec, items] of recs) {
    secs.push(p.line([rec], { merge: ['A', 'F'], style: { bold: true, fill: C.palegrey }, border: true }));
    for (const [ref, act, met, own, dt, how] of items) {
      const vals = [ref, act, met, own, dt, how];
      p.action(vals, { ref, indicators: met.split(', '), theme: rec, action: act, lead: own, due: dt instanceof Date ? shown(dt, DF) : dt, outcome: how }, { height: fitHeight(vals, W), styles: [{}, {}, { alignment: { horizontal: 'center' } }, {}, { numFmt: DF }] });
    }
  }
  p.blank();
  head('7 WDES data table');
  const data = [p.line(['', 'Metric', '2023', '2024', '2025'], { border: true, style: { bold: true, fill: C.palegrey } })];
  const pc = { numFmt: '0.0%' }; const dd = { numFmt: '0.00' };
  for (const [m, a, b, c, f] of [
    ['1 – Disabled colleagues in the workforce (ESR)', 0.052, 0.061, 0.074, pc],
    ['2 – Relative likelihood of appointment from shortlisting', 1.41, 1.33, 1.22, dd],
    ['3 – Relative likelihood of entering formal capability', 2.10, 1.64, 1.71, dd],
    ['4a – Harassment from managers (disabled colleagues)', 0.148, 0.153, 0.171, pc],
    ['7 – Feel that their work is valued (disabled colleagues)', 0.366, 0.371, 0.359, pc],
    ['9a – Staff engagement score (disabled colleagues)', 6.5, 6.6, 6.6, { numFmt: '0.0' }],
  ]) data.push(p.line(['', m, a, b, c], { border: true, styles: [{}, {}, f, f, f] }));
  p.ws.pageSetup = { orientation: 'portrait', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional mental health, learning disability and community FT): the WDES ANNUAL REPORT 2025 kept in one sheet 'WDES annual report 2025', laid out like a published mental-health-trust WDES annual report: title, trust name, 'Contents' with seven NUMBERED lines ('1. Executive summary' … '7. WDES data table'), then the report's sections as bold headings ('1 Executive summary' … '5 Conclusion') each with one or two merged paragraphs (dates in them: 31 March 2025, workshops on 12 June and 3 July 2025, EMT on 22 July 2025; 'January and July 2026' for reporting), '6 Recommendations and action plan 2025/26' with a paragraph, the header 'Ref | Action | WDES metric | Owner | Target date | How we will measure it' (row 25), six grey 'Recommendation n: …' rows each followed by its actions R1.1 … R6.1 (eleven in all; target dates real dates shown dd/mm/yyyy, two typed 'Six-monthly' / 'Quarterly'), and after a blank row '7 WDES data table' with its own header-like row 'Metric | 2023 | 2024 | 2025' and six rows of figures (real numbers). Judgement calls: only the rows under the plan header are actions – the contents lines, section headings, paragraphs and the data table (whose first row is not a header of the plan) are not; theme = the Recommendation row above each action, verbatim; ref = Ref ('R1.1'); indicators from the WDES metric column in the order written ('6, 3' → ['6','3'], '9a, 7' → ['9a','7']); lead = Owner; due = Target date as displayed ('30/09/2025'; 'Six-monthly', 'Quarterly' kept); outcome = How we will measure it; no status (status '', rag null); the paragraph dates and the reporting months are no dues, and the paragraph's mention of recommendations 2, 4 and 5 gives no action anything.", { crossRef: { metricCol: 'C', otherCols: [] }, sections: secs, dataRows: [...contents, ...data], forbidden: ['31 March 2025', '22 July 2025', '3 July 2025', 'January and July 2026'] });
}
