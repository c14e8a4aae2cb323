// holdout91-wres-2020-21-wintersett: acute trust in the Covid year; a colleague (SK) inserted a 'Covid impact?' column half-way and
// added a 'Comments (SK)' column at the right for her queries; one status is just '?'. Status words on fills from a drop-down.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Wintersett Teaching Hospitals NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout91-wres-2020-21-wintersett', sheet: 'WRES 2020-21', standard: 'WRES', period: '2020-21', trust, widths: [7, 9, 48, 26, 12, 16, 12, 40, 34], font: { name: 'Arial', size: 9 } });
  p.line([`${trust} – WRES Action Plan 2020/21`], { merge: ['A', 'H'], style: { bold: true, font: { size: 12 } } });
  p.line(['Working copy – EDI team. Updated for Q2 (September 2020).'], { merge: ['A', 'H'], style: { italic: true } });
  p.blank();
  const hr = p.header(['ID', 'WRES', 'Action', 'Lead', 'Target', 'Covid impact? (SK)', 'Status', 'Progress Q2 (Sept 20)', 'Comments (SK)'], { style: { fill: C.nhs, color: C.white } });
  for (const col of ['F', 'I']) { const c = p.ws.getCell(`${col}${hr}`); c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: C.yellow } }; c.font = { name: 'Calibri', size: 11, bold: true, color: { argb: C.black } }; }
  p.ws.views = [{ state: 'frozen', ySplit: hr, xSplit: 3 }];
  const F = { Complete: C.green, 'On track': C.lightgreen, 'At risk': C.amber, 'Off track': C.red };
  const RAG = { Complete: 'green', 'On track': 'green', 'At risk': 'amber', 'Off track': 'red' };
  const rows = [
    ['W1', 'WRES 1', 'Publish a dashboard of BME staff by band and clinical group on the intranet, refreshed every quarter.', 'Head of Workforce Intelligence', D(2020, 9, 30), 'No', 'Complete', 'Live on the intranet from 14 September.', ''],
    ['W2', 'WRES 2', 'Put a trained inclusion ambassador on every interview panel for Band 8a and above, including video interviews.', 'Head of Resourcing', D(2020, 12, 31), 'Yes – moved online', 'On track', '22 ambassadors trained; panels now on Teams.', 'is this still right? ambassadors were paused in April'],
    ['W3', 'WRES 3', 'Have a senior HR colleague check every case before a BME member of staff is suspended or moved to formal investigation.', 'Deputy Director of People', D(2020, 10, 31), 'No', 'Complete', 'Pre-formal check in place; 7 cases checked, 3 resolved informally.', ''],
    ['W4', 'WRES 4', 'Ring-fence places on the Aspiring Leaders course for BME staff at Bands 6–7.', 'Head of Leadership & OD', D(2021, 3, 31), 'Yes – paused', 'Off track', 'Course paused until face-to-face teaching returns.', ''],
    ['W5', 'WRES 5', 'Report racist abuse from patients on Datix with its own category and give managers a letter to send to the patient.', 'Head of Security & Violence Reduction', D(2020, 11, 30), 'No', 'At risk', 'Datix category added; template letter with Legal.', 'NB check with Sarah – did Legal sign this off?'],
    ['W6', 'WRES 6', 'Set up a staff support line for BME colleagues during Covid, run with the Staff Psychology service.', 'Head of Staff Wellbeing', D(2020, 6, 30), 'Yes – new', 'Complete', 'Running since May; 140 calls.', ''],
    ['W7', 'WRES 6, 7', 'Complete a Covid risk assessment for every BME member of staff and record it in ESR.', 'Chief Nurse', D(2020, 7, 31), 'Yes – new', '?', '96% recorded (Aug). Bank staff still to do.', 'status? – ask CN office'],
    ['W8', 'WRES 7', 'Start a reverse mentoring scheme between BME staff and the executive team.', 'Director of People', D(2021, 1, 31), 'Yes – delayed', 'At risk', 'Matching done; first meetings delayed.', ''],
    ['W9', 'WRES 9', 'Ask the Nominations Committee to use a search firm that gives a diverse long list for the next two NED posts.', 'Company Secretary', D(2021, 3, 31), 'No', 'On track', 'Brief agreed with the firm.', ''],
  ];
  const dv = { type: 'list', allowBlank: true, formulae: ['"Complete,On track,At risk,Off track"'] };
  for (const [id, ind, a, lead, due, cov, st, prog, com] of rows) {
    const r = p.action([id, ind, a, lead, due, cov, st, prog, com], { ref: id, indicators: ind.replace('WRES ', '').split(', '), action: a, lead, due: shown(due, 'dd-mmm-yy'), status: st, rag: RAG[st] ?? null, progress: prog },
      { styles: [{}, {}, {}, {}, { numFmt: 'dd-mmm-yy' }, { font: { name: 'Calibri', size: 11 } }, F[st] ? { fill: F[st] } : {}, {}, { font: { name: 'Calibri', size: 11 }, color: C.blue }] });
    p.ws.getCell(`G${r}`).dataValidation = dv;
  }
  p.blank();
  p.line(['Colours: Complete dark green, On track light green, At risk amber, Off track red.  Next update to People Committee: 17 December 2020.'], { merge: ['A', 'H'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute teaching trust) in the Covid year, found as the EDI team's 'working copy … updated for Q2'. Arial 9: a title naming the trust and plan, an italic working-copy line, a blank row, an NHS-blue header 'ID | WRES | Action | Lead | Target | Covid impact? (SK) | Status | Progress Q2 (Sept 20) | Comments (SK)' (row 4, frozen at D5). Two columns were ADDED HALF-WAY BY A COLLEAGUE (SK), both with yellow Calibri headers: F 'Covid impact? (SK)' inserted between Target and Status ('No', 'Yes – paused', 'Yes – new' …) and I 'Comments (SK)' at the right, holding her queries in blue ('is this still right? …', 'NB check with Sarah – …', 'status? – ask CN office'). Targets are real dates shown dd-mmm-yy. Status is a drop-down word on a fill; W7's status is just '?' (unfilled). Judgement calls: neither SK column gives a field – 'Covid impact?' is a tag, not the status ('Yes – paused' is not a status), and her comments are queries, not progress; status = the Status word, rag from its fill by the key line (Complete and On track green, At risk amber, Off track red); W7's '?' is kept as its status with rag null (no fill); progress = Progress Q2; indicators from 'WRES n' ('WRES 6, 7' → both); ref = ID; theme null; the committee date in the closing line is no due.", { mode: 'fill', ragCol: 7, notFrom: ['F', 'I'], draft: ['is this still right', 'NB check with Sarah', 'ask CN office'], forbidden: ['17 December 2020'] });
}
