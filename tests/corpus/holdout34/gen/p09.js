// holdout34-wres-2019-20-wrenfield: a POWER APPS / DATAVERSE view exported with 'Export to Excel' – the three HIDDEN
// '(Do Not Modify)' columns (record GUID, row checksum, modified on) in A:C, the sheet named after the view, a system 'Status'
// (Active / Inactive) beside the business 'Status Reason', lookups shown by their names, Created On / Owner system fields.
import { Book, Plan, D } from './lib.js';
export async function build() {
  const book = new Book();
  const PLAN = "Wrenfield Children's Hospital NHS Foundation Trust – WRES 2019/20";
  const p = new Plan(book, { name: 'holdout34-wres-2019-20-wrenfield', sheet: 'My Active EDI Actions', standard: 'WRES', period: '2019-20', trust: "Wrenfield Children's Hospital NHS Foundation Trust", widths: [38, 60, 20, 58, 46, 18, 22, 12, 10, 16, 48, 18, 18], font: { name: 'Segoe UI', size: 9 } });
  const ws = p.ws;
  p.header(['(Do Not Modify) EDI Action', '(Do Not Modify) Row Checksum', '(Do Not Modify) Modified On', 'Action Name', 'Plan', 'WRES Indicator', 'Action Lead', 'Due Date', 'Status', 'Status Reason', 'Progress Notes', 'Owner', 'Created On'], { border: false, style: { bold: true } });
  for (const c of [1, 2, 3]) ws.getColumn(c).hidden = true;
  const dd = { numFmt: 'dd/mm/yyyy' }; const dt = { numFmt: 'dd/mm/yyyy hh:mm' };
  const A = [
    ['Indicator 1', 'Break down the workforce profile by ethnicity for each clinical group and Agenda for Change band, not only for the trust as a whole', 'Workforce Analytics Lead', D(2019, 9, 30), 'Completed', 'Dashboard live in Qlik; shared with clinical group boards in October.', ['1']],
    ['Indicator 2', 'Pilot name-blind shortlisting for all nursing posts at Band 6 and above in the surgical clinical group', 'Recruitment Manager', D(2020, 1, 31), 'On Track', 'Running since November; 48 posts so far.', ['2']],
    ['Indicator 3', 'Introduce a pre-formal-action checklist reviewed by a second senior manager for BME staff', 'Head of Employee Relations', D(2019, 12, 20), 'Delayed', 'Checklist drafted; staff side asked for changes in January.', ['3']],
    ['Indicator 4', 'Ring-fence 10 places on the Trust\'s clinical leadership course for BME staff at Bands 5 and 6', 'Head of Education', D(2020, 3, 31), 'On Track', '', ['4']],
    ['Indicator 5', 'Add a support route for staff abused by parents and carers, with a named senior nurse on call', 'Deputy Chief Nurse', D(2020, 2, 28), 'At Risk', 'Rota for the named senior nurse not yet agreed.', ['5']],
    ['Indicator 6', 'Launch a speaking up campaign aimed at BME staff with the Freedom to Speak Up Guardian and the BAME network', 'FTSU Guardian', D(2019, 11, 29), 'Completed', 'Campaign ran in November; 19 concerns raised by BME staff.', ['6']],
    ['Indicator 7', 'Publish acting-up and secondment opportunities on the intranet for at least ten working days', 'Head of Resourcing', D(2019, 10, 31), 'Completed', 'Standard set in the recruitment policy.', ['7']],
    ['Indicator 8', 'Start a reciprocal mentoring programme between the executive team and BME staff', 'Director of Workforce & OD', D(2020, 3, 31), 'Not Started', 'Delayed to 2020/21 because of the Covid-19 response.', ['8']],
    ['Indicator 9', 'Propose a BME associate non-executive director role to the Council of Governors', 'Trust Secretary', D(2020, 3, 31), 'Delayed', 'Paper deferred to the June Council meeting.', ['9']],
  ];
  const guid = (i) => `${(0x3fa1c2e0 + i * 7919).toString(16)}-5b1d-ea11-a812-000d3a${(0x86b41c + i * 31).toString(16)}`;
  let i = 0;
  for (const [ind, act, lead, due, reason, notes, inds] of A) {
    i++;
    const d = [String(due.getUTCDate()).padStart(2, '0'), String(due.getUTCMonth() + 1).padStart(2, '0'), due.getUTCFullYear()].join('/');
    p.action([guid(i), `n5Kx${i}Qe2+Lm0aVb${9 - i}Tr0pZ1gY8wC3uH/4sEoBfJ${i}dA==`, D(2020, 3, 9 + i), act, PLAN, ind, lead, due, 'Active', reason, notes, 'Simone Achebe', D(2019, 6, 3 + i)],
      { ref: '', theme: null, indicators: inds, action: act, lead, due: d, status: reason, progress: notes }, { border: false, styles: [{}, {}, dt, {}, {}, {}, {}, dd, {}, {}, {}, {}, dt] });
  }
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  ws.autoFilter = 'A1:M1';
  p.saveGold('A Power Apps / Dataverse view exported with \'Export to Excel\' (a children\'s hospital foundation trust). Sheet named after the view (\'My Active EDI Actions\'); row 1 the field header; columns A:C are HIDDEN system columns headed \'(Do Not Modify) EDI Action\', \'(Do Not Modify) Row Checksum\', \'(Do Not Modify) Modified On\' holding a GUID, a checksum string and a date-time on every row; then \'Action Name | Plan | WRES Indicator | Action Lead | Due Date | Status | Status Reason | Progress Notes | Owner | Created On\'. Quirks of the route: the Plan lookup shows its record name \'Wrenfield Children\'s Hospital NHS Foundation Trust – WRES 2019/20\' on every row (the only place trust and year are written); Dataverse\'s system Status is \'Active\' on every row while the plan\'s own status is in Status Reason (Completed / On Track / At Risk / Delayed / Not Started); Owner is the record owner (the EDI officer who keeps the table), not the action lead; Created On is a system date-time. Judgement calls: the hidden columns give no field (the GUID is not a ref; there is no ref); lead = Action Lead, never Owner; due = Due Date as shown (dd/mm/yyyy); status = Status Reason, never the system \'Active\'; rag null (no colour or colour word); progress = Progress Notes (\'\' where empty); indicators from \'Indicator N\'; no theme.', { exact: { lead: 'G', due: 'H', status: 'J', progress: 'K', action: 'D' }, notFrom: ['A', 'B', 'C', 'I', 'L', 'M'], forbidden: ['Active', 'Simone Achebe'] });
  await book.save('holdout34-wres-2019-20-wrenfield.xlsx');
}
