// holdout89-wres-2022-23-sedgeby: a SMALL district general hospital's WRES plan kept by one HR Business Partner on the default 'Sheet1':
// the title typed into A1 and left to overflow, the header in row 3, leads as names with a role in brackets, real target dates and a
// separate 'Date completed' column, plain status words, an Alt+Enter line break inside one action.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Sedgeby General Hospital NHS Trust';
  const p = new Plan(book, { name: 'holdout89-wres-2022-23-sedgeby', sheet: 'Sheet1', standard: 'WRES', period: '2022-23', trust, widths: [6, 58, 26, 11, 14, 13, 42], font: { name: 'Calibri', size: 11 } });
  p.line([`${trust} - WRES action plan 2022-23 (draft v3, updated Feb 23)`], { style: { bold: true }, styles: [{ alignment: { wrapText: false } }] });
  p.blank();
  p.header(['Ind', 'Action', 'Lead', 'Target', 'Status', 'Date completed', 'Evidence / comments'], { style: { fill: C.yellow } });
  const F = 'dd/mm/yy';
  const rows = [
    ['1', 'Include ethnicity by band in the monthly workforce dashboard for the Executive Team and the divisions.', 'S. Marsh (Workforce Info)', D(2022, 6, 30), 'Complete', D(2022, 6, 14), 'Dashboard p.4 from June.', ['1']],
    ['1', 'Set aspirational targets for BME representation at Band 7 and 8a in nursing and AHPs.', 'K. Adeyemi (Dep. Chief Nurse)', D(2022, 12, 31), 'In progress', null, 'Targets drafted; at People Committee in March.', ['1']],
    ['2', 'Remove names and dates of birth from application forms at shortlisting (anonymised shortlisting in TRAC).', 'L. Brennan (Recruitment)', D(2022, 9, 30), 'Complete', D(2022, 10, 3), 'Switched on in TRAC 3 Oct.', ['2']],
    ['3', 'Check every case before it goes to a formal disciplinary investigation – decision tree signed off by a second HRBP.', 'R. Patel (HRBP)', D(2022, 7, 31), 'Complete', D(2022, 8, 1), '', ['3']],
    ['4', 'Keep a record of who is offered and who takes up funded courses (CPD budget), split by ethnicity.', 'M. Hughes (Education)', 'TBC', 'Not started', null, 'Waiting for the new learning system.', ['4']],
    ['5/6', 'Sign up to the regional anti-racism charter and run “Speak Up Against Racism” workshops in ED, AMU and the wards.', 'R. Patel (HRBP)', D(2023, 1, 31), 'In progress', null, '3 of 6 workshops done.', ['5', '6']],
    ['7', 'Reverse mentoring for the executive team.\nPairs to meet monthly and feed back to the Board twice a year.', 'Chief Executive', D(2022, 11, 30), 'In progress', null, 'Five pairs meeting.', ['7']],
    ['8', 'Set up a BME staff network with protected time for its chair and vice chair.', 'K. Adeyemi (Dep. Chief Nurse)', D(2022, 5, 31), 'Complete', D(2022, 5, 20), 'Network launched 20 May – 46 members.', ['8']],
    ['9', 'Look at the make-up of the Board when the next two NED posts are filled and use a diverse panel.', 'Trust Secretary', D(2023, 3, 31), 'Not started', null, '', ['9']],
  ];
  for (const [ind, act, lead, tgt, st, done, ev, inds] of rows) {
    const due = tgt instanceof Date ? shown(tgt, F) : tgt;
    p.action([ind, act, lead, tgt, st, done, ev], { indicators: inds, action: act, lead, due, status: st, progress: ev, completed: done ? shown(done, F) : '' }, { styles: [{ alignment: { horizontal: 'center' } }, {}, {}, { numFmt: F }, {}, { numFmt: F }, {}] });
  }
  p.blank();
  p.line(['HRBP = HR Business Partner. Data: WRES submission Aug 2022 (ESR at 31/03/22, staff survey 2021).'], { style: { italic: true, font: { size: 9 }, alignment: { wrapText: false } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional small district general hospital). Sheet 'Sheet1' (the default name kept), Calibri 11: the title typed into A1 only and left to overflow ('Sedgeby General Hospital NHS Trust - WRES action plan 2022-23 (draft v3, updated Feb 23)'), a blank row, the yellow header 'Ind | Action | Lead | Target | Status | Date completed | Evidence / comments' (row 3), nine actions and, after a blank row, an abbreviation and data-source line. Target and Date completed are real dates shown dd/mm/yy; one target is typed 'TBC'. Status words are plain (no colour). Action 7's cell holds an Alt+Enter line break (one action over two lines in one cell). Judgement calls: due = Target ('TBC' kept), never Date completed; completed = Date completed as displayed where filled; lead = Lead as written, name with its bracketed role ('R. Patel (HRBP)'); status = the word, rag null (no colour or key); progress = Evidence / comments (two blank); indicators from Ind ('5/6' → both); the draft / update month in the title and the data dates are no dues; no ref; theme null.", { indCol: 'A', notFrom: ['F'] });
}
