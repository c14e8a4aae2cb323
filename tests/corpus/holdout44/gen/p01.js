// holdout44-wres-2024-25-kestrelford: an acute trust's WRES tracker kept as an Excel TABLE (ListObject, banded, filter buttons, TOTAL ROW),
// Status and Days overdue worked out by formulas from % complete and the Due date against a named 'AsAt' cell, status coloured only by
// conditional formatting, Lead from a drop-down fed by a named range on a 'Lists' sheet, frozen header, printed title row.
import { Book, Plan, C, D, shown, makeTable, cfWords, listDV, days } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Kestrelford Hospitals NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout44-wres-2024-25-kestrelford', sheet: 'WRES tracker', standard: 'WRES', period: '2024-25', trust, widths: [9, 11, 56, 30, 12, 12, 11, 13, 10, 46], font: { name: 'Calibri', size: 11 } });
  const ws = p.ws; const asAt = D(2024, 9, 30); const F = 'dd/mm/yyyy';
  p.line([trust], { merge: ['A', 'J'], style: { bold: true, font: { size: 14, color: { argb: C.nhs } } } });
  p.line(['Workforce Race Equality Standard (WRES) action tracker 2024-25'], { merge: ['A', 'J'], style: { bold: true, font: { size: 12 } } });
  p.line(['Position as at:', '', asAt], { styles: [{ bold: true }, {}, { numFmt: F, bold: true, alignment: { horizontal: 'left' } }] });
  book.wb.definedNames.add("'WRES tracker'!$C$3", 'AsAt');
  p.blank();
  const H = ['Ref', 'WRES indicator', 'Action', 'Lead', 'Start', 'Due date', '% complete', 'Status', 'Days overdue', 'Evidence / update'];
  const hr = p.header(H, { style: { color: C.white, fill: C.nhs } });
  const T = 'WRESTracker'; const tr = (c) => `${T}[[#This Row],[${c}]]`;
  const acts = [
    ['KF-01', '1', 'Set ethnicity representation targets for Bands 8a to 9 in each clinical division and report progress against them to the People Committee every quarter.', 'Deputy Chief People Officer', D(2024, 4, 1), D(2024, 7, 31), 1, 'Targets agreed by the People Committee on 18 July; first divisional report went into the Q2 pack.'],
    ['KF-02', '2', 'Put an ethnic minority panel member on every interview panel for posts at Band 7 and above.', 'Head of Recruitment', D(2024, 4, 1), D(2024, 6, 30), 0.6, 'Panel pool now 64 trained members; Surgery and Women\'s still short of volunteers.'],
    ['KF-03', '2', 'Review shortlisting outcomes by ethnicity for every recruitment campaign with more than 20 applicants.', 'Recruitment Lead', D(2024, 7, 1), D(2024, 12, 31), 0.3, 'Report template built in TRAC; first three campaigns reviewed.'],
    ['KF-04', '3', 'Apply the just-culture checklist before any formal disciplinary investigation is opened, with sign-off by a second senior manager.', 'Head of Employee Relations', D(2024, 4, 1), D(2024, 8, 31), 1, 'Checklist live since 1 August; 11 cases screened, 4 resolved informally.'],
    ['KF-05', '4', 'Publish awards of non-mandatory training and CPD funding by ethnicity every six months.', 'Head of Education', D(2024, 10, 1), D(2025, 3, 31), 0, ''],
    ['KF-06', '5, 6', 'Roll out the "Call it out" bystander training to the Emergency Department and Acute Medicine teams.', 'Head of Organisational Development', D(2024, 5, 1), D(2024, 8, 31), 0.75, 'ED done (212 staff); Acute Medicine sessions moved to October because of winter planning.'],
    ['KF-07', '7', 'Open the Stepping Up leadership programme to 30 ethnic minority colleagues at Bands 5 to 7.', 'Head of Organisational Development', D(2024, 6, 1), D(2025, 1, 31), 0.4, 'Cohort of 28 started in September.'],
    ['KF-08', '8', 'Set up a route for staff to report racism from managers or colleagues, with a named Freedom to Speak Up champion in every division.', 'Freedom to Speak Up Guardian', D(2024, 6, 1), D(2024, 11, 30), 0.5, 'Champions named in four of six divisions.'],
    ['KF-09', '9', 'Seek a non-executive director with lived experience of race inequality when the next Board vacancy arises.', 'Company Secretary', D(2024, 9, 1), D(2025, 3, 31), 0, 'Next vacancy expected in February 2025.'],
    ['KF-10', '1, 7', 'Add the WRES indicators to every divisional performance review from Q1.', 'Director of Workforce', D(2024, 4, 1), D(2024, 4, 30), 1, 'In the Q1 and Q2 performance review packs.'],
  ];
  const first = hr + 1; let sumOver = 0, sumPct = 0;
  for (const [ref, ind, a, lead, st, due, pct, upd] of acts) {
    const status = pct === 1 ? 'Complete' : due < asAt ? 'Overdue' : pct > 0 ? 'In progress' : 'Not started';
    const over = status === 'Overdue' ? days(asAt, due) : ''; if (over) sumOver += over; sumPct += pct;
    const fStatus = { formula: `IF(${tr('% complete')}=1,"Complete",IF(${tr('Due date')}<AsAt,"Overdue",IF(${tr('% complete')}>0,"In progress","Not started")))`, result: status };
    const fOver = { formula: `IF(${tr('Status')}="Overdue",AsAt-${tr('Due date')},"")`, result: over };
    p.action([ref, ind, a, lead, st, due, pct, fStatus, fOver, upd], { ref, indicators: ind.split(', '), action: a, lead, due: shown(due, F), status, rag: { Complete: 'green', Overdue: 'red', 'In progress': 'amber' }[status] ?? null, progress: upd },
      { styles: [{}, { alignment: { horizontal: 'center', vertical: 'top' } }, {}, {}, { numFmt: F }, { numFmt: F }, { numFmt: '0%' }, {}, { numFmt: '0' }, {}] });
  }
  const last = p.r;
  const tot = p.line(['Total', '', '', '', '', '', '', '', '', ''], { style: { bold: true } });
  makeTable(p, { name: T, headerRow: hr, lastRow: last, totals: { Ref: { label: 'Total' }, Action: { fn: 'count', result: acts.length }, '% complete': { fn: 'average', result: sumPct / acts.length }, 'Days overdue': { fn: 'sum', result: sumOver } } });
  ws.getCell(`G${tot}`).numFmt = '0%'; ws.getCell(`I${tot}`).numFmt = '0';
  cfWords(ws, `H${first}:H${last}`, [['Complete', C.goodG], ['Overdue', C.badR], ['In progress', C.neutralA]]);
  listDV(ws, `D${first}:D${last}`, 'Leads');
  p.blank();
  p.line(['Status and Days overdue are worked out from % complete and the Due date against the "Position as at" date – please do not type over them. Choose the Lead from the drop-down list.'], { merge: ['A', 'J'], style: { italic: true, font: { size: 9 } } });
  p.line(['Owner: Workforce Equality Lead. Reported quarterly to the People Committee and the Equality, Diversity and Inclusion Steering Group.'], { merge: ['A', 'J'], style: { italic: true, font: { size: 9 } } });
  ws.views = [{ state: 'frozen', ySplit: hr, xSplit: 0, topLeftCell: `A${hr + 1}` }];
  ws.pageSetup = { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${hr}:${hr}` };
  const L = book.wb.addWorksheet('Lists');
  const leads = ['Chief People Officer', 'Company Secretary', 'Deputy Chief People Officer', 'Director of Workforce', 'Freedom to Speak Up Guardian', 'Head of Education', 'Head of Employee Relations', 'Head of Organisational Development', 'Head of Recruitment', 'Recruitment Lead'];
  L.getCell('A1').value = 'Leads'; L.getCell('A1').font = { bold: true }; leads.forEach((l, i) => { L.getCell(`A${i + 2}`).value = l; }); L.getColumn(1).width = 36;
  book.wb.definedNames.add(`Lists!$A$2:$A$${leads.length + 1}`, 'Leads');
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute trust). An action tracker kept as a real EXCEL TABLE 'WRESTracker' (ListObject, TableStyleMedium2 banded rows, filter buttons) at A5:J16 under a two-line title and a 'Position as at: 30/09/2024' line whose date cell is the named range AsAt. Header (row 5, frozen, printed on every page) 'Ref | WRES indicator | Action | Lead | Start | Due date | % complete | Status | Days overdue | Evidence / update'. Status and Days overdue are FORMULAS with cached results: Status =IF(% complete=1,'Complete',IF(Due date<AsAt,'Overdue',IF(% complete>0,'In progress','Not started'))); the Status cells have no fill of their own and are coloured only by conditional formatting (Complete light green, Overdue light red, In progress light yellow; 'Not started' has no rule). Lead cells carry a list drop-down fed by the named range Leads on the 'Lists' sheet (a plain list of role titles, not part of the plan). The table's TOTAL ROW (row 16: 'Total', a count of actions, the average % complete, the sum of days overdue) and the two italic notes under the table are not actions. Judgement calls: status = the cached result a person sees in the Status cell ('Overdue' for KF-02 and KF-06 although work has started); rag = the colour the conditional format shows (Complete → green, Overdue → red, In progress → amber, Not started → null as it shows no colour); due = Due date as shown (dd/mm/yyyy), never Start; Days overdue is a derived figure, not a field; progress = Evidence / update (empty for KF-05); indicators from the WRES indicator column in the order written ('5, 6' → ['5','6'], '1, 7' → ['1','7']); theme null (no sections); the Lists sheet's role titles are not leads of anything.",
    { mode: 'cf', ragCol: 'H', formulaCols: ['H', 'I'], blankResult: ['I'], dv: { col: 'D' }, table: { name: T, headerRow: hr, totalsRow: tot }, names: ['AsAt', 'Leads'], notMeasure: ['I'] });
}
