// holdout65-wdes-2022-23-hazelbrook: mental health trust; status chosen from a drop-down list (data validation) and left BLANK on three
// rows; an empty 'Year-end position (Q4)' column with its header already in place for the year-end review.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Hazelbrook Mental Health NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout65-wdes-2022-23-hazelbrook', sheet: 'WDES 2022-23', standard: 'WDES', period: '2022-23', trust, widths: [6, 14, 56, 26, 16, 14, 30] });
  p.line(['Workforce Disability Equality Standard – Action Plan 2022/23'], { merge: ['A', 'G'], style: { bold: true, font: { size: 13 } } });
  p.line([trust], { merge: ['A', 'G'], style: { bold: true } });
  p.line(['Status: choose from the list (Not started / In progress / Complete). The year-end column is completed in April 2023.'], { merge: ['A', 'G'], style: { italic: true, font: { size: 9 } } });
  const h = p.header(['No.', 'WDES metric', 'Action', 'Lead', 'Target date', 'Status', 'Year-end position (Q4)'], { style: { fill: C.lilac } });
  const rows = [
    ['1', 'Metric 1', 'Map disabled staff by band and staff group and share the map with each care group\'s leadership team.', 'Workforce Intelligence Manager', 'July 2022', 'Complete'],
    ['2', 'Metric 2', 'Offer a guaranteed interview to every disabled applicant who meets the essential criteria and check it is applied.', 'Head of Recruitment', 'September 2022', 'In progress'],
    ['3', 'Metric 3', 'Route every capability case that involves a disabled colleague through a reasonable-adjustment check first.', 'Senior HR Business Partner', 'October 2022', ''],
    ['4', 'Metric 4a', 'Add disability to the violence and aggression reporting form so that incidents from service users can be analysed.', 'Head of Health and Safety', 'August 2022', 'Complete'],
    ['5', 'Metric 4b', 'Train Freedom to Speak Up champions in recognising disability-related bullying from colleagues and managers.', 'Freedom to Speak Up Guardian', 'December 2022', 'In progress'],
    ['6', 'Metric 5', 'Include disabled staff in the talent pool for the Aspiring Team Leaders course, with adjusted course materials on request.', 'Head of Leadership Development', 'January 2023', ''],
    ['7', 'Metric 6', 'Publish guidance for managers on agreeing a return to work when a colleague is still managing a long-term condition.', 'Occupational Health Lead', 'November 2022', 'In progress'],
    ['8', 'Metric 8', 'Introduce a Health Passport and a central budget for workplace adjustments up to £1,000.', 'Deputy Director of People', 'March 2023', 'Not started'],
    ['9', 'Metric 9a', 'Run quarterly listening events for the Disability and Wellbeing Network with an executive present.', 'Network Chair / Chief People Officer', 'March 2023', ''],
    ['10', 'Metric 10', 'Ask the Board to take part in disability awareness training during its development programme.', 'Trust Secretary', 'February 2023', 'Not started'],
  ];
  const first = p.r + 1;
  for (const [no, m, act, lead, due, st] of rows) p.action([no, m, act, lead, due, st, ''], { ref: no, indicators: [m.replace('Metric ', '')], action: act, lead, due, status: st });
  for (let r = first; r <= p.r; r++) p.ws.getCell(`F${r}`).dataValidation = { type: 'list', allowBlank: true, formulae: ['"Not started,In progress,Complete"'] };
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional mental health trust). Title (row 1), the trust's name (row 2), a small italic instruction line about the status list and the year-end column (row 3), one header 'No. | WDES metric | Action | Lead | Target date | Status | Year-end position (Q4)' (row 4, lilac), ten actions (rows 5–14). Metric cells written 'Metric 4a' etc. (2022 metrics, 4a / 9a). Target dates typed as month-year text. Quirks: the Status cells carry a DROP-DOWN (data validation list 'Not started, In progress, Complete') and THREE ROWS WERE LEFT BLANK (rows 7, 10, 13); the 'Year-end position (Q4)' column has its header but nothing under it yet. Judgement calls: a blank status stays '' (not guessed, not 'Not started'); the status words are plain, unfilled (rag null); the empty year-end column gives nothing; ref = No.; indicators from the metric cell ('Metric 9a' → ['9a']); lead written with a slash ('Network Chair / Chief People Officer') kept as written; the instruction line is no action and its 'April 2023' no due.", { cols: { ref: 'A', ind: 'B', action: 'C', lead: 'D', due: 'E', status: 'F', plain: true, emptyCol: 'G' }, forbidden: ['April 2023'] });
}
