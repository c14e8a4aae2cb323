// holdout35-wdes-2022-23-tibberton: follows an acute teaching trust's WDES annual report page built on the national WDES reporting
// template's QUESTIONS (The Newcastle upon Tyne Hospitals NHS FT, https://newcastle-hospitals.nhs.uk/?p=29583, 2022): 'Question 1' …
// 'Question 4' (who compiled the report, the Board lead, the commissioners it goes to, the web page and the Board meeting 'Trust Board –
// September 2022'), the line 'For the following questions text marked in bold indicates the Trusts has or undertakes the activity', then
// 'Question 5' (programmes focused on disability equality) answered 'Yes (highlighted)' with a list whose BOLD items are the ones the
// trust takes part in, and an 'Other – please specify' paragraph. The action plan table after the questions (columns) is ASSUMED.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'The Tibberton Hospitals NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout35-wdes-2022-23-tibberton', sheet: 'WDES 2022', standard: 'WDES', period: '2022-23', trust, widths: [12, 58, 30, 16, 40], font: { name: 'Arial', size: 10 } });
  const full = (t, o = {}) => p.line([t], { merge: ['A', 'E'], ...o });
  full(trust, { style: { bold: true } });
  full('Workforce Disability Equality Standard (WDES) – Annual Report 2022', { style: { bold: true, font: { size: 13 } } });
  const q = (n, text, answers) => {
    full(`Question ${n}`, { style: { bold: true } });
    full(text, { style: { italic: true }, height: 28 });
    for (const a of answers) full(`- ${a}`);
  };
  q(1, 'Name and contact details of the lead(s) compiling this report (name & email)', ['Marisa Coyle – marisa.coyle@nhs.net']);
  q(2, 'Name and contact details of the Board lead for the Workforce Disability Equality Standard (name, job title and email)', ['Graham Ettrick, Director of People']);
  q(3, 'Name of commissioner, name of commissioning body and email address that the WDES Annual report (containing the WDES metrics report and action plan) will be sent to', ['Co-ordinating commissioner – NHS England, Tibberton and Wearside CCG', 'Eastholme CCG, Northfell Moors CCG, Tees Coast CCG']);
  q(4, 'Unique URL link or existing web page on which the WDES Annual report will be published. Date of Board meeting at which the WDES Annual report will be ratified', ['www.tibberton-hospitals.nhs.uk/wdes', 'Trust Board – September 2022']);
  full('For the following questions text marked in bold indicates the Trust has or undertakes the activity', { style: { italic: true, color: 'FF595959' } });
  full('Question 5', { style: { bold: true } });
  full('Does your organisation participate in any programmes or initiatives that are focused on disability equality and inclusion?', { style: { italic: true }, height: 28 });
  full('Yes (highlighted)');
  const items = [['Project SEARCH', true], ['Disability Confident Scheme', true], ['NHS Learning Disability Employment Programme (LDEP) pledge', false], ['NHS Employers Equality and Inclusion Partners Programme', true], ['Disability Equality Staff Network Group', true], ['Equality and Diversity Conferences', false], ['Other – please specify', true]];
  const listRows = items.map(([t, b]) => full(`- ${t}`, { style: b ? { bold: true } : {} }));
  full('Step Forward is a supported internship for young people with learning disabilities or autism: interns spend a year on placements in the hospitals, with a job coach, to build the skills employers look for.', { height: 30 });
  p.blank();
  full('WDES Action Plan 2022-23', { style: { bold: true, font: { size: 12 } } });
  const hr = p.header(['Metric', 'What we will do', 'Lead', 'By when', 'How we will measure success'], { style: { fill: C.nhs, color: C.white } });
  const acts = [
    ['1', 'Ask every member of staff to check their disability status on ESR through Employee Self Service, with a message from the Chief Executive on why it matters.', 'Head of Workforce Information', 'December 2022', 'Declaration rate on ESR above 5%'],
    ['2', 'Extend Step Forward to a second cohort and offer every intern who completes it a guaranteed interview for a Band 2 post.', 'Head of Resourcing', 'September 2023', 'Eight interns; half in paid posts within six months'],
    ['3', 'Review each capability case with the disability network lead present to check that adjustments were tried first.', 'Head of Employee Relations', 'March 2023', 'No formal case without a recorded adjustments discussion'],
    ['4a', 'Add a module on disability-related harassment to the civility training for ward and department managers.', 'Head of Organisational Development', 'January 2023', 'Module live; 300 managers trained'],
    ['4b', 'Promote the incident reporting route for harassment and publish a quarterly summary of what was reported and done.', 'Freedom to Speak Up Guardian', 'Quarterly', 'Disabled staff reporting their last incident up by 5 points'],
    ['8', 'Set up a central reasonable adjustments fund so that equipment is not held up by departmental budgets.', 'Director of People', 'April 2023', 'Average wait for equipment under four weeks'],
    ['9a', 'Hold a listening event with the Disability Equality Staff Network Group on the staff survey results and agree three priorities with them.', 'Equality, Diversity and Inclusion Lead', 'February 2023', 'Engagement score gap narrowed'],
  ];
  for (const [m, a, lead, due, out] of acts) p.action([m, a, lead, due, out], { indicators: [m], action: a, lead, due, outcome: out });
  full('The action plan is monitored by the People Committee twice a year.', { style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold(`Original plan (fictional trust, an acute teaching foundation trust) following a real trust's published WDES annual report page built on the national reporting template's QUESTIONS: the trust and title, then 'Question 1' … 'Question 4' each with its italic question and '- ' answers (the report compiler, the Board lead 'Graham Ettrick, Director of People', the commissioners, the web address and 'Trust Board – September 2022'), the note 'text marked in bold indicates the Trust has or undertakes the activity', 'Question 5' answered 'Yes (highlighted)' with a '- ' list of seven programmes of which FIVE ARE BOLD (taken part in) and two are not, and a paragraph on the trust's own internship; then 'WDES Action Plan 2022-23' and the action table 'Metric | What we will do | Lead | By when | How we will measure success' (row ${hr}) and a monitoring line. Judgement calls: none of the question rows is an action – the Board lead is not a lead, the Board month is not a due, the numbered questions are not metrics, the bold programmes are things the trust already does (not actions, whatever their weight); the actions are the seven rows under the table header; ref '' (the Metric column is the indicator, not a ref); indicators from the Metric column ('4a', '4b', '9a' are 2021+ WDES codes, kept); lead and due as written ('Quarterly' kept); outcome = 'How we will measure success'; no status, rag null; theme null.`, { dataRows: listRows, boldItems: { rows: listRows, bold: items.filter((x) => x[1]).length }, forbidden: ['Graham Ettrick, Director of People', 'Trust Board – September 2022', 'September 2022', 'Yes (highlighted)', 'Marisa Coyle – marisa.coyle@nhs.net'] });
}
