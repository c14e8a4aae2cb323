// holdout53-wres-2017-18-calderbrook: a specialist orthopaedic trust's WRES plan as a two-sheet workbook: 'WRES data 2017' (the
// indicator figures) and 'Action plan', where the indicator wording is merged down beside its actions and each Actions cell holds a
// lead-in line and NUMBERED SUB-STEPS ('1. … 2. … 3. …'); 'Responsible' names one or two people, each with a bracketed role on the
// next line; target dates are real dates; 'Progress (January 2018)' is plain text.
import { Book, Plan, C, D, mergeDown } from './lib.js';
import { L, nz, H } from './h.js';
export async function build() {
  const book = new Book();
  const trust = 'Calderbrook Orthopaedic Hospital NHS Foundation Trust';
  // context sheet first (as the trust's file has it)
  const ds = book.wb.addWorksheet('WRES data 2017');
  ds.getColumn(1).width = 60; ds.getColumn(2).width = 12; ds.getColumn(3).width = 12;
  ds.addRow([`${trust} – WRES data submitted July 2017`]).font = { name: 'Arial', size: 12, bold: true };
  ds.addRow(['Indicator', 'White', 'BME']).font = { name: 'Arial', size: 10, bold: true };
  for (const r of [['1. BME staff in Bands 8a and above (% of band)', '—', '6.2%'], ['2. Relative likelihood of white applicants being appointed from shortlisting', '1.88', ''], ['3. Relative likelihood of BME staff entering the formal disciplinary process', '0.94', ''], ['5. Harassment, bullying or abuse from patients, relatives or the public', '24%', '31%'], ['7. Believe the trust provides equal opportunities for career progression', '88%', '71%']]) ds.addRow(r).font = { name: 'Arial', size: 10 };
  const p = new Plan(book, { name: 'holdout53-wres-2017-18-calderbrook', sheet: 'Action plan', standard: 'WRES', period: '2017-18', trust, widths: [34, 60, 24, 13, 40] });
  p.line([`${trust}`], { merge: ['A', 'E'], style: { bold: true, font: { size: 13 } } });
  p.line(['Workforce Race Equality Standard Action Plan 2017/18 (figures on the \'WRES data 2017\' tab)'], { merge: ['A', 'E'], style: { bold: true } });
  p.header(['Indicator', 'Actions', 'Responsible', 'Target date', 'Progress (January 2018)'], { style: { fill: C.grey } });
  const groups = [
    ['1', 'Indicator 1 – percentage of staff in each AfC band and VSM compared with the overall workforce', [
      [L('Set up a talent pool for BME staff in Bands 5 to 7:', '1. agree criteria with the BME Network', '2. invite applications in October', '3. match each member with a senior mentor'), L('Helen Marsh', '(Head of HR)', 'Grace Adeyemi', '(Chair, BME Network)'), D(2018, 1, 31), '12 members selected; mentors matched for 9.'],
      [L('Report band profile by ethnicity to the People Committee:', '1. build the report in ESR', '2. present it twice a year'), L('Colin Birtles', '(Workforce Information Lead)'), D(2017, 11, 30), 'First report presented in November.'],
    ]],
    ['2', 'Indicator 2 – relative likelihood of staff being appointed from shortlisting across all posts', [
      [L('Make shortlisting anonymous in TRAC for all non-medical posts:', '1. switch on the anonymised view', '2. tell recruiting managers', '3. check the effect after six months'), L('David Osei', '(Recruitment Manager)'), D(2017, 10, 31), 'Switched on 2 October 2017.'],
      [L('Review every Band 8a and above appointment where a BME candidate was shortlisted but not appointed.'), L('Helen Marsh', '(Head of HR)', 'David Osei', '(Recruitment Manager)'), D(2018, 3, 31), 'Two reviews held; no concerns raised so far.'],
    ]],
    ['3', 'Indicator 3 – relative likelihood of staff entering the formal disciplinary process', [
      [L('Keep the pre-formal check on every disciplinary case:', '1. HR manager reviews before investigation', '2. record the outcome of the check'), L('Sarah Kinnear', '(HR Manager)'), D(2018, 3, 31), 'In place; ratio below 1.00 this year.'],
    ]],
    ['5', 'Indicator 5 – staff experiencing harassment, bullying or abuse from patients, relatives or the public', [
      [L('Launch a zero-tolerance campaign on the wards:', '1. posters and screen messages in every ward', '2. a script for staff to challenge abuse', '3. a letter from the Chief Executive for patients who abuse staff'), L('Mark Ellery', '(Director of Nursing)', 'Grace Adeyemi', '(Chair, BME Network)'), D(2017, 12, 31), 'Posters in place; letter template agreed in December.'],
      [L('Make sure staff know how to report abuse on Datix:', '1. add a category for racist abuse', '2. include it in induction'), L('Rob Fenning', '(Risk Manager)'), D(2018, 2, 28), ''],
    ]],
    ['7', 'Indicator 7 – staff believing the trust provides equal opportunities for career progression or promotion', [
      [L('Hold career conversations for BME staff at appraisal:', '1. add a career question to the appraisal form', '2. brief appraisers', '3. check uptake in the 2018 staff survey'), L('Joanne Whitlock', '(Head of Learning and OD)'), D(2018, 3, 31), 'Form updated; briefing booked for February.'],
    ]],
  ];
  for (const [ind, wording, acts] of groups) {
    const first = p.r + 1;
    acts.forEach(([act, lead, due, prog], i) => {
      p.action([i === 0 ? wording : undefined, act, lead, due, prog], { indicators: [ind], action: nz(act), lead: nz(lead), due: `${String(due.getUTCDate()).padStart(2, '0')}/${String(due.getUTCMonth() + 1).padStart(2, '0')}/${due.getUTCFullYear()}`, progress: nz(prog) }, { height: H(act, lead), styles: [{}, {}, {}, { numFmt: 'dd/mm/yyyy' }] });
    });
    mergeDown(p.ws, 'A', first, p.r);
  }
  p.blank();
  p.line(['Owner: Director of Workforce. Updated for the January 2018 People Committee.'], { merge: ['A', 'E'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional specialist orthopaedic foundation trust) in a TWO-SHEET workbook: 'WRES data 2017' (the indicator figures, context) and 'Action plan' (this gold). The plan sheet: trust name, title pointing to the data tab, one header 'Indicator | Actions | Responsible | Target date | Progress (January 2018)' (row 3), the INDICATOR WORDING ('Indicator 2 – relative likelihood …') MERGED DOWN beside its one or two actions, eight actions, and an owner line. The cells hold structure: most ACTION cells are a lead-in line ending ':' followed by NUMBERED SUB-STEPS on their own lines ('1. agree criteria …', '2. invite applications …'); RESPONSIBLE names one or two people, each followed by a bracketed role on the next line ('Helen Marsh\\n(Head of HR)\\nGrace Adeyemi\\n(Chair, BME Network)'). Judgement calls: one row = one action – the numbered sub-steps are steps of that row's action, not actions, and their numbers are not refs (ref ''); the action is the whole cell with whitespace collapsed; lead = the whole Responsible cell collapsed (both people and their roles, neither chosen); due = the target date as shown (dd/mm/yyyy); progress = the progress cell; indicators = the number in the merged indicator wording; no theme (the indicator wording is a merged context column, not a section row); no status, rag null; the data tab and the owner line are not actions (the Director of Workforce is not a lead).", { actionCol: 'B', leadCol: 'C', notFrom: ['A'] });
}
