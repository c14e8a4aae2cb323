// holdout49-wres-2016-17-corrieford: an acute trust's first-year WRES plan kept with a 'Completed? (Y/N)' column – Yes / No typed,
// no colour, no key beyond the header; blank where the lead has not answered. An 'Issue' column of data findings sits before the action.
import { Book, Plan, C, D } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Corrieford Hospitals NHS Trust';
  const p = new Plan(book, { name: 'holdout49-wres-2016-17-corrieford', sheet: 'WRES 16-17', standard: 'WRES', period: '2016-17', trust, widths: [7, 11, 34, 46, 24, 13, 12, 40], font: { name: 'Calibri', size: 11 } });
  p.font = { name: 'Calibri', size: 11 };
  p.line([`${trust} – Workforce Race Equality Standard action plan 2016-17`], { merge: ['A', 'H'], style: { bold: true, font: { size: 14 } } });
  p.line(['Prepared by the Equality and Diversity Lead for the Workforce Committee, 14 February 2017. Leads asked to complete the last two columns.'], { merge: ['A', 'H'], style: { italic: true } });
  p.blank();
  p.header(['Item', 'WRES Indicator', 'Issue', 'Action', 'Responsible', 'Deadline', 'Completed? (Y/N)', 'Comments'], { style: { fill: C.paleblue }, height: 30 });
  const F = 'dd/mm/yyyy';
  const rows = [
    ['1', '1', 'BME staff are 9.4% of bands 8a and above against 17.2% of the whole workforce.', 'Publish a breakdown of BME staff by band for each clinical division and share it at divisional boards.', 'Head of Workforce Information', D(2016, 9, 30), 'Yes', 'Shared at all four divisional boards in September.'],
    ['2', '2', 'White applicants are 1.64 times more likely to be appointed from shortlisting.', 'Put at least one BME panel member on every interview panel for band 7 posts and above.', 'Recruitment Manager', D(2016, 12, 31), 'No', 'Pool of 14 panel members trained; not yet on every panel.'],
    ['3', '2', '', 'Remove the name, age and nationality fields from the shortlisting view in NHS Jobs.', 'Recruitment Manager', D(2016, 10, 31), 'Yes', 'Done 3 October 2016.'],
    ['4', '3', 'BME staff are 1.9 times more likely to enter a formal disciplinary process.', 'Ask an HR business partner to review every case before a formal investigation is started.', 'Deputy Director of HR', D(2016, 11, 30), 'Yes', 'Checkpoint in place from November; 6 cases diverted to informal routes.'],
    ['5', '4', 'BME staff report less access to non-mandatory training.', 'Report uptake of non-mandatory and CPD training by ethnicity every six months.', 'Head of Learning and Development', D(2017, 3, 31), '', ''],
    ['6', '5 & 6', '28% of BME staff report harassment, bullying or abuse from colleagues.', 'Set up a BME staff network with an executive sponsor and protected time for its chair.', 'Director of Workforce', D(2016, 10, 31), 'Yes', 'First meeting 19 October; Chief Nurse is sponsor.'],
    ['7', '7', '', 'Add a question on fair career progression to the quarterly pulse survey.', 'Staff Engagement Lead', D(2017, 1, 31), 'No', 'Pulse survey redesign moved to 2017-18.'],
    ['8', '9', 'No BME voting members on the Board.', 'Brief the recruitment agency for the two non-executive vacancies to produce a diverse longlist.', 'Trust Secretary', D(2017, 3, 31), '', 'Vacancies not yet advertised.'],
  ];
  for (const [n, ind, issue, act, lead, due, done, com] of rows) {
    const inds = ind === '5 & 6' ? ['5', '6'] : [ind];
    p.action([n, ind, issue, act, lead, due, done, com], { ref: n, indicators: inds, action: act, lead, due: `${String(due.getUTCDate()).padStart(2, '0')}/${String(due.getUTCMonth() + 1).padStart(2, '0')}/${due.getUTCFullYear()}`, status: done, progress: com }, { styles: [{}, { alignment: { horizontal: 'center' } }, {}, {}, {}, { numFmt: F }, { alignment: { horizontal: 'center' } }] });
  }
  p.blank();
  p.line(['Y = action completed in full. N = not completed by the deadline (say why in Comments). Leave blank if the deadline has not passed.'], { merge: ['A', 'H'], style: { italic: true, font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute trust), its first-year WRES plan kept as an ordinary Calibri grid: a bold title naming the trust and the plan for 2016-17 (row 1), an italic line saying who prepared it and that leads were asked to complete the last two columns (row 2), a blank row, one pale-blue header 'Item | WRES Indicator | Issue | Action | Responsible | Deadline | Completed? (Y/N) | Comments' (row 4), eight actions, and a small italic footnote explaining Y / N / blank. PROGRESS IS RECORDED AS A 'Completed? (Y/N)' COLUMN in which leads typed 'Yes' or 'No' (not the Y / N the header asks for); two cells are blank (not yet due, or no return). No fill, no colour. Judgement calls: status = the Completed? cell as written ('Yes' / 'No'), '' where blank – not turned into 'Complete' or 'Not started'; rag null (no colour anywhere; the footnote explains the letters, it gives no colours); progress = Comments, '' where empty; completed '' – 'Done 3 October 2016' is said inside the comment of item 3 but there is no completion-date column, so it stays in progress; the 'Issue' column is the data finding behind the action (context, no gold field, empty on two rows); indicators from the WRES Indicator column ('5 & 6' → ['5','6']); ref = Item; lead = Responsible; due = Deadline as shown (dd/mm/yyyy); theme null; the prepared-by line and the footnote are not actions, and 14 February 2017 is not a due.", { notFrom: ['C'], statusCol: 'G', progressCol: 'H' });
}
