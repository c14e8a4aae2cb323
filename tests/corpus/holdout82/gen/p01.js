// holdout82-wres-2016-17-kettleby: a CSV dumped from the trust's HR action-log database and opened in Excel – one sheet named after the
// file, no title, no formatting, default column widths; the trust only in the org_name column; Excel turned due_date into real dates
// (dd/mm/yyyy) but left the ISO created_on / last_modified stamps as text; upper-case status codes; one owner an email.
import { Book, Plan, D } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Kettleby and District Hospitals NHS Trust';
  const p = new Plan(book, { name: 'holdout82-wres-2016-17-kettleby', sheet: 'kettleby_wres_actions_2016', standard: 'WRES', period: '2016-17', trust, widths: [], font: { name: 'Calibri', size: 11 } });
  p.header(['id', 'org_name', 'standard', 'indicator', 'action_text', 'owner', 'due_date', 'status', 'created_on', 'last_modified'], { border: false, style: { bold: false } });
  const rows = [
    ['101', 'WRES-1', 'Add ethnicity to the monthly workforce dashboard for each directorate, split by AfC band and medical grade.', 'Head of Workforce Information', D(2016, 10, 31), 'COMPLETE', '2016-07-04T09:12:44Z', '2016-11-02T16:40:19Z'],
    ['102', 'WRES-1', 'Ask every member of staff with no recorded ethnicity to update ESR self-service, by payslip message and team brief.', 'equality.lead@kettleby.nhs.uk', D(2016, 12, 31), 'IN_PROGRESS', '2016-07-04T09:15:02Z', '2016-12-08T11:03:57Z'],
    ['103', 'WRES-2', 'Remove names and dates of birth from application forms at shortlisting for Band 5 to Band 7 nursing posts (pilot in Surgery).', 'Recruitment Services Manager', D(2017, 1, 31), 'IN_PROGRESS', '2016-07-04T09:21:30Z', '2017-01-12T14:22:10Z'],
    ['104', 'WRES-2', 'Include a trained BME panel member on interview panels for Band 8a and above.', 'Deputy Director of HR', D(2017, 3, 31), 'OPEN', '2016-07-04T09:24:11Z', '2016-07-04T09:24:11Z'],
    ['105', 'WRES-3', 'Review the last two years of disciplinary cases by ethnicity with staff side and report the themes to the Workforce Committee.', 'Employee Relations Lead', D(2016, 11, 30), 'COMPLETE', '2016-07-05T10:02:48Z', '2016-12-01T08:55:31Z'],
    ['106', 'WRES-4', 'Record who is put forward for non-mandatory training and CPD funding, by ethnicity, through the learning management system.', 'Head of Learning and Development', '', 'OPEN', '2016-07-05T10:07:16Z', '2016-07-05T10:07:16Z'],
    ['107', 'WRES-5;WRES-6', 'Launch a zero tolerance poster campaign on racist abuse from patients and visitors in ED, outpatients and the maternity unit.\nLink to the violence and aggression policy.', 'Head of Security and Patient Experience', D(2016, 12, 31), 'OVERDUE', '2016-07-05T10:11:40Z', '2017-01-20T15:31:02Z'],
    ['108', 'WRES-7', 'Set up a BME staff network with an executive sponsor and an annual budget.', 'Director of Workforce', D(2016, 9, 30), 'COMPLETE', '2016-07-05T10:15:22Z', '2016-10-03T12:00:45Z'],
    ['109', 'WRES-8', 'Add a question on discrimination from managers to the quarterly staff Friends and Family Test pulse survey.', 'Staff Engagement Manager', 'ongoing', 'IN_PROGRESS', '2016-07-05T10:18:09Z', '2016-12-15T09:47:26Z'],
    ['110', 'WRES-9', 'Report the ethnicity of the board against the local population in the annual equality report.', 'Trust Secretary', D(2017, 3, 31), 'OPEN', '2016-07-05T10:20:55Z', '2016-07-05T10:20:55Z'],
  ];
  for (const [id, ind, act, own, due, st, cr, lm] of rows) {
    const r = p.action([id, trust, 'WRES', ind, act, own, due, st, cr, lm], { ref: id, indicators: ind.split(';').map((x) => x.replace('WRES-', '')), action: act, lead: own, due: due instanceof Date ? `${String(due.getUTCDate()).padStart(2, '0')}/${String(due.getUTCMonth() + 1).padStart(2, '0')}/${due.getUTCFullYear()}` : due, status: st }, { border: false });
    if (due instanceof Date) p.ws.getCell(`G${r}`).numFmt = 'dd/mm/yyyy';
  }
  // a CSV carries no formatting: clear the generator's wrap / alignment so every cell is Excel's default
  p.ws.eachRow((row) => row.eachCell((c) => { c.alignment = undefined; }));
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute trust). A CSV dumped from the trust's HR action-log database and opened in Excel: one sheet named after the file ('kettleby_wres_actions_2016'), no title, no formatting, default widths. Row 1 is the database header 'id | org_name | standard | indicator | action_text | owner | due_date | status | created_on | last_modified'; ten action rows follow. The trust is named only in the org_name column of every row (identity from there; the period from the file / sheet name and the 2016-17 dues). Excel turned due_date into real dates shown dd/mm/yyyy; the ISO created_on / last_modified stamps stayed text and are never dues. Judgement calls: ref = id; indicators from the 'WRES-n' codes ('WRES-5;WRES-6' → ['5','6']); lead = owner as written (one is an email address, kept as written); due = due_date as displayed ('31/10/2016'), 'ongoing' kept, blank on row 7 → ''; status = the upper-case code as written ('IN_PROGRESS', 'OVERDUE'), no colour so rag null; action 107's text runs over a line break inside the cell (a quoted CSV field) and is one action. org_name and standard give no field. Theme null.", { notFrom: ['I', 'J'], forbidden: [trust, 'WRES'] });
}
