// holdout14-wres-2016-17-cresswold: ORDINARY EARLY PLAN in the Northamptonshire style – merged title + intro paragraph,
// 'Item' numbers, Northants-like header with an 'Outcome to be achieved' column, merged SECTION ROWS (themes), indicators
// as 'Ind N' words in a column of their own, text timescales, no status (progress text, unfilled), approval line below.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout14-wres-2016-17-cresswold', sheet: 'WRES Action Plan', standard: 'WRES', period: '2016-17', trust: 'Cresswold Community Healthcare NHS Trust', widths: [6, 46, 36, 12, 16, 22, 40], font: { name: 'Calibri', size: 11 } });
  p.ws.pageSetup = { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 };
  p.line(['Cresswold Community Healthcare NHS Trust WRES Action Plan 2016-2017'], { merge: ['A', 'G'], style: { bold: true, font: { size: 14 } }, height: 22 });
  p.line(['The Trust is committed to a culture that values equality, diversity and inclusion and is underpinned by our values and the NHS Constitution. This plan responds to our July 2016 WRES return and should be read alongside the People Strategy and the Equality Objectives 2016-2020.'], { merge: ['A', 'G'], height: 48, style: { alignment: { vertical: 'top', wrapText: true } } });
  p.blank();
  p.header(['Item', 'Activity / work piece', 'Outcome to be achieved', 'WRES indicator', 'Expected date of completion', 'Responsibility for action', 'Progress (January 2017)'], { style: { fill: C.grey, alignment: { vertical: 'middle', wrapText: true } }, height: 32 });
  let item = 0;
  const section = (title) => p.line([title], { merge: ['A', 'G'], border: true, style: { bold: true, fill: C.palegrey } });
  const act = (theme, [action, outcome, indText, inds, due, lead, progress = '']) => {
    item++;
    p.action([item, action, outcome, indText, due, lead, progress], { ref: String(item), indicators: inds, theme, action, lead, due, progress, outcome, dueSource: 'column' }, { styles: [{ alignment: { horizontal: 'center', vertical: 'top' } }] });
  };
  const ALL = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];
  let t = 'Governance/Assurance'; section(t);
  act(t, ['KPI reporting – table quarterly workforce diversity reports at the Equality and Inclusion Group to track performance against the WRES.', 'Increased visibility of Trust performance; improved assurance of progress.', 'All', ALL, 'Quarterly', 'HR', 'Q2 and Q3 reports presented; Q4 report due April 2017.']);
  act(t, ['Add WRES progress to the Board Assurance Framework and report six-monthly to the Quality and Workforce Committee.', 'Board oversight of the WRES.', 'Ind 9', ['9'], 'September 2016', 'HR/E&I Lead', 'BAF entry agreed September 2016.']);
  t = 'Recruitment and progression'; section(t);
  act(t, ['Audit shortlisting and appointment outcomes for Band 6 and above by ethnicity and share findings with recruiting managers.', 'Reasons for the lower appointment rate of BME applicants understood and acted upon.', 'Ind 2', ['2'], 'Sept 16 and on-going', 'Recruitment Manager', 'First audit complete; 2 services with no BME appointments at Band 7.']);
  act(t, ['Include a BME staff member or trained diversity champion on interview panels for Band 8a and above.', 'Fairer selection decisions for senior posts.', 'Ind 1 & 2', ['1', '2'], 'December 2016', 'HR Business Partners', '14 champions trained; rota in place.']);
  act(t, ['Record and monitor access to non-mandatory training and CPD funding by ethnicity.', 'Equal access to development opportunities.', 'Ind 4', ['4'], 'March 2017', 'Learning and Development Lead']);
  t = 'Employee relations'; section(t);
  act(t, ['Routine scheduled audit of disciplinary outcomes, with an independent HR review of every case involving a BME employee before a formal hearing.', 'Adverse outcomes identified, understood and acted upon.', 'Ind 3', ['3'], 'On going', 'Independent HR Professional', 'Review step introduced October 2016.']);
  t = 'Engagement and staff experience'; section(t);
  act(t, ['Establish a BME Staff Network with terms of reference and an executive sponsor.', 'A voice for BME staff in Trust decisions.', 'Ind 5 – 8', ['5', '6', '7', '8'], 'July 2016', 'Director of Workforce', 'Network launched 12 July 2016.']);
  act(t, ['Hold focus groups with BME staff to explore staff survey findings on bullying, harassment and discrimination.', 'Understanding of the experience behind the survey results.', 'Ind 5, 6 & 8', ['5', '6', '8'], 'January–February 2017', 'E&I Lead']);
  act(t, ['Promote the Freedom to Speak Up Guardian and the dignity at work policy in team briefs and at induction.', 'Staff know how to raise concerns.', 'Ind 6 & 8', ['6', '8'], 'October 2016', 'Communications Team', 'Articles in October and December team brief.']);
  t = 'Learning and development'; section(t);
  act(t, ['Deliver unconscious bias training to all Board members and senior managers (Band 8a and above).', 'Senior leaders able to recognise and challenge bias.', 'Ind 1 & 9', ['1', '9'], 'March 2017', 'OD Lead', 'Board session held November 2016; managers\' sessions booked.']);
  p.blank();
  p.line(['Approved by the Equality and Inclusion Group on 21 June 2016. Next review: July 2017.'], { merge: ['A', 'G'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY FIRST-YEARS WRES plan in the style of the Northamptonshire 2016-17 plan: a merged bold title naming the trust, a merged intro paragraph, a blank row, one grey header 'Item | Activity / work piece | Outcome to be achieved | WRES indicator | Expected date of completion | Responsibility for action | Progress (January 2017)' (row 4). Five merged, pale-grey SECTION ROWS ('Governance/Assurance', 'Recruitment and progression', …) sit above their actions and are the gold theme. Item numbers are real numbers 1–10 (gold ref as text). The indicator column uses words: 'Ind 2', 'Ind 1 & 2', 'Ind 5 – 8' (= 5, 6, 7, 8), 'Ind 5, 6 & 8', 'All' (= all nine). Timescales are text as written ('Quarterly', 'Sept 16 and on-going', 'On going', 'January–February 2017'). There is NO status or RAG: the last column is progress text, unfilled, so status '' and rag null. Gold action = 'Activity / work piece'; outcome = 'Outcome to be achieved'. Judgement calls: the section rows are themes, not actions; the approval line under the table is not an action.");
}
