// holdout94-wres-2022-23-minchcombe: ICB (own staff); leads as initials decoded on an 'Initials' tab; status words misspelt and read
// through a key line; dues typed every which way; one row has its ref and its indicator pasted into the Ref cell ('M4 - wres 3').
import { Book, Plan, C, D, shown } from './lib.js';
const T = (s) => s.split('\n').map((l) => l.replace(/ +/g, ' ').trim()).join('\n');
export async function build() {
  const book = new Book();
  const trust = 'NHS Minchcombe Integrated Care Board';
  const p = new Plan(book, { name: 'holdout94-wres-2022-23-minchcombe', sheet: 'WRES 22-23', standard: 'WRES', period: '2022-23', trust, widths: [13, 10, 52, 12, 13, 14, 42], font: { name: 'Arial', size: 10 } });
  p.line([`${trust} - WRES improvement plan 2022-23 (own staff)`], { merge: ['A', 'G'], style: { bold: true, font: { size: 12 } } });
  p.line(['Status key:', 'Complete', 'On track', 'Some delay', 'Not started'], { at: 2, styles: [{ bold: true }, { fill: C.lightblue }, { fill: C.green }, { fill: C.amber }, { fill: C.red }], border: false });
  p.header(['Ref', 'WRES ind', 'Action', 'Who', 'When', 'Status', 'Comments'], { style: { fill: C.nhs, color: C.white } });
  const rows = [
    ['M1', 'WRES 1', 'Break down our own workforce by AfC band and directorate and publish it on the intranet - staff asked for it at the town hall', 'RK', '2023 March', 'On trak', 'RK 05/12 - first cut done, 31% BME overall but 9% at 8c+', ['1']],
    ['M2', 'wres2', 'Use the new ICB values-based interview questions for all posts band 7 and above', 'PD', 'Q4 22/23', 'ontrack', 'Qs agreed, panel chairs briefed', ['2']],
    ['M3', 'wres 2', 'Diverse panel for every band 8a+ appointment - build a pool of trained panel members from across the ICB', 'PD / RK', D(2022, 12, 31), 'Complete', 'Pool of 22 in place 01/12', ['2']],
    ['M4 - wres 3', '', 'Check every formal HR case involving a BME colleague against the "just culture" guide before it proceeds', 'AH', 'end of Feb', 'not started yet', 'waiting for HR SLA with CSU', ['3'], { ref: 'M4' }],
    ['M5', 'Ind 4', 'Track who gets CPD funding and secondments, by ethnicity, every six months', 'LB', '31/3/23', 'Compleet', 'Sept + March reports done', ['4']],
    ['M6', 'ind. 5', 'Statement on abuse from providers and the public in all ICB meetings\' terms of reference', 'AH', 'Nov-22', 'Some delay', 'needs Board sign off', ['5']],
    ['M7', '7 & 8', 'Quarterly listening sessions with BME staff run by the network, with an exec in the room', 'LB', 'Q3 22/23', 'ONGOING', '2 held (Sept, Dec)', ['7', '8']],
    ['M8', '9', 'Board to set an objective for each executive on race equality and review it at appraisal', 'Chair', D(2023, 3, 31), 'On trak', 'in draft objectives', ['9']],
  ];
  for (const r of rows) {
    const [ref, ind, act, who, due, st, com, inds, over = {}] = r;
    const dueShown = due instanceof Date ? shown(due, 'dd/mm/yyyy') : due;
    const rag = { 'On trak': 'green', ontrack: 'green', Complete: 'blue', Compleet: 'blue', 'Some delay': 'amber', 'not started yet': 'red' }[st] ?? null;
    p.action([ref, ind, act, who, due, st, com], { ref: over.ref ?? ref, indicators: inds, action: T(act), lead: T(who), due: dueShown, status: T(st), rag, progress: T(com) }, { styles: [{}, {}, {}, { alignment: { horizontal: 'center' } }, due instanceof Date ? { numFmt: 'dd/mm/yyyy', alignment: { horizontal: 'left' } } : {}, {}, {}] });
  }
  p.ws.views = [{ state: 'frozen', ySplit: 3 }];
  const k = book.wb.addWorksheet('Initials');
  [['Initials', 'Name / role'], ['RK', 'Head of Workforce Intelligence'], ['PD', 'Recruitment & Resourcing Manager'], ['AH', 'Head of HR'], ['LB', 'Head of OD & Inclusion'], ['Chair', 'ICB Chair']].forEach((v, i) => { const row = k.getRow(i + 1); v.forEach((x, j) => { row.getCell(j + 1).value = x; if (!i) row.getCell(j + 1).font = { bold: true }; }); });
  k.getColumn(2).width = 34;
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional ICB, its own staff) on two tabs; the plan is on 'WRES 22-23', the 'Initials' tab decodes the leads. 'WRES 22-23': a merged title naming the ICB, a STATUS KEY row of swatch cells from column B ('Complete' light blue, 'On track' green, 'Some delay' amber, 'Not started' red), the NHS-blue header 'Ref | WRES ind | Action | Who | When | Status | Comments' (row 3, frozen), eight actions M1–M8. Indicators typed 'WRES 1', 'wres2', 'wres 2', 'Ind 4', 'ind. 5', '7 & 8' (→ 7 and 8), '9'. When as text ('2023 March', 'Q4 22/23', 'end of Feb', '31/3/23', 'Nov-22', 'Q3 22/23') and real dates shown dd/mm/yyyy ('31/12/2022', '31/03/2023'). Status cells are NOT coloured. Judgement calls: ROW 7 HAS TWO CELLS PASTED INTO ONE – the Ref cell reads 'M4 - wres 3' and the WRES ind cell is empty; a careful reader takes ref 'M4' and indicator 3. Leads are initials as written ('RK', 'PD / RK', 'AH', 'LB') and 'Chair' – NOT expanded from the Initials tab. Status = the word as typed ('On trak', 'ontrack', 'Compleet', 'not started yet', 'ONGOING' kept); rag = the word read through the swatch key ('On trak', 'ontrack' → green; 'Compleet' → blue; 'not started yet' → red); 'ONGOING' is not a key word → rag null. Progress = Comments (the initials and dates inside are no dues). Theme null. The key row is not an action.", { mode: 'word', ragCol: 6, words: { 'On trak': 'green', ontrack: 'green', Complete: 'blue', Compleet: 'blue', 'Some delay': 'amber', 'not started yet': 'red', ONGOING: null }, forbidden: ['Head of Workforce Intelligence', 'Recruitment & Resourcing Manager', 'Head of HR', 'Head of OD & Inclusion', 'ICB Chair'] });
}
