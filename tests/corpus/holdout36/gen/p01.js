// holdout36-wres-2022-23-thornwick: an acute trust's ROLLING WRES plan kept on one sheet since 2020-21. Each year the HR business partner
// adds a year band and the new actions underneath; earlier years' rows are left in place, turned grey, with their year-end status
// ('Closed', 'C/F to 2021-22'); carried-forward actions are re-entered in the current band with a 'CF' ref.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Thornwick and Esk Valley Hospitals NHS Trust';
  const p = new Plan(book, { name: 'holdout36-wres-2022-23-thornwick', sheet: 'WRES rolling plan', standard: 'WRES', period: '2022-23', trust, widths: [9, 10, 58, 26, 13, 16, 44], font: { name: 'Calibri', size: 11 } });
  const F = { name: 'Calibri', size: 11 };
  p.ws.views = [{ state: 'frozen', ySplit: 5 }];
  p.line([`${trust}`], { style: { bold: true, font: { size: 14 } } });
  p.line(['Workforce Race Equality Standard – rolling action plan (2020-21 onwards)'], { style: { bold: true, font: { size: 12 } } });
  p.line(['Last updated 03/03/2023 for the 2022-23 year-end report to the People and Culture Committee. Rows from earlier years are kept for the record in grey: Closed = finished or stopped; C/F = carried forward and re-entered in the current year band with a CF reference.'], { merge: ['A', 'G'], height: 44, style: { italic: true } });
  p.blank();
  p.header(['Ref', 'WRES indicator', 'Action', 'Lead', 'Due', 'Status', 'Year-end note'], { style: { fill: C.nhs, color: C.white } });
  const grey = { color: 'FF808080' };
  const band = (t, fill) => p.line([t, '', '', '', '', '', ''], { merge: ['A', 'G'], border: true, style: { bold: true, fill } });
  const hist = (vals) => p.line(vals, { border: true, style: grey });
  const dfmt = 'mmm-yy';
  band('2020-21', C.palegrey);
  hist(['20.1', '2', 'Introduce a structured interview question bank for Band 5 and 6 nursing posts.', 'Head of Resourcing', 'Dec-20', 'Closed', 'Question bank in use on TRAC since November.']);
  hist(['20.2', '6', 'Run bystander sessions on two surgical wards with the highest harassment scores.', 'Deputy Chief Nurse', 'Mar-21', 'C/F to 2021-22', 'Paused during the second COVID wave; one ward done.']);
  hist(['20.3', '1', 'Clean the ethnicity field on ESR so that unknown records fall below 5%.', 'Workforce Information Manager', 'Mar-21', 'Closed', 'Unknowns down from 11% to 4.2%.']);
  hist(['20.4', '9', 'Report the board\'s ethnic make-up against the local population in the annual report.', 'Trust Secretary', 'Jun-20', 'Closed', 'Done in the 2019-20 annual report.']);
  band('2021-22', C.palegrey);
  hist(['21.1', '6', 'Bystander sessions on the remaining surgical ward and both emergency departments (from 20.2).', 'Deputy Chief Nurse', 'Dec-21', 'Closed', 'Three areas covered; 64 staff attended.']);
  hist(['21.2', '5', 'Write a joint statement with the police liaison officer on abuse from patients and relatives.', 'Head of Security', 'Sep-21', 'Closed', 'Statement on posters in all waiting areas.']);
  hist(['21.3', '7', 'Open the Aspiring Leaders programme to Band 4–6 staff from Black, Asian and minority ethnic backgrounds.', 'Head of Leadership and OD', 'Mar-22', 'C/F to 2022-23', 'First cohort of 12 started in February; evaluation not yet done.']);
  hist(['21.4', '3', 'Review every disciplinary case opened in 2020-21 for consistency of outcome by ethnicity.', 'Employee Relations Lead', 'Mar-22', 'C/F to 2022-23', 'Review half complete at year end.']);
  band('2022-23 (current year)', C.paleblue);
  const RAG = { 'On track': C.green, 'At risk': C.amber, 'Off track': C.red, Complete: C.blue, 'Not started': null };
  const acts = [
    ['CF 21.3', '7', 'Evaluate the first Aspiring Leaders cohort and run a second cohort open to all sites.', 'Head of Leadership and OD', D(2023, 3, 31), 'On track', 'Evaluation written up; second cohort of 15 selected.'],
    ['CF 21.4', '3', 'Complete the consistency review of 2020-21 disciplinary cases and report findings to the committee.', 'Employee Relations Lead', D(2022, 9, 30), 'Complete', 'Report taken in October; two process changes agreed.'],
    ['22.1', '2', 'Put a trained inclusion ambassador on every interview panel for Band 7 and above.', 'Head of Resourcing', D(2022, 12, 31), 'At risk', '41 ambassadors trained; cover gaps at the community sites.'],
    ['22.2', '4', 'Track uptake of non-mandatory training and CPD funding by ethnicity each quarter.', 'Head of Education', D(2022, 10, 31), 'Complete', 'First quarterly report in October; gap of 3 points.'],
    ['22.3', '8', 'Give line managers a short guide on responding when a colleague reports racism, co-written with the race equality network.', 'Race Equality Network Chair', D(2023, 1, 31), 'On track', 'Draft with the network for comment.'],
    ['22.4', '6', 'Add a question on racism to the quarterly pulse survey so that trends show between national surveys.', 'Staff Experience Lead', D(2022, 7, 31), 'Off track', 'Survey platform change delayed this to Q1 2023-24.'],
    ['22.5', '1', 'Set ward-level representation goals for Bands 7 and 8a in the three largest divisions.', 'Divisional HR Business Partners', D(2023, 3, 31), 'Not started', ''],
    ['22.6', '9', 'Offer two non-executive shadowing places a year to staff from ethnic minority backgrounds.', 'Trust Secretary', D(2023, 3, 31), 'On track', 'First shadowing place filled in January.'],
  ];
  for (const [ref, ind, act, lead, due, st, note] of acts) {
    p.action([ref, ind, act, lead, due, st, note], { ref, indicators: [ind], action: act, lead, due: shown(due, dfmt), status: st, rag: ({ 'On track': 'green', 'At risk': 'amber', 'Off track': 'red', Complete: 'blue' })[st] ?? null, progress: note },
      { styles: [{}, { alignment: { horizontal: 'center' } }, {}, {}, { numFmt: dfmt, alignment: { horizontal: 'left' } }, RAG[st] ? { fill: RAG[st] } : {}, {}] });
  }
  p.blank();
  p.line(['Status key (current year): On track = green; At risk = amber; Off track = red; Complete = blue; Not started = no colour.'], { merge: ['A', 'G'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, an acute trust) kept as a ROLLING plan on one sheet since 2020-21: trust line, title '… rolling action plan (2020-21 onwards)', an italic line saying the sheet was updated for the 2022-23 year end and that earlier years' rows are kept in grey (Closed / C/F = carried forward and re-entered with a CF reference), a blue header 'Ref | WRES indicator | Action | Lead | Due | Status | Year-end note' (frozen), then three YEAR BANDS merged across the sheet: '2020-21' and '2021-22' (four rows each, ALL IN GREY FONT, their Due typed as text 'Dec-20', their Status 'Closed' or 'C/F to 2021-22' / 'C/F to 2022-23'), and '2022-23 (current year)' with eight rows in black, Due as real dates shown mmm-yy, statuses on fills, and a status key line at the foot. Judgement calls: the plan is the 2022-23 plan (the current year band, the period the update names); the eight grey rows of earlier years are the record of past plans, not this year's actions – non-action rows, their 'Closed' / 'C/F' not statuses; the two carried-forward actions appear again in the current band with refs 'CF 21.3' and 'CF 21.4' and are actions there (ref as written); the year bands are not themes (theme null); status = the word, rag = its fill (On track green, At risk amber, Off track red, Complete blue, Not started no colour → rag null); progress = the year-end note (none for 22.5); due as shown (mmm-yy).", { mode: 'fill', ragCol: 6, notFrom: [], greyRows: [7, 8, 9, 10, 12, 13, 14, 15] });
}
