// holdout17-wres-2016-17-wessenden: ORDINARY AMBULANCE-trust WRES plan – trust and title in column A (unmerged), key line
// ABOVE the header; CAPITAL ABBREVIATED header 'REF | IND. | ACTION | EXEC LEAD | OPS LEAD | COST (£) [HIDDEN] | DUE |
// STATUS | UPDATE (JAN 17)' (gold lead = OPS LEAD); refs 'A01'; 'Ind. 2', 'Ind. 5/6', 'Ind. 1-9'; dd/mm/yy real dates +
// 'Monthly'; status abbreviations C / IP / NS filled green / amber / red; abbreviations line below.
import { Book, Plan, C, D, shown, ALL_WRES } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout17-wres-2016-17-wessenden', sheet: 'WRES', standard: 'WRES', period: '2016-17', trust: 'Wessenden Ambulance Service NHS Trust', widths: [7, 10, 54, 12, 30, 10, 11, 9, 42] });
  const top = { alignment: { wrapText: false, vertical: 'top' } };
  p.line(['Wessenden Ambulance Service NHS Trust'], { style: { bold: true, font: { size: 12 }, ...top } });
  p.line(['WORKFORCE RACE EQUALITY STANDARD – ACTION PLAN 2016/17'], { style: { bold: true, ...top } });
  p.line(['STATUS:  C = complete   IP = in progress   NS = not started'], { style: { font: { size: 9 }, ...top } });
  const h = p.header(['REF', 'IND.', 'ACTION', 'EXEC LEAD', 'OPS LEAD', 'COST (£)', 'DUE', 'STATUS', 'UPDATE (JAN 17)'], { style: { fill: C.lightblue, alignment: { vertical: 'middle', wrapText: true } } });
  p.ws.getColumn(6).hidden = true;
  const S = { C: [C.green, 'green'], IP: [C.amber, 'amber'], NS: [C.red, 'red', C.white] };
  const F = 'dd/mm/yy';
  const data = [
    ['A01', 'Ind. 1', ['1'], 'Break down the ethnicity profile by operational role (paramedic, technician, EOC, 111, PTS) and report it to the Workforce Committee.', 'DoW', 'Workforce Intelligence Manager', null, D(2016, 9, 30), 'C', 'Reported September 2016.'],
    ['A02', 'Ind. 2', ['2'], 'Hold recruitment open days for student paramedics in the three most diverse towns in the region.', 'DoW', 'Recruitment and Resourcing Manager', 4500, D(2017, 2, 28), 'IP', 'Two of three open days held.'],
    ['A03', 'Ind. 2', ['2'], 'Review the driving assessment and fitness test for adverse impact on BME applicants.', 'DoOps', 'Education and Training Manager', null, D(2016, 12, 31), 'IP', 'Data collected; analysis with the university.'],
    ['A04', 'Ind. 3', ['3'], 'Ask a second senior manager to review the decision to start any formal disciplinary case against a BME member of staff.', 'DoW', 'Head of Employee Relations', null, D(2016, 10, 31), 'C', 'In place since October.'],
    ['A05', 'Ind. 4', ['4'], 'Record who is released for non-mandatory courses on the learning system by ethnicity.', 'DoW', 'Education and Training Manager', null, D(2017, 3, 31), 'NS', ''],
    ['A06', 'Ind. 5/6', ['5', '6'], 'Issue body-worn cameras on a trial basis to crews in two stations where abuse of staff is most often reported.', 'DoOps', 'Head of Security and Resilience', 18000, D(2017, 3, 31), 'IP', 'Trial in Holbeck station from December.'],
    ['A07', 'Ind. 5/6', ['5', '6'], 'Publish a monthly summary of incidents of racist abuse against crews and the action taken.', 'DoOps', 'Head of Security and Resilience', null, 'Monthly', 'NS', 'Datix category being added.'],
    ['A08', 'Ind. 7', ['7'], 'Set up a BME staff network with time for members to attend and an executive sponsor.', 'CEO', 'Equality and Inclusion Lead', 2000, D(2016, 11, 30), 'C', 'Network launched November; 28 members.'],
    ['A09', 'Ind. 7', ['7'], 'Open the clinical team leader development programme to applicants from every station.', 'DoOps', 'Clinical Education Lead', null, D(2017, 3, 31), 'IP', 'Programme redesigned; first cohort April.'],
    ['A10', 'Ind. 8', ['8'], 'Ask the Freedom to Speak Up Guardian to report concerns raised by BME staff to the Board.', 'DoN', 'Freedom to Speak Up Guardian', null, D(2017, 1, 31), 'NS', ''],
    ['A11', 'Ind. 1-9', ALL_WRES, 'Present the 2016 WRES data and progress on this plan to the Board and publish both.', 'DoW', 'Equality and Inclusion Lead', null, D(2016, 8, 1), 'C', 'Board 27 July; published 29 July.'],
  ];
  for (const [ref, ind, inds, action, exec, ops, cost, due, st, upd] of data) {
    const isDate = due instanceof Date;
    p.action([ref, ind, action, exec, ops, cost, due, st, upd], { ref, indicators: inds, action, lead: ops, due: isDate ? shown(due, F) : due, status: st, rag: S[st][1], progress: upd }, { styles: [{}, {}, {}, {}, {}, {}, isDate ? { numFmt: F } : {}, { fill: S[st][0], bold: true, alignment: { horizontal: 'center', vertical: 'top' }, ...(S[st][2] ? { color: S[st][2] } : {}) }] });
  }
  p.blank();
  p.line(['DoW – Director of Workforce; DoOps – Director of Operations; DoN – Director of Nursing and Quality; CEO – Chief Executive; EOC – Emergency Operations Centre; PTS – Patient Transport Service.'], { style: { font: { size: 9 }, alignment: { wrapText: false, vertical: 'top' } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY AMBULANCE-trust WRES plan (2016-17): trust name, a CAPITALS title and a status key line ('STATUS: C = complete IP = in progress NS = not started'), each UNMERGED in column A, then a light-blue CAPITAL, ABBREVIATED header 'REF | IND. | ACTION | EXEC LEAD | OPS LEAD | COST (£) | DUE | STATUS | UPDATE (JAN 17)' (row 4) with the COST column HIDDEN. Refs 'A01'…'A11'. Indicators 'Ind. N', 'Ind. 5/6', 'Ind. 1-9' (= all nine). EXEC LEAD holds executive abbreviations (DoW, DoOps, DoN, CEO) explained by a line under the table; OPS LEAD holds job titles – gold lead = OPS LEAD. DUE real dates shown dd/mm/yy, one 'Monthly'. STATUS abbreviations C / IP / NS filled green / amber / red (bold, centred). Update = progress (two empty). Judgement calls: lead = the operational lead, not the executive abbreviation; the hidden cost is not a field; C (complete) is green here because the plan colours it green (no blue); the key line above the header and the abbreviations line below are non-action rows.", { ragCol: 'H', mode: 'fill' });
}
