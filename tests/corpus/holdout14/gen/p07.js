// holdout14-wres-2020-21-kelsby: NEW LAYOUT – STATUS AS AN ICON SET. The 'Progress' column holds 3 / 2 / 1 with a
// conditional-format '3 traffic lights' icon set and 'show icon only', so a person sees only a green / amber / red light;
// keyed by a line above the header; one action not yet scored (blank). Otherwise an ordinary Covid-year tracker.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout14-wres-2020-21-kelsby', sheet: 'WRES 2020-21', standard: 'WRES', period: '2020-21', trust: 'Kelsby Hospitals NHS Foundation Trust', widths: [7, 16, 58, 28, 11, 10, 50], font: { name: 'Calibri', size: 11 } });
  p.ws.views = [{ state: 'frozen', ySplit: 5 }];
  p.line(['Kelsby Hospitals NHS Foundation Trust'], { merge: ['A', 'G'], style: { bold: true, font: { size: 14 }, color: C.nhs } });
  p.line(['Workforce Race Equality Standard action plan 2020/21 – progress at Q3 (December 2020)'], { merge: ['A', 'G'], style: { bold: true } });
  p.line(['Progress is shown as a traffic light: green = complete or on track; amber = some slippage; red = off track or not started. (Enter 3, 2 or 1 in the Progress column; blank = not yet assessed.)'], { merge: ['A', 'G'], style: { italic: true }, height: 30 });
  p.blank();
  p.header(['Ref', 'WRES indicator', 'Action', 'Lead', 'Target date', 'Progress', 'Update (December 2020)'], { style: { fill: C.grey, alignment: { vertical: 'middle', wrapText: true } } });
  const ICON = { 3: 'green', 2: 'amber', 1: 'red' };
  const ALL = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];
  const data = [
    ['K1', 'Indicator 1', ['1'], 'Produce a monthly dashboard of BME representation by band for each care group.', 'Head of Workforce Information', D(2020, 9, 30), 3, 'Dashboard live from September.'],
    ['K2', 'Indicator 1', ['1'], 'Launch the "Ready Now" development programme for BME staff at Bands 6 and 7.', 'Head of Leadership Development', D(2021, 3, 31), 2, 'Cohort delayed to February because of the second wave.'],
    ['K3', 'Indicator 2', ['2'], 'Put an inclusion adviser on every interview panel for Band 8a and above.', 'Head of Resourcing', D(2020, 12, 31), 3, '24 inclusion advisers trained; used on all 8a+ panels since November.'],
    ['K4', 'Indicator 2', ['2'], 'Remove names and personal details from application forms at shortlisting (anonymised shortlisting pilot).', 'Head of Resourcing', D(2021, 3, 31), 1, 'TRAC change not yet available.'],
    ['K5', 'Indicator 3', ['3'], 'Ensure every proposed disciplinary case involving a BME member of staff is reviewed by a senior HR manager before it proceeds.', 'Employee Relations Manager', D(2020, 10, 31), 3, 'In place; 6 cases reviewed, 4 resolved informally.'],
    ['K6', 'Indicator 4', ['4'], 'Monitor the award of CPD funding by ethnicity and report to the Education Board.', 'Head of Education', D(2021, 1, 31), 2, 'First report drafted; data gaps for medical staff.'],
    ['K7', 'Indicators 5 & 6', ['5', '6'], 'Publish the Trust\'s zero-tolerance statement on racist abuse and give managers a toolkit for supporting staff who experience it.', 'Head of Staff Experience', D(2020, 11, 30), 3, 'Statement and toolkit published 16/11/20.'],
    ['K8', 'Indicator 7', ['7'], 'Run career conversations for BME staff with a trained coach, offered through the Race Equality Network.', 'Race Equality Network Chair', D(2021, 3, 31), 2, '31 conversations so far; coaching pool stretched.'],
    ['K9', 'Indicator 8', ['8'], 'Include race equality and allyship in the new "Leading at Kelsby" programme for team leaders.', 'Head of Leadership Development', D(2021, 3, 31), null, 'Programme content being designed.'],
    ['K10', 'Indicator 9', ['9'], 'Use a diverse recruitment partner for the two non-executive director vacancies.', 'Trust Secretary', D(2021, 2, 28), 1, 'Recruitment paused by the Council of Governors until April.'],
    ['K11', 'All indicators', ALL, 'Carry out a Covid-19 risk assessment for every BME member of staff and record it on ESR.', 'Director of People', D(2020, 7, 31), 3, '97% of BME staff have a recorded risk assessment.'],
  ];
  for (const [ref, ind, inds, action, lead, due, v, upd] of data)
    p.action([ref, ind, action, lead, due, v, upd], { ref, indicators: inds, action, lead, due: shown(due, 'dd/mm/yy'), status: '', rag: v ? ICON[v] : null, progress: upd }, { styles: [{}, {}, {}, {}, { numFmt: 'dd/mm/yy' }, { alignment: { horizontal: 'center', vertical: 'top' } }] });
  const first = p.actions[0].row, last = p.actions.at(-1).row;
  p.ws.addConditionalFormatting({ ref: `F${first}:F${last}`, rules: [{ type: 'iconSet', priority: 1, iconSet: '3TrafficLights1', showValue: false, cfvo: [{ type: 'percent', value: 0 }, { type: 'num', value: 2 }, { type: 'num', value: 3 }] }] });
  for (let r = first; r <= last; r++) p.ws.getCell(`F${r}`).dataValidation = { type: 'whole', allowBlank: true, operator: 'between', formulae: [1, 3], showErrorMessage: true, errorTitle: 'Progress', error: 'Enter 3, 2 or 1' };
  p.blank();
  p.line(['Reviewed by the Inclusion Board on 17 December 2020.'], { merge: ['A', 'G'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) whose status is a real-world style NO EARLIER BATCH HAS: an ICON-SET 'PROGRESS' COLUMN. Trust name (blue), title with 'progress at Q3 (December 2020)', an italic key line ('green = complete or on track; amber = some slippage; red = off track or not started. (Enter 3, 2 or 1 …; blank = not yet assessed.)'), a blank row, then one grey header 'Ref | WRES indicator | Action | Lead | Target date | Progress | Update (December 2020)' (row 5, frozen). The Progress cells F6:F16 hold the NUMBERS 3, 2 or 1 under a conditional-format icon set ('3 traffic lights', icon only – showValue off), with a whole-number 1–3 data validation; the cells have NO fill and NO text on screen, only the light. Gold status '' (nothing is written) and rag = the light the icon set shows: 3 → green, 2 → amber, 1 → red; K9's cell is blank (not yet assessed) → rag null. Indicators 'Indicator N', 'Indicators 5 & 6', 'All indicators' (= all nine). Target dates real, shown dd/mm/yy. Progress = the Update column. Judgement calls: a reader that reads the cell values would see '3', '2', '1' – a person sees only the lights, so status is '' and the colour comes from the icon rule and the key line; K11 (Covid-19 risk assessments for BME staff) counts as a WRES action for all indicators as the plan says.", { ragCol: 'F', mode: 'icon', icons: { 3: 'green', 2: 'amber', 1: 'red' } });
}
