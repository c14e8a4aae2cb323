// holdout94-wres-2016-17-marlingford: acute trust, first WRES plan typed by an HR adviser between other jobs – misspelt header
// ('Indicater', 'Acton', 'Responsibilty', 'Timescle', 'Progess update'), 'ind N' indicators, dues typed every which way, status words
// misspelt and uncoloured; one Responsibilty cell holds the lead AND the date ('HR  - 31/3/17') with Timescle left empty.
import { Book, Plan, D, shown } from './lib.js';
const T = (s) => s.split('\n').map((l) => l.replace(/ +/g, ' ').trim()).join('\n');
export async function build() {
  const book = new Book();
  const trust = 'Marlingford Hospitals NHS Trust';
  const p = new Plan(book, { name: 'holdout94-wres-2016-17-marlingford', sheet: 'Sheet1', standard: 'WRES', period: '2016-17', trust, widths: [5, 10, 50, 22, 13, 14, 40], font: { name: 'Calibri', size: 11 } });
  p.line([`${trust} `], { style: { bold: true, font: { size: 14 } } });
  p.line(['WRES action plan 2016/17  - draft v3 (for Workforce Cttee)'], { style: { bold: true } });
  p.blank();
  p.header(['No', 'Indicater', 'Acton', 'Responsibilty', 'Timescle', 'Status', 'Progess update'], { style: { fill: 'FFD9E1F2' } });
  const rows = [
    ['1', 'ind 1', 'Clean up ethnicity data on ESR  - send reminder to all staff to update self service and chase the "not stated"s', 'Workforce Info team', '31/12/16', 'Compelte', 'done, not stated now 14% (was 21%)', ['1']],
    ['2', 'Ind 2', 'shortlisting to be done with names removed for band 5 and 6 nursing posts ', 'Recruitment', 'end of march', 'in-progress', 'NHS Jobs setting changed for nursing 3/10, not medical yet', ['2']],
    ['3', 'ind 2', 'BME staff rep on every interview panel band 7 and above', 'HR  - 31/3/17', '', 'On trak', 'list of 19 reps drawn up, 6 trained', ['2'], { lead: 'HR', due: '31/3/17' }],
    ['4', 'ind 3', 'Review last 2 yrs disciplinary cases by ethnicity - why are BME staff more likely to go formal?', 'Head of Employee Relations', 'Sept 16', 'Compelte', 'Report to Workforce Cttee Oct. 2.1x more likely, see paper', ['3']],
    ['5', 'ind 4', 'Track who gets non-mandatory training + CPD funding by ethnicity (need L&D system report)', 'L&D Manager', 'Q4 16/17', 'ONGOING', '', ['4']],
    ['6', 'ind 5&6', 'Launch a BME staff network with an exec sponsor', 'Director of Workforce', D(2016, 11, 30), 'complete - see notes', 'launched 17/11, 40 came.  sponsor is the Medical Director', ['5', '6']],
    ['7', 'ind  7', 'Career clinics for BME staff bands 2 to 6 (1:1 with a senior manager)', 'L&D Manager ', 'Feb 17', 'not started', 'no venue yet - ask Education Centre', ['7']],
    ['8', 'Ind 8', 'Ask survey provider to split the discrimination question by site so we can see where it is worst', 'Staff Experience lead', '31/1/17', 'In Progress', 'Picker say yes for 2017 survey', ['8']],
    ['9', 'ind 9', 'board development session on race equality + reverse mentoring for 3 NEDs', 'Trust Secretary', 'March', 'On trak', 'date held 22/03', ['9']],
  ];
  for (const r of rows) {
    const [no, ind, act, lead, due, st, prog, inds, over = {}] = r;
    const dueShown = due instanceof Date ? shown(due, 'dd/mm/yyyy') : due;
    p.action([no, ind, act, lead, due, st, prog], { ref: no, indicators: inds, action: T(act), lead: T(over.lead ?? lead), due: T(over.due ?? dueShown), status: T(st), progress: T(prog) }, { styles: [{}, {}, {}, {}, due instanceof Date ? { numFmt: 'dd/mm/yyyy' } : {}, {}, {}] });
  }
  p.blank();
  p.line(['Status - type one of: Not started / In progress / On track / Complete'], { style: { italic: true } });
  p.line(['last saved 06/02/17 SR'], { style: { color: 'FF808080' } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute trust, its first WRES plan) typed in a hurry by an HR adviser (SR) on 'Sheet1'. Rows: the trust name with a trailing space, a title line ('WRES action plan 2016/17  - draft v3 (for Workforce Cttee)'), a blank row, the header 'No | Indicater | Acton | Responsibilty | Timescle | Status | Progess update' (row 4; the misspelt headers still name ref, indicator, action, lead, due, status and progress), nine actions numbered 1–9, a blank row, an italic line listing the status words to use, and a grey 'last saved 06/02/17 SR' line. Indicators typed 'ind 1', 'Ind 2', 'ind 5&6' (→ 5 and 6), 'ind  7' (double space → 7). Timescle typed as text ('31/12/16', 'end of march', 'Sept 16', 'Q4 16/17', 'Feb 17', '31/1/17', 'March') and once as a real date shown dd/mm/yyyy ('30/11/2016'). Judgement calls: ROW 7 (No 3) HAS TWO CELLS PASTED INTO ONE – the Responsibilty cell reads 'HR  - 31/3/17' and Timescle is empty; a careful reader takes lead 'HR' and due '31/3/17'. Every field is read without its stray spaces (double spaces collapsed, trailing spaces dropped: lead 'L&D Manager', the action of row 6). Status = the word as typed with its misspelling and case ('Compelte', 'On trak', 'in-progress', 'ONGOING', 'complete - see notes', 'In Progress', 'not started'); nothing is coloured and the status line gives no colours, so every rag is null. Leads as written ('HR', 'Recruitment', 'Workforce Info team', titles). Progress = the Progess update cell as written (its dates – '3/10', '17/11', '22/03' – are no dues). Ref = No. Theme null. The last-saved date is no due.", { notFrom: [], forbidden: ['06/02/17', 'SR'] });
}
