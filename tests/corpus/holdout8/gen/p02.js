// holdout8-wdes-2019-20-ottersford: first WDES plan; leads written as 'Name, job title'; header repeated at the top of printed
// page 2 (manual page break); abbreviations glossary under the table; status words with no key.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout8-wdes-2019-20-ottersford', sheet: 'WDES 2019-20', standard: 'WDES', period: '2019-20', trust: 'Ottersford Community Healthcare NHS Trust', widths: [26, 54, 28, 14, 13, 40] });
  p.line(['Ottersford Community Healthcare NHS Trust'], { merge: ['A', 'F'], style: { bold: true, font: { size: 13 } } });
  p.line(['Workforce Disability Equality Standard (WDES) Action Plan 2019/20'], { merge: ['A', 'F'], style: { bold: true } });
  p.line(['This plan was developed with the Disability and Wellbeing Network and approved by the Strategic Workforce Committee on 12 September 2019.'], { merge: ['A', 'F'], style: { italic: true }, height: 28 });
  p.blank();
  const H = ['Metric', 'Action', 'Lead', 'Timescale', 'Status', 'Comments'];
  p.header(H, { style: { fill: C.grey } });
  const act = (metric, ind, action, lead, due, status, progress) => p.action([metric, action, lead, due, status, progress], { indicators: ind, action, lead, due, status, progress });
  act('Metric 1 – Workforce representation', ['1'], 'Run a "Tell us about you" campaign so staff can update their disability status on ESR self-service, supported by the Disability and Wellbeing Network.', 'Martin Hale, Workforce Information Manager', 'Sept 2019', 'Complete', 'Campaign ran 2–27 September; declaration rose from 2.1% to 3.4%.');
  act('Metric 1 – Workforce representation', ['1'], 'Add the disability question to the new starter form and the exit questionnaire.', 'Martin Hale, Workforce Information Manager', 'Q3 19/20', 'In progress', 'New starter form updated; exit questionnaire goes live in January.');
  act('Metric 2 – Recruitment', ['2'], 'Review the Disability Confident guaranteed interview scheme in TRAC and check that every applicant who opts in is shortlisted.', 'Jo Pryce, Head of Resourcing', 'Dec 2019', 'In progress', 'Audit of 200 vacancies under way.');
  act('Metric 3 – Capability', ['3'], 'Check how many disabled staff entered the formal capability process over the last two years and whether reasonable adjustments were considered first.', 'HR Business Partners', 'by 31/03/20', 'Not started', '');
  act('Metric 4a – Harassment, bullying or abuse', ['4a'], 'Work with the Network to make it easier for disabled staff to report harassment, bullying or abuse, including an anonymous online form.', 'Sarah Okafor, Head of OD', 'Jan – Mar 2020', 'Not started', 'Form designed; awaiting IT build.');
  act('Metric 5 – Career progression', ['5'], 'Offer places on the Trust\'s Stepping Up leadership programme to disabled staff at Bands 4 to 6, with reasonable adjustments built in.', 'Sarah Okafor, Head of OD', 'Q4 19/20', 'In progress', 'Four disabled staff on the current cohort.');
  p.ws.getRow(p.r).addPageBreak();
  p.header(H, { style: { fill: C.grey } });
  act('Metric 6 – Presenteeism', ['6'], 'Update the attendance management policy so that disability-related absence is recorded separately and managers are reminded not to put pressure on staff to attend when unwell.', 'Employee Relations Lead', 'TBC', 'Not started', 'Policy review delayed to 2020/21 by staff side agreement.');
  act('Metric 7 – Feeling valued', ['7'], 'Share disabled staff stories on the intranet and in the Chief Executive\'s blog during Disability History Month.', 'Communications Team', 'Nov – Dec 2019', 'Complete', 'Five stories published; good feedback.');
  act('Metric 8 – Reasonable adjustments', ['8'], 'Introduce a reasonable adjustments passport that staff can take with them when they change role or manager.', 'Occupational Health Manager', 'Q4 19/20', 'In progress', 'Draft passport agreed by the Network.');
  act('Metric 8 – Reasonable adjustments', ['8'], 'Set up a central budget for reasonable adjustments so that equipment is not delayed by local budget decisions.', 'Director of Finance', 'April 2020', 'Not started', '');
  act('Metric 9b – Disabled staff voices', ['9b'], 'Give the Disability and Wellbeing Network protected time for its chair and an executive sponsor.', 'Chief Executive', 'Annually', 'Complete', 'Director of Nursing agreed as executive sponsor; 1 day a month agreed for the chair.');
  act('Metric 10 – Board representation', ['10'], 'Invite Board members to share their own disability status confidentially through ESR.', 'Company Secretary', '', '', '');
  p.blank();
  p.line(['Abbreviations'], { style: { bold: true } });
  for (const a of ['ESR – Electronic Staff Record', 'OD – Organisational Development', 'TRAC – the Trust\'s online recruitment system', 'TBC – to be confirmed']) p.line([a], { merge: ['A', 'C'] });
  p.ws.pageSetup = { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '5:5' };
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust), an ordinary first-year WDES plan. Two merged title rows and a merged italic approval sentence, a blank row, then the header on row 5 'Metric | Action | Lead | Timescale | Status | Comments' (grey). After six actions there is a manual page break and the SAME header is typed again on row 12 (the person who made it repeated the header for the second printed page); both are header rows and non-action rows. Metric cells are 'Metric N – short title' written out on every row (not merged): 'Metric 4a – Harassment, bullying or abuse' → ['4a'], 'Metric 9b – Disabled staff voices' → ['9b']. Leads are written as 'Name, job title' ('Martin Hale, Workforce Information Manager'); gold lead = the whole cell. Timescales are text in many forms: 'Sept 2019', 'Q3 19/20', 'Dec 2019', 'by 31/03/20', 'Jan – Mar 2020' (a range; gold due is the whole text), 'Q4 19/20', 'TBC', 'Nov – Dec 2019', 'April 2020', 'Annually'; the last action (metric 10) has no timescale, status or comment. Status words Complete / In progress / Not started with no key and no fill: rag null throughout. Progress = Comments. Theme null. Under the table, after a blank row, an 'Abbreviations' heading and four glossary lines (merged A:C) are non-action rows.", {});
}
