// holdout75-wres-2016-17-ollerbeck: small district general hospital trust, first-year WRES plan drafted in Word as two columns
// (indicator, action) and pasted into Excel; the HR business partner then typed who and when beside each action in two columns she
// never headed. An 'Update Jan 2017' column. No status. Indicator 2 merged down over its two actions.
import { Book, Plan, C, D, shown, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Ollerbeck and District Hospitals NHS Trust';
  const p = new Plan(book, { name: 'holdout75-wres-2016-17-ollerbeck', sheet: 'WRES 2016-17', standard: 'WRES', period: '2016-17', trust, widths: [11, 62, 30, 10, 40], font: { name: 'Calibri', size: 11 } });
  p.line([trust], { merge: ['A', 'E'], style: { bold: true, font: { size: 14 } } });
  p.line(['Workforce Race Equality Standard – Action Plan 2016/17'], { merge: ['A', 'E'], style: { bold: true } });
  p.line(['Agreed at the Workforce and Education Committee, 21 September 2016'], { merge: ['A', 'E'], style: { italic: true } });
  p.blank();
  p.header(['Indicator', 'Action required', '', '', 'Update Jan 2017'], { style: { fill: C.grey } });
  const F = 'mmm-yy';
  const rows = [
    ['1', 'Clean the ethnicity field in ESR by asking everyone recorded as "not stated" to check their record through a message on their payslip.', 'Workforce Information Manager', D(2016, 11, 30), 'Not stated down from 14% to 9%.'],
    ['1', 'Report the number of BME staff in each pay band, by division, to the Workforce and Education Committee every six months.', 'Head of HR Operations', D(2016, 10, 31), 'First report taken in October.'],
    ['2', 'Remove names, ages and addresses from application forms at shortlisting for all posts at Band 5 and above.', 'Recruitment Manager', D(2017, 1, 31), 'Agreed with NHS Jobs; starts 1 February.'],
    ['', 'Ask every interview panel for Band 7 and above to include a member from another department who has been trained in fair selection.', 'Deputy Director of HR', D(2017, 3, 31), ''],
    ['3', 'Look at every formal disciplinary case at the decision-to-investigate stage alongside the ethnicity of the member of staff, and report the pattern each quarter.', 'Employee Relations Lead', D(2016, 12, 31), 'Q3: 11 cases, 4 of them BME staff.'],
    ['4', 'Publish who received study leave and CPD funding, by staff group and ethnicity.', 'Head of Learning and Development', 'Ongoing', ''],
    ['5 & 6', 'Give ward and department managers a short guide on supporting staff who are abused by patients, visitors or colleagues because of their race.', 'Head of Patient Experience', D(2017, 2, 28), 'Draft with staff side for comment.'],
    ['7', 'Start a mentoring scheme pairing BME nurses and midwives at Bands 5 and 6 with senior nurses from other divisions.', 'Deputy Chief Nurse', D(2017, 3, 31), 'Six pairs matched so far.'],
    ['8', 'Hold listening events for BME staff on both hospital sites and tell staff what the Trust will do as a result.', 'Chief Executive', D(2017, 1, 31), 'Events held at both sites in December.'],
    ['9', 'Show the ethnic make-up of the Board in the annual report and ask NHS Improvement for diverse shortlists when non-executive posts come up.', 'Trust Chair', D(2017, 3, 31), ''],
  ];
  let r2 = 0; let last = '';
  for (const [ind, act, who, when, upd] of rows) {
    const code = ind || last; last = code; // the merged indicator cell applies to the row under it
    const r = p.action([ind, act, who, when, upd], { indicators: code.split(' & '), action: act, lead: who, due: when instanceof Date ? shown(when, F) : when, progress: upd }, { styles: [{ alignment: { horizontal: 'center' } }, {}, {}, { numFmt: F, alignment: { horizontal: 'center' } }, {}] });
    if (act.startsWith('Remove names')) r2 = r;
  }
  mergeDown(p.ws, 'A', r2, r2 + 1);
  p.blank();
  p.line(['Progress to be reported to the Workforce and Education Committee in March 2017. Contact: HR Business Partner (Corporate).'], { merge: ['A', 'E'], style: { italic: true } });
  p.ws.pageSetup = { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 };
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional small district general hospital trust), Calibri 11, one sheet 'WRES 2016-17': trust name, plan title, an italic 'Agreed at the Workforce and Education Committee, 21 September 2016' line, a blank row, then the grey header row 5 'Indicator | Action required | (blank) | (blank) | Update Jan 2017', ten actions, and after a blank row an italic line saying when progress goes back to the committee and naming a contact. Why the headers say little: the plan was drafted in Word as a two-column table (indicator, action) and pasted into Excel; the HR business partner then typed who and when beside each action in columns C and D but never headed them – the header cells are there (grey, bordered) and empty. Column C holds job titles, column D real dates shown 'mmm-yy' (one typed 'Ongoing'). The indicator '2' is merged down over its two actions (rows 8–9). Judgement calls: lead = the job title in the unheaded column C; due = the unheaded column D as displayed ('Nov-16'), 'Ongoing' kept as written; progress = 'Update Jan 2017' where filled; indicators from the Indicator column ('5 & 6' → both; the merged '2' applies to both rows under it); no ref (the Indicator column is no numbering); no status column, status '' and rag null; theme null. The approval date (row 3), the March 2017 report date and the contact in the closing line are not dues or leads.", { fieldCols: { action: 'B', lead: 'C', due: 'D', progress: 'E' }, headerSays: { C: '', D: '' }, forbidden: ['21 September 2016', 'HR Business Partner (Corporate)', 'March 2017'] });
}
