// holdout33-wdes-2021-22-netherwold: follows the front matter of NHS Somerset's published 'Equality and Diversity Strategy 2012 – 2013'
// (docslib.org/doc/1230697/nhs-somerset-equality-and-diversity-strategy-2012-2013): a document-control block (Version, Name of
// Originator/Author, Sponsoring Manager, Sponsoring Director, Name of Responsible Committee/Individual, Target audience, Date published,
// Date Ratified), a 'DOCUMENT CHANGE HISTORY' table 'Version | Date | Comments', and the action plan as Appendix 1. The appendix's columns
// are ASSUMED (the excerpt names it but does not show it).
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'NHS Netherwold Clinical Commissioning Group';
  const p = new Plan(book, { name: 'holdout33-wdes-2021-22-netherwold', sheet: 'WDES Plan 2021-22', standard: 'WDES', period: '2021-22', trust, widths: [10, 34, 48, 28, 16, 34], font: { name: 'Arial', size: 10 } });
  p.line([trust], { merge: ['A', 'F'], style: { bold: true, font: { size: 13 } } });
  p.line(['WORKFORCE DISABILITY EQUALITY STANDARD ACTION PLAN 2021 – 2022'], { merge: ['A', 'F'], style: { bold: true, font: { size: 12 } } });
  p.blank();
  const dc = (l, v) => p.line([l, undefined, v], { merge: [['A', 'B'], ['C', 'F']], border: true, styles: [{ bold: true, fill: C.palegrey }] });
  dc('Version:', '2.1');
  dc('Name of Originator/Author:', 'Equality and Inclusion Officer');
  dc('Sponsoring Manager:', 'Head of Organisational Development');
  dc('Sponsoring Director:', 'Director of Corporate Affairs');
  dc('Name of Responsible Committee/Individual:', 'Remuneration and People Committee');
  dc('Target audience:', 'All staff / members of the public');
  dc('Date published:', '30 September 2021');
  dc('Date Ratified:', '22 September 2021');
  p.blank();
  p.line(['DOCUMENT CHANGE HISTORY'], { merge: ['A', 'F'], style: { bold: true } });
  const ch = [p.line(['Version', 'Date', 'Comments'], { border: true, merge: ['C', 'F'], style: { bold: true } })];
  ch.push(p.line(['2.0', '03 August 2021', 'First draft built from the 2021 WDES data and the staff survey; shared with the Disability and Carers Network'], { border: true, merge: ['C', 'F'] }));
  ch.push(p.line(['2.1', '22 September 2021', 'Final version with the network\'s amendments, ratified by the Remuneration and People Committee'], { border: true, merge: ['C', 'F'] }));
  p.blank();
  p.line(['APPENDIX 1 – WDES ACTION PLAN'], { merge: ['A', 'F'], style: { bold: true, font: { size: 12 } } });
  p.header(['Metric', 'Objective', 'Action', 'Lead', 'Completion date', 'Outcome measure'], { style: { fill: C.lilac } });
  const acts = [
    ['1', 'Know our workforce', 'Ask every member of staff to check their disability status in ESR self-service, with a short guide on why the CCG asks.', 'Workforce Information Manager', D(2021, 12, 31), 'Unknown status below 10%.'],
    ['2', 'Fair recruitment', 'Sign up to Disability Confident Leader and apply the offer of an interview to every Disabled applicant who meets the essential criteria.', 'Head of Organisational Development', D(2022, 3, 31), 'Leader status achieved; appointment ratio at parity.'],
    ['3', 'Fair treatment', 'Record whether adjustments were considered at each stage of any formal capability case.', 'HR Business Partner', 'Ongoing', 'Every case file shows the adjustments considered.'],
    ['5', 'Career progression', 'Open the CCG\'s coaching offer to Disabled staff first, with the network promoting it.', 'Head of Organisational Development', D(2022, 1, 31), 'Six Disabled staff take up coaching.'],
    ['6', 'Wellbeing', 'Remind line managers in the monthly managers\' briefing that staff must not feel pressed to work when unwell, including when working from home.', 'Director of Corporate Affairs', D(2021, 11, 30), 'Fall in the 2021 survey result for Disabled staff.'],
    ['8', 'Workplace adjustments', 'Set up a central budget for home-working equipment and adjustments, approved within 20 working days.', 'Chief Finance Officer', D(2022, 3, 31), 'Adjustments in place within 20 days for 90% of requests.'],
    ['10', 'Leadership', 'Invite governing body members to record a disability status and report the result in the next WDES return.', 'Head of Corporate Governance', D(2022, 3, 31), 'Status recorded for every governing body member.'],
  ];
  for (const [m, obj, a, lead, due, out] of acts) {
    const dueTxt = typeof due === 'string' ? due : shown(due, 'd mmmm yyyy');
    p.action([m, obj, a, lead, due, out], { indicators: [m], action: a, lead, due: dueTxt, outcome: out }, { styles: [{ alignment: { horizontal: 'center', vertical: 'top' } }, {}, {}, {}, { numFmt: 'd mmmm yyyy' }] });
  }
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional CCG) laid out like the front matter of a real CCG-era equality strategy (NHS Somerset's 'Equality and Diversity Strategy 2012 – 2013'): the CCG, the title, a DOCUMENT-CONTROL block of label | value rows ('Version:', 'Name of Originator/Author:', 'Sponsoring Manager:', 'Sponsoring Director:', 'Name of Responsible Committee/Individual:', 'Target audience:', 'Date published:', 'Date Ratified:'), a 'DOCUMENT CHANGE HISTORY' table with its own column labels 'Version | Date | Comments' and two version rows, then 'APPENDIX 1 – WDES ACTION PLAN' and the plan 'Metric | Objective | Action | Lead | Completion date | Outcome measure' (row 19). Completion dates are real dates shown '31 December 2021' (one 'Ongoing'). Metrics 4 and 9 have no action. Judgement calls: the document-control rows and the change history are context – the Sponsoring Director, Sponsoring Manager and Author are never an action's lead (lead = the Lead column; the Director of Corporate Affairs leads action 6 because the row says so); the publication, ratification and version dates are not dues; the change-history rows are not actions although they have dates and comments, and their label row is not a header of the plan (headerRows lists only the action table's header); indicators from the Metric column; due = Completion date as displayed ('Ongoing' kept); outcome = Outcome measure; the Objective is a per-row label, so theme null; no status.", { dataRows: ch, forbidden: ['Equality and Inclusion Officer', 'Remuneration and People Committee', '30 September 2021', '22 September 2021', '03 August 2021'] });
}
