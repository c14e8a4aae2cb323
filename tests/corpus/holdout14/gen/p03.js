// holdout14-wres-2017-18-linfield: ORDINARY TRACKER kept as an EXCEL TABLE (ListObject, banded TableStyleMedium2, filter
// buttons) under a title and an owner line; dd/mm/yyyy due dates; a 'Comments' column that holds REVISED DATES; status
// words filled; the key is on a second sheet 'Key & notes'.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout14-wres-2017-18-linfield', sheet: 'WRES tracker', standard: 'WRES', period: '2017-18', trust: 'Linfield Hospitals NHS Foundation Trust', widths: [11, 13, 62, 26, 13, 13, 44], font: { name: 'Calibri', size: 11 } });
  p.ws.views = [{ state: 'frozen', ySplit: 4 }];
  p.line(['Linfield Hospitals NHS Foundation Trust – WRES action tracker 2017/18'], { merge: ['A', 'G'], style: { bold: true, font: { size: 14 }, color: C.navy } });
  p.line(['Owner: Head of Equality and Inclusion      Last updated: 09/01/2018      Status key: see the "Key & notes" tab'], { merge: ['A', 'G'], style: { italic: true } });
  p.blank();
  const cols = ['Action ID', 'Indicator', 'Action', 'Owner', 'Due date', 'Status', 'Comments'];
  p.header(cols, { border: false });
  const S = { Complete: [C.green, 'green'], 'On track': [C.lightgreen, 'green'], Delayed: [C.amber, 'amber'], 'Not started': [C.red, 'red'] };
  const data = [
    ['LHT-W01', 'WRES 1', ['1'], 'Set up a quarterly report of BME representation by band and division for divisional boards.', 'Workforce Information Manager', D(2017, 9, 30), 'Complete', 'First report to divisional boards October 2017.'],
    ['LHT-W02', 'WRES 1', ['1'], 'Launch a BME aspiring leaders programme for staff at Bands 5–7 (cohort of 20).', 'Head of Leadership and OD', D(2018, 3, 31), 'On track', 'Cohort 1 recruited: 22 places filled.'],
    ['LHT-W03', 'WRES 2', ['2'], 'Require a diverse interview panel for all posts at Band 7 and above and record panel make-up on TRAC.', 'Head of Resourcing', D(2017, 12, 31), 'Delayed', 'TRAC field not yet built. Revised date 30/06/2018 agreed at WEG.'],
    ['LHT-W04', 'WRES 2', ['2'], 'Review the wording of job adverts and person specifications with the BME Network.', 'Head of Resourcing', D(2018, 1, 31), 'Complete'],
    ['LHT-W05', 'WRES 3', ['3'], 'Introduce a pre-formal-action checklist signed off by a senior HR adviser before any disciplinary investigation starts.', 'Employee Relations Lead', D(2017, 10, 31), 'Complete', 'In use since 1 November 2017.'],
    ['LHT-W06', 'WRES 4', ['4'], 'Monitor access to non-mandatory training and CPD funding by ethnicity each quarter.', 'Head of Education', D(2018, 3, 31), 'Not started', 'Depends on the new learning system; revised date 31/07/2018.'],
    ['LHT-W07', 'WRES 5 & 6', ['5', '6'], 'Run a zero-tolerance campaign on abuse of staff by patients and the public, with posters in all patient areas.', 'Head of Security and Violence Reduction', D(2017, 11, 30), 'On track'],
    ['LHT-W08', 'WRES 6', ['6'], 'Train 30 dignity at work advisers, at least a third of them from BME backgrounds.', 'Employee Relations Lead', D(2018, 2, 28), 'Delayed', 'Only 17 trained so far; further course booked for 14/05/2018.'],
    ['LHT-W09', 'WRES 7', ['7'], 'Add a question on fair career progression to the quarterly staff Pulse survey and report results by ethnicity.', 'Staff Engagement Lead', D(2017, 12, 31), 'Complete'],
    ['LHT-W10', 'WRES 8', ['8'], 'Hold "Let\'s talk about race" sessions in each division, facilitated by the BME Network.', 'BME Network Chair', D(2018, 3, 31), 'On track', 'Four of six divisions done.'],
    ['LHT-W11', 'WRES 9', ['9'], 'Use diverse shortlisting panels and targeted advertising for the two non-executive vacancies.', 'Trust Secretary', D(2018, 3, 31), 'Not started'],
    ['LHT-W12', 'WRES 1-9', ['1', '2', '3', '4', '5', '6', '7', '8', '9'], 'Report progress on this tracker to the Workforce and Education Group (WEG) every quarter.', 'Head of Equality and Inclusion', D(2018, 3, 31), 'On track'],
  ];
  const rows = [];
  for (const [ref, ind, inds, action, lead, due, st, comment = ''] of data) {
    const vals = [ref, ind, action, lead, due, st, comment || null];
    rows.push(vals);
    p.action(vals, { ref, indicators: inds, action, lead, due: shown(due, 'dd/mm/yyyy'), status: st, rag: S[st][1], progress: comment }, { border: false, styles: [{}, {}, {}, {}, { numFmt: 'dd/mm/yyyy' }, { fill: S[st][0] }] });
  }
  p.ws.addTable({ name: 'WRES_Tracker', ref: 'A4', headerRow: true, totalsRow: false, style: { theme: 'TableStyleMedium2', showRowStripes: true }, columns: cols.map((name) => ({ name, filterButton: true })), rows });
  // a second sheet with the key and notes
  const k = book.wb.addWorksheet('Key & notes');
  k.getColumn(1).width = 16; k.getColumn(2).width = 70;
  k.getCell('A1').value = 'Linfield Hospitals NHS Foundation Trust'; k.getCell('A1').font = { name: 'Calibri', size: 11, bold: true };
  k.getCell('A3').value = 'Status'; k.getCell('B3').value = 'Meaning'; k.getCell('A3').font = k.getCell('B3').font = { name: 'Calibri', size: 11, bold: true };
  [['Complete', C.green, 'Action delivered'], ['On track', C.lightgreen, 'Under way and expected by the due date'], ['Delayed', C.amber, 'Will miss the due date; revised date in Comments'], ['Not started', C.red, 'Not yet begun']].forEach(([w, f, m], i) => {
    const c = k.getCell(`A${4 + i}`); c.value = w; c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: f } }; k.getCell(`B${4 + i}`).value = m;
  });
  k.getCell('A9').value = 'Notes'; k.getCell('A9').font = { name: 'Calibri', size: 11, bold: true };
  k.getCell('A10').value = 'WEG = Workforce and Education Group. The due date column keeps the date agreed when the action was set; agreed changes are recorded in Comments.';
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY EDI-TEAM TRACKER KEPT AS AN EXCEL TABLE: row 1 navy title naming the trust, row 2 an italic 'Owner: … Last updated: 09/01/2018 … Status key: see the \"Key & notes\" tab' line, blank row 3, then a real Excel TABLE (ListObject 'WRES_Tracker', TableStyleMedium2 banding, filter buttons) whose header row 4 is 'Action ID | Indicator | Action | Owner | Due date | Status | Comments' (no cell fills on the header – the colour comes from the table style), frozen under it. Refs 'LHT-W01'…; indicators 'WRES 1', 'WRES 5 & 6', 'WRES 1-9' (= all nine). Due date is a real date shown dd/mm/yyyy. Status words are filled on top of the banding: Complete green, On track light green (both rag green), Delayed amber, Not started red; the key is only on the second sheet 'Key & notes' (a small Status | Meaning table). Judgement calls: three COMMENTS HOLD REVISED DATES ('Revised date 30/06/2018 agreed at WEG', 'revised date 31/07/2018', a course date) – gold due stays the Due date column (the notes sheet says the due column keeps the agreed date and changes are recorded in Comments), and the comment is gold progress; Owner is the lead. Theme null.", { ragCol: 'F', mode: 'fill' });
}
