// holdout63-wres-2016-17-harrowfield: follows a mental health partnership trust's 'Workforce Race Equality Standard (WRES) 2016/17' page
// (5 Boroughs Partnership's: http://www.5boroughspartnership.nhs.uk/workforce-race-equality-standard-/): the duty to monitor BME staff since
// April 2015, 'The WRES reporting template and Trust action plan 2016/2017 evidences the work completed and actions to further enhance
// equality and experience', and a contact line naming the Head of Patient Experience and Inclusion with a telephone number. ASSUMED: the plan
// as one sheet whose columns pair the WORK COMPLETED for each indicator with the FURTHER ACTIONS, a lead and a date.
import { Book, Plan, C, D, mergeDown, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Harrowfield Partnership NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout63-wres-2016-17-harrowfield', sheet: 'Action Plan 2016-17', standard: 'WRES', period: '2016-17', trust, widths: [6, 26, 44, 46, 24, 11], font: { name: 'Tahoma', size: 9 } });
  const M = ['A', 'F'];
  p.line([trust], { merge: M, style: { bold: true, font: { size: 12 }, color: C.purple } });
  p.line(['Workforce Race Equality Standard (WRES) – Trust action plan 2016/2017'], { merge: M, style: { bold: true, font: { size: 12 } } });
  p.line(['Since April 2015 every NHS organisation has had to monitor its Black and Minority Ethnic workforce against white staff. This plan sets out the work completed in 2016/17 for each indicator and the further actions we will take to improve equality and experience.'], { merge: M, height: 36 });
  p.blank();
  p.header(['No.', 'WRES indicator', 'Work completed 2016/17', 'Further actions', 'Lead', 'Date'], { style: { fill: C.lilac } });
  const F = 'mmm-yy';
  const blocks = [
    ['1', 'BME staff in each pay band compared with the whole workforce', 'Workforce profile by band and ethnicity produced for each borough and shared with the BME Staff Network.', [
      ['Hold a career clinic for BME nurses in Bands 5 and 6 in each borough', 'Deputy Director of Nursing', D(2017, 6, 30)],
      ['Ask each borough to set out how it will support BME staff into Band 7 posts', 'Borough Directors', D(2017, 9, 30)],
    ]],
    ['2', 'Appointment from shortlisting', 'Recruiting managers reminded of the Trust\'s guidance on fair selection; shortlisting data checked for two quarters.', [
      ['Provide unconscious bias training to all recruiting managers before they sit on a panel', 'Head of Learning and Development', D(2017, 12, 31)],
    ]],
    ['3', 'Entry into the formal disciplinary process', 'Disciplinary cases for 2016/17 analysed by ethnicity with the Employee Relations team.', [
      ['Introduce a decision-making checklist, reviewed by the Head of HR, before any case moves to formal investigation', 'Head of HR', D(2017, 7, 31)],
    ]],
    ['5 / 6', 'Harassment, bullying or abuse (from service users and from staff)', 'Dignity at Work policy relaunched; Staff Network members joined the Violence Reduction Group.', [
      ['Support staff who experience racist abuse from service users to report it to the police, with a named contact in each team', 'Head of Patient Experience and Inclusion', 'Ongoing'],
      ['Train a group of Dignity at Work advisers from the BME Staff Network', 'Head of Patient Experience and Inclusion', D(2017, 10, 31)],
    ]],
    ['7', 'Equal opportunities for career progression', 'Staff survey results for BME staff presented to the Board for the first time.', [
      ['Offer BME staff places on the regional Ready Now leadership programme and track their progress for two years', 'Head of Learning and Development', D(2018, 3, 31)],
    ]],
  ];
  for (const [no, ind, done, acts] of blocks) {
    const first = p.r + 1; const inds = no.split('/').map((s) => s.trim());
    acts.forEach(([a, lead, d], i) => {
      const due = d instanceof Date ? shown(d, F) : d;
      p.action([i === 0 ? no : '', i === 0 ? ind : '', i === 0 ? done : '', a, lead, d], { indicators: inds, action: a, lead, due }, { border: true, height: 40, styles: [{ alignment: { horizontal: 'center', vertical: 'top' } }, { bold: true }, { italic: true }, {}, {}, d instanceof Date ? { numFmt: F } : {}] });
    });
    for (const col of ['A', 'B', 'C']) mergeDown(p.ws, col, first, p.r);
  }
  p.blank();
  p.line(['The Trust\'s WRES reporting template for 2016 is published alongside this plan.'], { merge: M, style: { italic: true } });
  p.line(['For further information contact Priya Malhotra, Head of Patient Experience and Inclusion, on 01632 960418.'], { merge: M });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, a mental health partnership foundation trust) following a real published WRES 2016/17 page of a mental health partnership trust (5 Boroughs Partnership's), which pairs the work completed with further actions and ends with a contact line: the trust name, the plan title, an intro paragraph, a blank row, one header 'No. | WRES indicator | Work completed 2016/17 | Further actions | Lead | Date' (row 5), then seven further actions in five blocks – the indicator number, a short indicator name and an italic 'work completed' cell are merged down beside one or two actions. One block is numbered '5 / 6'. Dates are real dates shown 'mmm-yy', one is the word 'Ongoing'. An italic line about the reporting template and a contact line naming the Head of Patient Experience and Inclusion end the sheet. Judgement calls: the action is the 'Further actions' cell; the 'Work completed 2016/17' cell describes what was done on the INDICATOR during the year, before these actions were set – it is not progress on them and not an outcome, so progress and outcome are ''; indicators from the merged No. cell ('5 / 6' → ['5','6']); lead as written ('Borough Directors' kept plural); due as displayed ('Jun-17', 'Ongoing'); the person in the contact line is not a lead of any action even where her job title matches one; no status, rag null; theme null.", { blocks: { col: 'A' }, forbidden: ['Priya Malhotra'] });
}
