// holdout11-wdes-2020-21-pollardine: COVER SHEET (trust, document control, contents) + 'Action Plan' sheet with no trust name;
// QUESTION headers; status is a FILL ONLY (no text) keyed by a row of filled words above the header; FY-half timescales.
import { Book, Plan, C, BORDER } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Pollardine Hospitals NHS Foundation Trust';
  const cv = book.wb.addWorksheet('Cover');
  cv.getColumn(1).width = 14; cv.getColumn(2).width = 16; cv.getColumn(3).width = 22; cv.getColumn(4).width = 50;
  const put = (r, vals, o = {}) => vals.forEach((v, i) => { const c = cv.getRow(r).getCell(i + 1); c.value = v; c.font = { name: 'Arial', size: o.size || 10, bold: !!o.bold }; if (o.border) c.border = BORDER; if (o.fill) c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: o.fill } }; c.alignment = { wrapText: true, vertical: 'top' }; });
  put(2, [trust], { bold: true, size: 16 });
  put(3, ['Workforce Disability Equality Standard (WDES)'], { bold: true, size: 13 });
  put(4, ['Action Plan 2020/21'], { bold: true, size: 13 });
  put(6, ['Document control'], { bold: true });
  put(7, ['Version', 'Date', 'Author', 'Changes'], { bold: true, border: true, fill: C.grey });
  put(8, ['0.1', '10/08/2020', 'EDI Lead', 'First draft for the Disability and Wellbeing Network'], { border: true });
  put(9, ['0.2', '01/09/2020', 'EDI Lead', 'Network comments; Covid-19 actions added'], { border: true });
  put(10, ['1.0', '24/09/2020', 'Deputy Director of People', 'Approved by People and Culture Committee'], { border: true });
  put(11, ['1.1', '15/12/2020', 'EDI Lead', 'Q3 updates added'], { border: true });
  put(13, ['Contents'], { bold: true });
  put(14, ['Action Plan', 'WDES actions 2020/21 with Q3 update']);
  const p = new Plan(book, { name: 'holdout11-wdes-2020-21-pollardine', sheet: 'Action Plan', standard: 'WDES', period: '2020-21', trust, widths: [20, 54, 26, 16, 36, 10, 42] });
  p.line(['WDES Action Plan 2020/21 – Quarter 3 update'], { merge: ['A', 'G'], style: { bold: true, font: { size: 13 } } });
  p.line(['Status key:', 'Complete', 'On track', 'Some risk to delivery', 'Off track'], { styles: [{ bold: true }, { fill: C.blue, color: C.white }, { fill: C.green }, { fill: C.amber }, { fill: C.red, color: C.white }], border: true });
  p.blank();
  p.header(['Which metric does this address?', 'What are we going to do?', 'Who is responsible?', 'When will it be done by?', 'How will we know it has worked?', 'Status', 'Latest update (December 2020)'], { style: { fill: C.paleblue }, height: 42 });
  const FILL = { blue: C.blue, green: C.green, amber: C.amber, red: C.red };
  const act = (metric, inds, action, lead, due, outcome, rag, upd) => p.action([metric, action, lead, due, outcome, '', upd], { indicators: inds, action, lead, due, outcome, status: '', rag, progress: upd },
    { styles: [{}, {}, {}, {}, {}, rag ? { fill: FILL[rag] } : {}] });
  act('Metric 1 – workforce representation', ['1'], 'Run a "Count me in" campaign so that disabled staff feel able to update their disability status on ESR.', 'Workforce Intelligence Lead', 'H1 2020/21', 'Declaration on ESR rises from 3.1% towards the 2020 Staff Survey figure.', 'blue', 'Campaign ran in July–August; declaration now 4.6%.');
  act('Metric 2 – recruitment', ['2'], 'Guarantee an interview to disabled applicants who meet the essential criteria and check this is applied on TRAC.', 'Head of Recruitment', 'H1 2020/21', 'Relative likelihood of appointment closer to 1.0.', 'green', 'Audit of Q2 campaigns: 96% compliance.');
  act('Metric 3 – capability', ['3'], 'Record whether a capability case is on health or performance grounds so that metric 3 can be reported accurately.', 'Employee Relations Manager', 'H2 2020/21', 'Metric 3 reported for performance only from 2021.', 'green', 'Case tracker changed; reporting from January.');
  act('Metrics 4 & 9', ['4', '9'], 'Set up a Disability and Wellbeing Network with an executive sponsor, terms of reference and protected time for the chair.', 'Director of People', 'H1 2020/21', 'Network meets monthly; membership over 60.', 'blue', 'Launched 3 June 2020; 71 members.');
  act('Metric 4', ['4'], 'Add "disability" as a reason on the Datix staff incident form for harassment, bullying and abuse.', 'Head of Health and Safety', 'Q4 2020/21', 'Incidents can be analysed by disability.', 'amber', 'Datix upgrade delayed by Covid-19; change request raised.');
  act('Metric 5', ['5'], 'Include disability in the talent conversations guidance and the appraisal paperwork.', 'Head of Organisational Development', 'H2 2020/21', 'More disabled staff believe the Trust provides equal opportunities for career progression.', 'green', 'Guidance drafted with the Network.');
  act('Metric 6', ['6'], 'Remind managers through the Covid-19 wellbeing bulletin that staff must not feel pressure to come to work when unwell.', 'Head of Occupational Health and Wellbeing', 'Ongoing', 'Fewer disabled staff report presenteeism in the Staff Survey.', 'green', 'In the weekly bulletin since April.');
  act('Metric 7', ['7'], 'Run listening events with disabled staff on how the Trust values their work, led by the executive sponsor.', 'Director of People', 'Q3 2020/21', 'Events held; actions agreed with the Network.', null, 'Paused – face-to-face events not possible; to be rescheduled online.');
  act('Metric 8', ['8'], 'Introduce a Workplace Adjustments Passport and a central budget for adjustments.', 'Head of Occupational Health and Wellbeing', 'By March 2021', 'Passports in use; adjustments made within 6 weeks of request.', 'red', 'Business case not yet approved.');
  act('Metric 10', ['10'], 'Ask Board members to complete the voluntary disability declaration as part of the Fit and Proper Persons check.', 'Company Secretary', 'H2 2020/21', 'Board declaration reported in the 2021 WDES return.', 'green', 'Included in the annual FPP return.');
  p.blank();
  p.line(['Next review: People and Culture Committee, March 2021.'], { merge: ['A', 'G'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) in TWO SHEETS: a 'Cover' sheet with the trust name, the title, a document-control table (Version | Date | Author | Changes, dates as text) and a contents line, then the plan on 'Action Plan' (gold sheet), which does not repeat the trust name. Plan sheet: merged title 'WDES Action Plan 2020/21 – Quarter 3 update', a KEY ROW of filled words on row 2 ('Status key:' then Complete blue, On track green, Some risk to delivery amber, Off track red), a blank row, and one header of QUESTIONS on row 4: 'Which metric does this address? | What are we going to do? | Who is responsible? | When will it be done by? | How will we know it has worked? | Status | Latest update (December 2020)'. The STATUS CELL HAS NO TEXT – only a fill – so gold status '' and rag = the fill's colour by the key (blue = complete). Row 12's status cell is left unfilled (the update says the action is paused) → rag null. Metrics use the pre-2021 set: 'Metric 1 – workforce representation', 'Metrics 4 & 9' → ['4','9'], 'Metric 4'. Timescales are FY halves and quarters as text ('H1 2020/21', 'Q4 2020/21', 'By March 2021', 'Ongoing'). 'How will we know it has worked?' is gold outcome; the update is gold progress. The review line under the table is a non-action row.", { ragCol: 'F', mode: 'fill' });
}
