// holdout49-wdes-2020-21-wrexcombe: a specialist orthopaedic trust's WDES plan whose RAG is the FILL OF THE NUMBER CELL (no RAG column,
// no word); a small key box to the right of the title rows.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Wrexcombe Orthopaedic Hospital NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout49-wdes-2020-21-wrexcombe', sheet: 'WDES 2020-21', standard: 'WDES', period: '2020-21', trust, widths: [7, 12, 50, 26, 15, 44] });
  const k = (txt, fill) => ({ txt, fill });
  const key = [k('Key (action number shaded):', null), k('Green – complete', C.green), k('Amber – under way', C.amber), k('Red – not started / stalled', C.red)];
  const titles = [[trust, { bold: true, font: { size: 13 } }], ['Workforce Disability Equality Standard action plan 2020-21', { bold: true }], ['Progress as at October 2020', { italic: true }], ['', {}]];
  for (let i = 0; i < 4; i++) {
    const r = p.line([titles[i][0]], { merge: titles[i][0] ? ['A', 'D'] : undefined, style: titles[i][1] });
    const kc = p.ws.getCell(`F${r}`); kc.value = key[i].txt; kc.font = { name: 'Arial', size: 9, bold: i === 0 };
    if (key[i].fill) { const sw = p.ws.getCell(`E${r}`); sw.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: key[i].fill } }; sw.border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } }; }
  }
  p.blank();
  p.header(['No.', 'Metric', 'Action', 'Responsible', 'Timescale', 'Progress'], { style: { fill: C.lilac } });
  const rows = [
    ['1', 'Metric 1', 'Run a declaration drive on disability in theatres and outpatients with the Ability Network.', 'Head of Workforce Systems', 'Q2', 'Declaration 4.1% → 6.3%.', C.green],
    ['2', 'Metric 2', 'Train every recruiting manager in making adjustments at interview.', 'Recruitment Manager', 'Q3', '38 of 70 managers trained.', C.amber],
    ['3', 'Metric 3', 'Change the capability policy so a disability-related capability case starts with an adjustments review.', 'Head of HR', 'Q4', '', C.red],
    ['4', 'Metric 4', 'Include disability in the bullying and harassment advisers\' training.', 'Freedom to Speak Up Guardian', 'Q2', 'All 12 advisers trained in July.', C.green],
    ['5', 'Metric 5', 'Open the leadership shadowing scheme to disabled staff at bands 4–6 first.', 'OD Lead', 'Q3', 'Seven placements agreed.', C.amber],
    ['6', 'Metric 6', 'Remind managers that staff working from home while shielding are not "presenteeism".', 'Deputy Director of HR', 'Q1', 'Guidance issued April.', C.green],
    ['7', 'Metric 8', 'Publish a reasonable adjustments guide with the Occupational Health team.', 'Occupational Health Manager', 'Q3', 'Draft with the network for comment.', C.amber],
    ['8', 'Metric 9', 'Give the Ability Network chair a seat on the People and Culture Committee.', 'Company Secretary', 'Q2', '', null],
    ['9', 'Metric 10', 'Report the disability status of Board members in the annual report.', 'Company Secretary', 'Q4', 'Waiting for Board members\' forms.', C.amber],
  ];
  for (const [n, m, act, resp, ts, prog, fill] of rows) {
    p.action([n, m, act, resp, ts, prog], { ref: n, indicators: [m.replace('Metric ', '')], action: act, lead: resp, due: ts, rag: fill === C.green ? 'green' : fill === C.amber ? 'amber' : fill === C.red ? 'red' : null, progress: prog }, { styles: [{ fill: fill || undefined, alignment: { horizontal: 'center' }, bold: true }] });
  }
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional specialist orthopaedic foundation trust): three title rows merged A:D (the trust; 'Workforce Disability Equality Standard action plan 2020-21'; italic 'Progress as at October 2020'), with a KEY BOX to their right in E1:F4 ('Key (action number shaded):' and three swatch cells in E – green, amber, red – beside their meanings in F), a blank row, one lilac header 'No. | Metric | Action | Responsible | Timescale | Progress' (row 6) and nine actions. THERE IS NO RAG OR STATUS COLUMN: PROGRESS IS RECORDED BY SHADING THE ACTION'S NUMBER CELL (column A) green, amber or red, with no word anywhere; action 8's number is unshaded (not yet assessed, no progress text). Judgement calls: status '' on every row (no word is written); rag = the fill of the No. cell by the key ('green' / 'amber' / 'red'), null where unshaded; the key rows are title rows with a swatch beside them (non-action rows, no field from them); progress = Progress, '' where empty; indicators from 'Metric n' (the 2019/2020 set, whole '4' and '9'); lead = Responsible; due = Timescale as written ('Q2', quarters of 2020-21, not converted); ref = No.; theme null.", { mode: 'fill', ragCol: 1, statusIsCell: false });
}
