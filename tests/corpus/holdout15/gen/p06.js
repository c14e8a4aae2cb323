// holdout15-wdes-2020-21-mardenholt: ORDINARY Covid-year WDES plan in B:H with an empty margin column A; teal header
// 'No. | Metric(s) | Objective | Actions | Lead | Deadline | BRAG'; the OBJECTIVE MERGED DOWN over its actions (a column,
// not a theme); metrics as bare numbers ('1, 5', '4 & 9'); deadlines mixed real 'mmmm yyyy' and text; B/G/A/R letters
// filled; key sentence and a COVID-19 pause note under the table.
import { Book, Plan, C, D, shown, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout15-wdes-2020-21-mardenholt', sheet: 'WDES 2020-21', standard: 'WDES', period: '2020-21', trust: 'Mardenholt University Hospitals NHS Foundation Trust', widths: [3, 6, 11, 30, 56, 26, 16, 8], startCol: 2 });
  p.line(['Mardenholt University Hospitals NHS Foundation Trust'], { style: { bold: true, font: { size: 13 }, color: C.teal } });
  p.line(['Workforce Disability Equality Standard: our actions for 2020-21'], { style: { bold: true, font: { size: 11 } } });
  p.blank();
  p.header(['No.', 'Metric(s)', 'Objective', 'Actions', 'Lead', 'Deadline', 'BRAG'], { style: { fill: C.teal, color: C.white, alignment: { vertical: 'middle', wrapText: true } } });
  const L = { B: [C.blue, 'blue', C.white], G: [C.green, 'green'], A: [C.amber, 'amber'], R: [C.red, 'red', C.white] };
  const groups = [
    ['Know our workforce: improve the quality of our disability data', [
      ['1', '1', ['1'], 'Add a disability question to the "Your details" page of the staff app so that staff can update ESR directly.', 'Head of Digital Workforce', D(2020, 10, 31), 'mmmm yyyy', 'B'],
      ['2', '1, 5', ['1', '5'], 'Publish WDES metrics 1 and 5 by division in the quarterly People Committee report.', 'Workforce Intelligence Manager', 'Quarterly from Q2', null, 'G'],
    ]],
    ['Fair recruitment and fair processes', [
      ['3', '2', ['2'], 'Offer all disabled applicants who meet the essential criteria an interview (guaranteed interview scheme) and audit compliance.', 'Head of Resourcing', D(2020, 12, 31), 'mmmm yyyy', 'G'],
      ['4', '3', ['3'], 'Add a reasonable adjustments check to the capability policy before any formal meeting is held.', 'Head of Employee Relations', D(2021, 1, 31), 'mmmm yyyy', 'A'],
      ['5', '2, 3', ['2', '3'], 'Train HR advisers on disability, long Covid and reasonable adjustments.', 'Head of Employee Relations', 'Q3 2020/21', null, 'A'],
    ]],
    ['Safe and supported at work', [
      ['6', '4 & 9', ['4', '9'], 'Ask the Disabled Staff Network to co-design a "speaking up" guide for disabled staff and publicise it.', 'Freedom to Speak Up Guardian', D(2021, 3, 31), 'mmmm yyyy', 'R'],
      ['7', '6', ['6'], 'Make clear in the attendance policy that staff will not be pressured to come to work when unwell, with examples for managers.', 'Head of Employee Relations', D(2020, 11, 30), 'mmmm yyyy', 'B'],
      ['8', '8', ['8'], 'Introduce a Health Passport for disabled staff and those with long-term conditions, including shielding staff.', 'Head of Occupational Health', D(2020, 9, 30), 'mmmm yyyy', 'B'],
      ['9', '7', ['7'], 'Run quarterly listening events with disabled staff, chaired by an executive director.', 'Chief People Officer', 'From Q2 2020/21', null, 'G'],
    ]],
    ['Leadership', [
      ['10', '10', ['10'], 'Appoint a Board-level champion for disability equality and report progress to the Board twice a year.', 'Chair', D(2020, 12, 31), 'mmmm yyyy', 'G'],
    ]],
  ];
  for (const [obj, acts] of groups) {
    const first = p.r + 1;
    acts.forEach(([no, m, inds, action, lead, due, fmt, b], i) => {
      p.action([no, m, i ? null : obj, action, lead, due, b], { ref: no, indicators: inds, action, lead, due: fmt ? shown(due, fmt) : due, status: b, rag: L[b][1] }, { styles: [{ alignment: { horizontal: 'center', vertical: 'top' } }, {}, { bold: true }, {}, {}, fmt ? { numFmt: fmt } : {}, { fill: L[b][0], bold: true, alignment: { horizontal: 'center', vertical: 'top' }, ...(L[b][2] ? { color: L[b][2] } : {}) }] });
    });
    mergeDown(p.ws, 'D', first, p.r);
  }
  p.blank();
  p.line(['BRAG: B = complete, G = on track, A = some slippage, R = off track.'], { merge: ['B', 'H'], style: { italic: true } });
  p.line(['Note: work on this plan was paused from April to July 2020 because of COVID-19; deadlines were reset by the People Committee in August 2020.'], { merge: ['B', 'H'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY Covid-year WDES plan laid out in B:H with an EMPTY MARGIN column A: teal trust name (B1), title (B2), a blank row, then a teal header with white text 'No. | Metric(s) | Objective | Actions | Lead | Deadline | BRAG' (row 4). Numbers 1–10 (gold ref, stored as text). Metrics as bare numbers ('1', '1, 5', '2, 3', '4 & 9' – the pre-2021 set, whole 4 and 9). The OBJECTIVE (bold) is MERGED DOWN over its group of actions in column D – a column, not a section row, so theme null. Deadlines mix real dates shown 'mmmm yyyy' and text ('Quarterly from Q2', 'Q3 2020/21', 'From Q2 2020/21'). BRAG letters B/G/A/R filled blue/green/amber/red. No progress column. Under the table, a blank row, the BRAG key sentence and a COVID-19 pause note (non-action rows). Judgement calls: the merged objective is not a theme and not an outcome; the note about reset deadlines gives no action a new due date.", { ragCol: 'H', mode: 'fill' });
}
