// holdout61-wres-2023-24-ashcombe: acute FT keeping ONE EDI action plan; a 'Driver' column names the framework each row answers
// ('WRES 2', 'WRES 5 / WRES 6', 'WDES 4a', 'Gender pay gap', 'EDS 2022 Domain 2', 'Sexual Safety Charter – commitment 5', 'Anti-racism statement').
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Ashcombe and Wyvern Hospitals NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout61-wres-2023-24-ashcombe', sheet: 'EDI Plan 23-24', standard: 'WRES', period: '2023-24', trust, widths: [6, 24, 52, 22, 26, 11, 13, 46] });
  p.line([trust], { merge: ['A', 'H'], style: { bold: true, font: { size: 14 }, color: C.nhs } });
  p.line(['Equality, Diversity and Inclusion Action Plan 2023/24'], { merge: ['A', 'H'], style: { bold: true, font: { size: 12 } } });
  p.line(['One plan for everything we have committed to this year: the WRES and WDES, our gender pay gap, EDS 2022 and the Sexual Safety Charter. Reviewed each quarter by the People and Culture Committee.'], { merge: ['A', 'H'], height: 30, style: { italic: true } });
  p.blank();
  p.header(['No.', 'Driver', 'What we will do', 'Executive sponsor', 'Lead', 'Due', 'Status', 'Q3 update (December 2023)'], { style: { fill: C.nhs, color: C.white } });
  const F = 'mmm-yy';
  const ST = { Complete: C.blue, 'On track': C.green, 'At risk': C.amber, 'Not started': null };
  const rows = [
    ['1', 'WRES 2', 'Put a trained inclusion panel member on every interview for posts at Band 7 and above.', 'Chief People Officer', 'Head of Resourcing', D(2023, 9, 30), 'Complete', 'In place since September; 212 panels covered to date.'],
    ['2', 'WRES 5 / WRES 6', 'Launch a reporting route for racist abuse from patients and colleagues, with a named responder in each division.', 'Chief Nurse', 'Head of Staff Experience', D(2023, 12, 31), 'On track', 'Route built in Datix; divisional responders being named.'],
    ['3', 'WDES 4a', 'Add disability to the Dignity at Work investigation template so that disablist harassment is recorded as such.', 'Chief People Officer', 'Employee Relations Manager', D(2023, 11, 30), 'Complete', 'Template changed and shared with case managers.'],
    ['4', 'Gender pay gap', 'Review the Clinical Excellence Awards round with the Women in Medicine group to find why women apply less often.', 'Medical Director', 'Medical Staffing Manager', D(2024, 3, 31), 'At risk', 'Review delayed until the national award guidance is published.'],
    ['5', 'EDS 2022 Domain 2', 'Run health and wellbeing checks on night shifts at both sites, with take-up reported by staff group.', 'Chief People Officer', 'Health and Wellbeing Lead', D(2024, 1, 31), 'On track', '14 night clinics held so far.'],
    ['6', 'Sexual Safety Charter – commitment 5', 'Give every manager a one-page guide on how to respond when a colleague discloses sexual harassment.', 'Chief Nurse', 'Head of Safeguarding', D(2024, 2, 29), 'Not started', ''],
    ['7', 'Anti-racism statement', 'Agree the trust\'s anti-racism statement with the Race Equality Network and publish it on the intranet and in every job advert.', 'Chief Executive', 'EDI Manager', D(2023, 10, 31), 'Complete', 'Approved by the Board on 5 October 2023.'],
    ['8', 'WRES 9', 'Add a line on diverse candidate pools to the brief for every non-executive appointment made with the governors.', 'Trust Chair', 'Company Secretary', D(2024, 3, 31), 'On track', 'Brief rewritten; first use in the January round.'],
    ['9', 'Sexual Safety Charter – commitment 8', 'Set up a clear report-and-support pathway for staff who experience unwanted sexual behaviour, linked to Freedom to Speak Up.', 'Chief Nurse', 'Freedom to Speak Up Guardian', D(2024, 3, 31), 'At risk', 'Pathway drafted; legal review outstanding.'],
    ['10', 'WRES 3', 'Have an HR business partner check every proposed formal disciplinary against the just culture guide before it goes ahead.', 'Chief People Officer', 'Employee Relations Manager', D(2023, 12, 31), 'On track', 'Check in use in three of four divisions.'],
  ];
  const other = [];
  for (const [no, drv, act, sp, lead, due, st, upd] of rows) {
    const inds = [...drv.matchAll(/WRES (\d)/g)].map((m) => m[1]);
    const r = p.action([no, drv, act, sp, lead, due, st, upd], { ref: no, indicators: inds, action: act, lead, due: shown(due, F), status: st, rag: ST[st] ? { [C.blue]: 'blue', [C.green]: 'green', [C.amber]: 'amber' }[ST[st]] : null, progress: upd },
      { styles: [{}, {}, {}, {}, {}, { numFmt: F, alignment: { horizontal: 'center' } }, ST[st] ? { fill: ST[st], color: st === 'Complete' ? C.white : C.black } : {}] });
    if (!inds.length) other.push(r);
  }
  p.blank();
  p.line(['Status key: Complete (blue) · On track (green) · At risk (amber) · Not started (no colour)'], { merge: ['A', 'H'], style: { italic: true } });
  p.line(['Drivers: WRES = Workforce Race Equality Standard indicator; WDES = Workforce Disability Equality Standard metric; EDS 2022 = Equality Delivery System domain; Sexual Safety Charter = NHS England charter, commitment number.'], { merge: ['A', 'H'], height: 30, style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute foundation trust) kept as ONE EDI ACTION PLAN for the year: trust name, title 'Equality, Diversity and Inclusion Action Plan 2023/24', an italic scope line (WRES, WDES, gender pay gap, EDS 2022, Sexual Safety Charter), a blank row, then one NHS-blue header 'No. | Driver | What we will do | Executive sponsor | Lead | Due | Status | Q3 update (December 2023)' (row 5) and ten numbered rows; under the table a status key line and a line explaining the drivers. The DRIVER cell names the framework a row answers, with its own number: 'WRES 2', 'WRES 5 / WRES 6', 'WDES 4a', 'Gender pay gap', 'EDS 2022 Domain 2', 'Sexual Safety Charter – commitment 5', 'Anti-racism statement'. Judgement calls: this is the trust's one EDI plan and EVERY ROW IS AN ACTION OF IT – the gender pay gap, EDS, Sexual Safety Charter, anti-racism statement and WDES rows included (a careful HR person keeps the whole list); indicators only where the Driver names a WRES indicator ('WRES 5 / WRES 6' → ['5','6']); 'WDES 4a' is a WDES metric, not a WRES indicator (this is read as the WRES plan, the file's standard) → []; the charter's 'commitment 5' / 'commitment 8' and EDS 'Domain 2' are not indicators → []; ref = No.; lead = Lead, never the Executive sponsor; due = the date shown as mmm-yy; status = the word, rag = its fill per the key (Complete blue, On track green, At risk amber, Not started unfilled → rag null); progress = the Q3 update (empty on row 11); theme null (no sections – the Driver is a column, not a heading); the key and driver lines are context.", { mode: 'fill', ragCol: 'G', otherWork: other, indFrom: { col: 'B', re: 'WRES (\\d)' }, leadCol: 'E', progressCol: 'H', notFrom: ['D'] });
}
