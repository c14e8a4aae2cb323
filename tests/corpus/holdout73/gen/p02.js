// holdout73-wdes-2022-23-dunsmere: mental health and community FT, the workforce team's WDES workbook. Everyday quirks: the 2022 DATA
// tab comes FIRST (a table with a Metric column and a comment column) and the plan is the second tab; the status drop-down was
// overtyped, so statuses are written two ways ('Complete' / 'Completed', 'Ongoing' / 'On-going'). No colour anywhere in the plan.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Dunsmere Care NHS Foundation Trust';
  const d = book.wb.addWorksheet('WDES data 2022');
  [9, 46, 12, 14, 10, 10, 46].forEach((w, i) => { d.getColumn(i + 1).width = w; });
  const A = { name: 'Arial', size: 10 };
  d.getCell('A1').value = `${trust} – Workforce Disability Equality Standard 2022`; d.getCell('A1').font = { ...A, bold: true, size: 12 };
  d.getCell('A2').value = 'ESR data as at 31 March 2022; staff survey 2021. Submitted to NHS England in August 2022.'; d.getCell('A2').font = { ...A, italic: true };
  d.getRow(4).values = ['Metric', 'Description', 'Disabled', 'Non-disabled', '2021', '2022', 'Comment'];
  d.getRow(4).eachCell((c) => { c.font = { ...A, bold: true }; c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: C.grey } }; });
  const data = [
    ['1', 'Disabled staff as a % of the workforce (ESR)', '4.8%', '', '4.1%', '4.8%', "27% of staff have 'not declared' on ESR."],
    ['2', 'Relative likelihood of non-disabled applicants being appointed from shortlisting', '', '', '1.31', '1.22', 'Better, but still above 1.'],
    ['3', 'Relative likelihood of disabled staff entering the formal capability process', '', '', '2.40', '1.86', 'Small numbers (7 cases).'],
    ['4a', 'Harassment, bullying or abuse from patients, relatives or the public', '33.9%', '26.2%', '', '', 'Highest in community mental health teams.'],
    ['4b', 'Harassment, bullying or abuse from managers / colleagues', '29.0%', '19.4%', '', '', ''],
    ['5', 'Believe the trust provides equal opportunities for career progression', '51.2%', '58.7%', '', '', ''],
    ['7', 'Satisfied with the extent the organisation values their work', '34.6%', '45.0%', '', '', 'Lowest of our comparator group.'],
    ['8', 'Employer has made adequate adjustments', '72.3%', '', '', '', 'Reasonable adjustments passport relaunched in 2021.'],
    ['9a', 'Staff engagement score', '6.5', '7.0', '', '', ''],
    ['10', 'Board voting members who are disabled', '0%', '', '', '', 'Two board members have not declared.'],
  ];
  data.forEach((r, i) => { d.getRow(5 + i).values = r; d.getRow(5 + i).eachCell((c) => { c.font = { ...A }; c.alignment = { wrapText: true, vertical: 'top' }; }); });
  const p = new Plan(book, { name: 'holdout73-wdes-2022-23-dunsmere', sheet: 'Action plan', standard: 'WDES', period: '2022-23', trust, widths: [9, 54, 28, 12, 13, 44], font: A });
  p.line([`${trust} – WDES Action Plan 2022-23`], { merge: ['A', 'F'], style: { bold: true, font: { size: 12 } } });
  p.line(['Agreed with DAWN (Disability And Wellbeing Network), 21 September 2022. Figures are on the WDES data 2022 tab.'], { merge: ['A', 'F'], style: { italic: true } });
  p.blank();
  const h = p.header(['Metric', 'What we will do', 'Who', 'When', 'Status', 'Progress'], { style: { fill: C.grey } });
  p.ws.views = [{ state: 'frozen', ySplit: h }];
  const rows = [
    ['1', ['1'], "Run a 'count me in' campaign so that staff update their disability status on ESR self-service, aiming to bring 'not declared' below 20%.", 'Workforce Information Manager', 'Dec 2022', 'Complete', 'Campaign ran October to November; not declared down from 27% to 21%.'],
    ['2', ['2'], 'Guarantee an interview to disabled applicants who meet the essential criteria, and check that TRAC applies it for every vacancy.', 'Recruitment Lead', 'Nov 2022', 'Completed', 'TRAC audit done – two vacancies had missed it; both fixed.'],
    ['3', ['3'], 'Add a reasonable adjustments check to the capability policy so that no formal stage starts before adjustments have been considered.', 'HR Policy Lead', 'Mar 2023', 'Ongoing', 'Policy out to consultation with staff side.'],
    ['4a', ['4a'], 'Train managers in community teams to respond when disabled staff report abuse from patients or relatives during home visits.', 'Head of Security & Lone Working', 'Mar 2023', 'Not started', ''],
    ['4a/4b', ['4a', '4b'], 'Set up a confidential route for disabled staff to raise bullying and harassment, through the Freedom to Speak Up guardians and DAWN.', 'Freedom to Speak Up Guardian', 'Jan 2023', 'On-going', 'Guardians met DAWN in October; the route will be published in January.'],
    ['5', ['5'], "Publish the number of disabled staff promoted each year by band, starting with this year's data.", 'Workforce Information Manager', 'Q4', 'Not started', ''],
    ['7', ['7'], 'Bring in a workplace adjustments passport that moves with the member of staff when they change team.', 'Head of OD', 'Ongoing', 'Ongoing', 'Passport drafted; pilot on two wards from November.'],
    ['9a', ['9a'], 'Give DAWN members an hour a month of protected time and a budget for two events a year.', 'Director of People', 'Sep 2022', 'Complete', 'Agreed at the Board in September.'],
    ['10', ['10'], 'Ask every board member to complete the disability question on their annual fit and proper person declaration.', 'Trust Secretary', 'Apr 2023', 'Delayed', 'Form revised; it goes out with the April declarations.'],
  ];
  let first = 0, last = 0;
  for (const [met, inds, act, who, when, st, prog] of rows) {
    const r = p.action([met, act, who, when, st, prog], { indicators: inds, action: act, lead: who, due: when, status: st, progress: prog }, { styles: [{ alignment: { horizontal: 'center' } }] });
    if (!first) first = r; last = r;
  }
  for (let r = first; r <= last; r++) p.ws.getCell(`E${r}`).dataValidation = { type: 'list', allowBlank: true, formulae: ['"Not started,Ongoing,Complete,Delayed"'], showErrorMessage: false };
  p.blank();
  p.line(['Next review: DAWN and the Equality, Diversity & Inclusion Group, January 2023.'], { merge: ['A', 'F'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional mental health and community foundation trust). TWO TABS, and the plan is the SECOND: 'WDES data 2022' (first tab: title naming the trust, a source line, then a grey table 'Metric | Description | Disabled | Non-disabled | 2021 | 2022 | Comment' with a row per metric – figures and comments, no actions) and 'Action plan', the gold sheet: title naming the trust, an italic 'Agreed with DAWN …' line, a blank row, the grey header 'Metric | What we will do | Who | When | Status | Progress' (row 4, frozen), nine actions with no ref and, after a blank row, an italic 'Next review' line. 'When' is typed text ('Dec 2022', 'Q4', 'Ongoing'). The Status column has a drop-down (Not started, Ongoing, Complete, Delayed) that was OVERTYPED, so the same status is written two ways: 'Complete' and 'Completed', 'Ongoing' and 'On-going'. Judgement calls: the data tab's rows (and its comments, e.g. 'Reasonable adjustments passport relaunched in 2021') are figures, not actions; the plan sheet is read; status = the word exactly as typed (both spellings kept as written); no colour anywhere, so rag null; lead = Who; due = When as typed ('Ongoing' kept as a due where it is the When); progress = Progress; indicators from the Metric column ('4a/4b' → both); ref '' (the metric is no ref); theme null. The 'Next review … January 2023' line and the 21 September 2022 agreement date are no dues.", { indCol: 'A', otherSheet: { name: 'WDES data 2022', minRows: 10 }, spellings: [['Complete', 'Completed'], ['Ongoing', 'On-going']], forbidden: ['January 2023', '21 September 2022'] });
}
