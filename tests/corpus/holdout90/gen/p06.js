// holdout90-wres-2022-23-hollinsea: ambulance service. Status is a plain 'Open' / 'Closed' drop-down; its COLOUR comes only from
// conditional-format EXPRESSION rules comparing the Target date with a named ReportDate cell (closed blue, open and past due red, open
// and due within 60 days amber, otherwise green). The colour key is a line above the table.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Hollinsea Ambulance Service NHS Trust';
  const p = new Plan(book, { name: 'holdout90-wres-2022-23-hollinsea', sheet: 'WRES 22-23', standard: 'WRES', period: '2022-23', trust, widths: [8, 9, 52, 28, 13, 10, 44], font: { name: 'Segoe UI', size: 9 } });
  p.line([`${trust} – WRES Action Plan 2022/23`], { merge: ['A', 'G'], style: { bold: true, font: { size: 12 }, color: 'FF00563F' } });
  const rep = D(2023, 1, 31);
  const rr = p.line(['', 'Report date:', '', '', rep], { border: false, styles: [{}, { bold: true }, {}, {}, { numFmt: 'dd/mm/yyyy', bold: true }] });
  p.book.wb.definedNames.add(`'WRES 22-23'!$E$${rr}`, 'ReportDate');
  p.line(['Status colours are automatic: blue = closed; red = open and past its target date; amber = open and due within 60 days of the report date; green = open with more than 60 days to go.'], { merge: ['A', 'G'], height: 26, style: { italic: true } });
  p.blank();
  const h = p.header(['Ref', 'WRES', 'Action', 'Owner', 'Target date', 'Status', 'Update'], { style: { fill: 'FF00563F', color: C.white } });
  p.ws.views = [{ state: 'frozen', ySplit: h }];
  const rows = [
    ['R22-01', '1', 'Publish the ethnicity profile of each operational grade (ECA, EMT, paramedic, specialist paramedic, team leader) by sector every six months.', 'Head of Workforce Intelligence', D(2022, 9, 30), 'Closed', 'Published September; next in March.', ['1']],
    ['R22-02', '2', 'Take the paramedic recruitment roadshow to four colleges with high numbers of BME students and guarantee interviews to those who meet the criteria.', 'Head of Talent Acquisition', D(2023, 3, 31), 'Open', 'Two colleges visited; two booked for February and March.', ['2']],
    ['R22-03', '2', 'Put an independent panel member from the BME staff network on every team leader and station manager interview.', 'Head of Talent Acquisition', D(2022, 12, 31), 'Open', 'Network members available for 60% of panels.', ['2']],
    ['R22-04', '3', 'Have the Head of Employee Relations review the decision to investigate for every formal case involving a BME colleague.', 'Head of Employee Relations', D(2022, 7, 31), 'Closed', 'In place since July; three cases diverted to informal routes.', ['3']],
    ['R22-05', '4', 'Make sure BME staff get fair access to the tutor paramedic and clinical supervisor courses by tracking places by ethnicity.', 'Head of Clinical Education', D(2023, 6, 30), 'Open', 'Tracking set up on the education database.', ['4']],
    ['R22-06', '5', 'Give crews body-worn cameras and a clear route to report racist abuse from patients, with follow-up letters from the Chief Executive.', 'Head of Security & Violence Reduction', D(2023, 2, 28), 'Open', 'Letters agreed; camera roll-out at 70% of stations.', ['5']],
    ['R22-07', '6, 8', 'Train station and EOC managers to recognise and act on racist banter and exclusion in crew rooms and the control room.', 'Head of Leadership Development', D(2023, 1, 15), 'Open', 'Half the managers trained; EOC sessions outstanding.', ['6', '8']],
    ['R22-08', '7', 'Run a positive-action development programme for BME clinicians aiming for team leader roles.', 'Head of Leadership Development', D(2023, 9, 30), 'Open', 'Programme design agreed with the network.', ['7']],
    ['R22-09', '9', 'Agree a board development session on race equality and set each executive a race equality objective.', 'Director of People', D(2022, 11, 30), 'Closed', 'Session held 24 November; objectives set.', ['9']],
  ];
  const f0 = h + 1; // the rules are written relative to the first action row
  const exprs = [`$F${f0}="Closed"`, `AND($F${f0}="Open",$E${f0}<ReportDate)`, `AND($F${f0}="Open",$E${f0}-ReportDate<=60)`, `$F${f0}="Open"`];
  const exprTrue = Object.fromEntries(exprs.map((e) => [e, []]));
  const ragOf = (d, st) => (st === 'Closed' ? 'blue' : d < rep ? 'red' : (d - rep) / 86400000 <= 60 ? 'amber' : 'green');
  let first = 0, last = 0;
  for (const [ref, ind, act, own, d, st, upd, inds] of rows) {
    const rag = ragOf(d, st);
    const r = p.action([ref, ind, act, own, d, st, upd], { ref, indicators: inds, action: act, lead: own, due: shown(d, 'dd/mm/yyyy'), status: st, rag, progress: upd },
      { styles: [{}, { alignment: { horizontal: 'center' } }, {}, {}, { numFmt: 'dd/mm/yyyy' }, { alignment: { horizontal: 'center' } }, {}] });
    if (!first) first = r; last = r;
  }
  // rows where each expression is true (not only the first that fires)
  rows.forEach(([, , , , d, st], i) => {
    const r = first + i;
    if (st === 'Closed') exprTrue[exprs[0]].push(r);
    if (st === 'Open' && d < rep) exprTrue[exprs[1]].push(r);
    if (st === 'Open' && (d - rep) / 86400000 <= 60) exprTrue[exprs[2]].push(r);
    if (st === 'Open') exprTrue[exprs[3]].push(r);
  });
  if (first !== f0) throw new Error('first action row');
  const fill = (argb) => ({ fill: { type: 'pattern', pattern: 'solid', bgColor: { argb } } });
  p.ws.addConditionalFormatting({ ref: `F${first}:F${last}`, rules: [
    { type: 'expression', priority: 1, stopIfTrue: true, formulae: [exprs[0]], style: fill('FF9BC2E6') },
    { type: 'expression', priority: 2, stopIfTrue: true, formulae: [exprs[1]], style: fill('FFFFC7CE') },
    { type: 'expression', priority: 3, stopIfTrue: true, formulae: [exprs[2]], style: fill('FFFFEB9C') },
    { type: 'expression', priority: 4, formulae: [exprs[3]], style: fill('FFC6EFCE') },
  ] });
  for (let r = first; r <= last; r++) p.ws.getCell(`F${r}`).dataValidation = { type: 'list', allowBlank: false, formulae: ['"Open,Closed"'] };
  p.blank();
  p.line(['Owner: Head of Inclusion. Reported to the People Committee every two months; this version for 21 February 2023.'], { merge: ['A', 'G'], style: { italic: true, font: { size: 8 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional ambulance service trust), Segoe UI 9. Sheet 'WRES 22-23': a green title naming the trust and the plan, a 'Report date:' row with a REAL DATE 31/01/2023 in E2 (the defined name ReportDate), an italic line explaining the AUTOMATIC STATUS COLOURS (blue = closed; red = open and past its target date; amber = open and due within 60 days of the report date; green = open with more than 60 days to go), a blank row, a dark-green header 'Ref | WRES | Action | Owner | Target date | Status | Update' (row 5, frozen), nine actions R22-01 … R22-09 and an owner line. The Status cell holds only 'Open' or 'Closed' from a drop-down, with NO fill of its own: four EXPRESSION conditional-format rules (stop if true, in order) colour it from the Target date against ReportDate. Judgement calls: status = the word ('Open' / 'Closed'); rag = the colour the rules show, worked out row by row: Closed → blue (R22-01, -04, -09); Open with a target before 31/01/2023 → red (R22-03 31/12/2022, R22-07 15/01/2023); Open and due by 01/04/2023 → amber (R22-02 31/03/2023, R22-06 28/02/2023); Open and later → green (R22-05, R22-08). Due = Target date as displayed (dd/mm/yyyy); the report date and the 21 February 2023 committee date are no dues; ref = Ref; indicators from WRES ('6, 8' → ['6','8']); lead = Owner (the plan owner in the closing line leads nothing); progress = Update. Theme null.", { mode: 'cf', ragCol: 'F', exprTrue, forbidden: ['31/01/2023', '21 February 2023', 'Head of Inclusion'] });
}
