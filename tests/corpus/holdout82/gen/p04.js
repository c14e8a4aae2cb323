// holdout82-wres-2020-21-fallowgate: a SQL Server query result copied from SSMS 'with headers' and pasted into a new workbook:
// every value text, NULL for empty, ISO datetime strings with milliseconds, no formatting, and SSMS's '(11 rows affected)' and
// 'Completion time' lines pasted under the grid.
import { Book, Plan } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Fallowgate Teaching Hospitals NHS Trust';
  const p = new Plan(book, { name: 'holdout82-wres-2020-21-fallowgate', sheet: 'Sheet1', standard: 'WRES', period: '2020-21', trust, widths: [], font: { name: 'Calibri', size: 11 } });
  p.header(['ActionID', 'OrgCode', 'OrgName', 'StandardCode', 'PlanYear', 'IndicatorNo', 'ActionText', 'OwnerName', 'OwnerEmail', 'TargetDate', 'StatusDesc', 'LastUpdated', 'UpdateNote'], { border: false, style: { bold: false } });
  const N = 'NULL';
  const rows = [
    ['2041', '1', 'Refresh the WRES data pack for each care group and present it at the care group performance reviews every quarter.', 'Caroline Westby', 'c.westby@fallowgate.nhs.uk', '2020-12-31 00:00:00.000', 'Complete', '2021-01-08 14:32:10.000', 'Pack presented at all four Q3 reviews.'],
    ['2042', '2', 'Add an independent inclusion assessor to interview panels for all posts at Band 8a and above.', 'Marcus Adu-Boateng', 'm.aduboateng@fallowgate.nhs.uk', '2021-03-31 00:00:00.000', 'On track', '2021-01-11 09:05:44.000', '31 assessors trained; used on 18 of 22 panels since October.'],
    ['2043', '2', 'Publish shortlisting-to-appointment ratios by ethnicity for each staff group twice a year.', N, 'workforce.info@fallowgate.nhs.uk', '2021-01-31 00:00:00.000', 'Delayed', '2021-01-11 09:07:02.000', 'TRAC reports rebuilt after system upgrade; first publication moved.'],
    ['2044', '3', 'Apply the Just Culture checklist before any formal disciplinary process is started for any member of staff.', 'Helen Dorrington', 'h.dorrington@fallowgate.nhs.uk', '2020-10-30 00:00:00.000', 'Complete', '2020-11-02 16:20:51.000', N],
    ['2045', '4', 'Monitor access to CPD funding and non-mandatory training by ethnicity through the new learning system.', 'Femi Akinola', 'f.akinola@fallowgate.nhs.uk', N, 'Not started', '2020-09-14 11:47:29.000', 'Awaiting learning system go-live (date not set).'],
    ['2046', '5,6', 'Give staff in ED and acute medicine a short debrief after every episode of racist abuse from a patient or relative, recorded on Datix.', 'Ruth Kennaway', 'r.kennaway@fallowgate.nhs.uk', '2021-02-26 00:00:00.000', 'On track', '2021-01-06 10:12:37.000', 'Debrief guide agreed with the ED matrons.'],
    ['2047', '6', 'Double the number of Freedom to Speak Up champions from BAME backgrounds.', 'Anil Varghese', 'ftsu@fallowgate.nhs.uk', '2021-03-31 00:00:00.000', 'On track', '2020-12-17 13:58:03.000', '12 of 20 recruited.'],
    ['2048', '7', 'Run two cohorts of the Stepping Forward career development programme for BAME staff at Bands 5 to 7.', 'Femi Akinola', 'f.akinola@fallowgate.nhs.uk', '2021-03-31 00:00:00.000', 'Delayed', '2021-01-11 09:15:26.000', 'Cohort 2 moved online because of COVID-19.'],
    ['2049', '8', 'Ask the BAME staff network to test the new grievance and dignity at work policy before it goes to JNCC.', 'Helen Dorrington', N, '2020-11-30 00:00:00.000', 'Complete', '2020-12-01 08:44:19.000', 'Network comments built into the final draft.'],
    ['2050', '9', 'Set out the board diversity ambition in the 2021 Council of Governors nominations paper.', N, N, '2021-03-31 00:00:00.000', 'Not started', '2020-09-14 11:52:40.000', N],
    ['2051', N, 'Report progress on the whole WRES plan to the People Committee each quarter.', 'Caroline Westby', 'c.westby@fallowgate.nhs.uk', 'Quarterly', 'On track', '2021-01-08 14:35:55.000', N],
  ];
  const nz = (v) => (v === N ? '' : v);
  for (const [id, ind, act, nm, em, due, st, lu, note] of rows) {
    p.action([id, 'RTF', trust, 'WRES', '2020/21', ind, act, nm, em, due, st, lu, note], { ref: id, indicators: ind === N ? [] : ind.split(','), action: act, lead: nm !== N ? nm : nz(em), due: nz(due), status: st, progress: nz(note) }, { border: false });
  }
  p.blank();
  p.line(['(11 rows affected)']);
  p.blank();
  p.line(['Completion time: 2021-01-12T10:03:41.5528313+00:00']);
  p.ws.eachRow((row) => row.eachCell((c) => { c.alignment = undefined; }));
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional teaching hospitals trust). The WRES actions held in the trust's workforce database, copied from an SSMS query result 'with headers' and pasted into 'Sheet1' of a new workbook: no title, no formatting, default widths, EVERY VALUE TEXT (numbers and dates as strings), 'NULL' wherever the database holds nothing. Row 1 is the column-name header 'ActionID | OrgCode | OrgName | StandardCode | PlanYear | IndicatorNo | ActionText | OwnerName | OwnerEmail | TargetDate | StatusDesc | LastUpdated | UpdateNote'; eleven action rows; then, after blank rows, SSMS's '(11 rows affected)' and 'Completion time: …' messages, pasted with the grid. Judgement calls: NULL means empty – no field is ever 'NULL'; ref = ActionID; lead = OwnerName, and where that is NULL the OwnerEmail (row 4, a shared mailbox kept as written; row 10 has a name and a NULL email – the name), '' on row 11 where both are NULL; due = TargetDate as written ('2020-12-31 00:00:00.000', ISO timestamps kept as written), 'Quarterly' kept, NULL → ''; LastUpdated is never the due; indicators from IndicatorNo ('5,6' → ['5','6']; NULL on row 12 → [] – the action covers the whole plan); status = StatusDesc as written, no colour so rag null; progress = UpdateNote, NULL → ''. OrgCode, OrgName, StandardCode and PlanYear repeat on every row and give no field; the rows-affected and completion-time lines are not actions. Theme null.", { nullText: true, notFrom: ['B', 'D', 'E', 'L'], forbidden: ['2021-01-12T10:03:41.5528313+00:00', 'NULL'] });
}
