// holdout81-wdes-2021-22-culverham: community and mental health trust, WDES plan with four narrow quarter columns Q1–Q4 holding
// ONLY A FILL (no word), one Commentary column, Accountable beside Responsible; Q4 not reached, some quarters unrated.
import { Book, Plan, C, D } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Culverham Health and Care NHS Trust';
  const p = new Plan(book, { name: 'holdout81-wdes-2021-22-culverham', sheet: 'Action plan', standard: 'WDES', period: '2021-22', trust, widths: [9, 46, 18, 24, 10, 5, 5, 5, 5, 48], font: { name: 'Calibri', size: 10 } });
  const ws = p.ws;
  p.line([`${trust} – WDES action plan 2021/22`], { merge: ['A', 'J'], style: { bold: true, font: { size: 13 }, color: C.teal } });
  const ky = p.line(['Quarterly rating key:', '', '', '', '', '', '', '', '', ''], { merge: ['A', 'B'], style: { bold: true } });
  const row = ws.getRow(ky);
  [['C', C.blue, 'Achieved'], ['D', C.green, 'On plan'], ['E', C.amber, 'Some delay'], ['F', C.red, 'Significant delay']].forEach(([c, f, t]) => { const cell = row.getCell(c); cell.value = t; cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: f } }; cell.font = { name: 'Calibri', size: 10, color: { argb: c === 'D' || c === 'E' ? 'FF000000' : C.white } }; });
  ws.mergeCells(`F${ky}:I${ky}`);
  p.blank();
  const hr = p.header(['Metric', 'Action', 'Accountable', 'Responsible', 'Deadline', 'Q1', 'Q2', 'Q3', 'Q4', 'Commentary (Jan 2022)'], { style: { fill: C.teal, color: C.white, alignment: { horizontal: 'center', vertical: 'middle' } } });
  ws.views = [{ state: 'frozen', ySplit: hr }];
  const F = { B: C.blue, G: C.green, A: C.amber, R: C.red }; const RG = { B: 'blue', G: 'green', A: 'amber', R: 'red' };
  // [metric, action, accountable, responsible, deadline, q1, q2, q3, commentary]
  const rows = [
    ['1', 'Run a “count me in” declaration campaign with the Disabled Staff Network in every locality.', 'Director of People', 'Workforce Information Manager', D(2021, 9, 30), 'G', 'B', '', 'Declared rate up from 3.8% to 5.6%; closed in September.'],
    ['2', 'Add a reasonable adjustments question to every interview invitation letter.', 'Director of People', 'Recruitment Team Leader', D(2021, 6, 30), 'B', '', '', 'Done in June.'],
    ['3', 'Screen all formal capability cases for a possible disability link before a hearing is booked.', 'Director of People', 'Employee Relations Lead', D(2021, 12, 31), 'A', 'A', 'G', 'Screening in place since October; 11 cases checked.'],
    ['4a, 4b, 4c', 'Train mental health ward staff and community teams on how to challenge disability harassment from service users.', 'Director of Nursing', 'Professional Development Nurse', D(2022, 3, 31), '', 'R', 'A', 'Module written; first sessions in February because of staffing.'],
    ['5', 'Open a shadowing scheme for disabled staff in bands 3 to 6 wanting to move into team leader roles.', 'Director of People', 'OD Lead', D(2022, 3, 31), '', '', '', ''],
    ['6, 7', 'Use the network’s “Ask us” sessions to explain how to raise concerns about being pressed to work while unwell.', 'Chief Operating Officer', 'Disabled Staff Network Chair', D(2021, 11, 30), 'G', 'G', '', 'Sessions held in September and November; notes published.'],
    ['8', 'Hold adjustment budgets centrally and publish a request-to-delivery standard of four weeks.', 'Director of Finance', 'Health & Wellbeing Manager', D(2022, 3, 31), 'R', 'R', 'R', 'Business case deferred twice; now on the February Finance Committee agenda.'],
    ['9a, 9b', 'Give the network a budget line and report its work to the People Committee twice a year.', 'Director of People', 'EDI Manager', D(2021, 9, 30), 'G', 'B', 'B', 'First report taken in September.'],
    ['10', 'Publish board members’ disability declarations (with consent) in the annual report.', 'Chair', 'Trust Secretary', D(2022, 3, 31), 'G', '', 'G', 'Two board members consented.'],
  ];
  for (const r of rows) {
    const [met, act, acc, resp, dl, q1, q2, q3, com] = r;
    const last = q3 || q2 || q1;
    const qs = (x) => (x ? { fill: F[x] } : {});
    const inds = met.split(', ').filter((m) => m !== '4c');
    p.action([met, act, acc, resp, dl, '', '', '', '', com], { indicators: inds, action: act, lead: resp, due: `${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][dl.getUTCMonth()]}-${String(dl.getUTCFullYear()).slice(2)}`, status: '', rag: RG[last] ?? null, progress: com }, { styles: [{ alignment: { horizontal: 'center' } }, {}, {}, {}, { numFmt: 'mmm-yy' }, qs(q1), qs(q2), qs(q3), {}, {}] });
  }
  p.blank();
  p.line(['Q4 rating to be added at year end.  Accountable = executive who answers to the board; Responsible = person doing the work.'], { merge: ['A', 'J'], style: { italic: true } });
  const NOTES = "Original plan (fictional community and mental health trust). Sheet 'Action plan': title naming the trust, a KEY ROW ('Quarterly rating key:' merged A–B, then four filled cells Achieved blue, On plan green, Some delay amber, Significant delay red), a blank row, the teal header 'Metric | Action | Accountable | Responsible | Deadline | Q1 | Q2 | Q3 | Q4 | Commentary (Jan 2022)' (row 4, frozen), nine actions with no ref, a blank row and an italic line explaining Accountable / Responsible. The four narrow quarter cells hold NO WORD, only a fill; Q4 is empty on every row and several earlier quarters were not rated. Deadline is a real date shown mmm-yy. Judgement calls: status '' (no word anywhere) and rag = the fill of the LATEST rated quarter (metric 1: Q3 blank → Q2 blue; metric 2: rated only in Q1, blue; metric 10: Q2 blank, Q3 green); the shadowing action (metric 5) has no quarter rated and no commentary → rag null, progress ''; progress = the one Commentary cell as written; lead = Responsible, never Accountable; due = Deadline as displayed ('Sep-21'); the metric cell '4a, 4b, 4c' keeps 4a and 4b only (there is no metric 4c in the WDES); '6, 7' and '9a, 9b' → both; theme null; the key row's words are no statuses.";
  await book.save(`${p.name}.xlsx`);
  p.saveGold(NOTES, { latest: { ragCols: ['F', 'G', 'H', 'I'], updCols: ['J'], ragMode: 'fill' }, notFrom: ['C'] });
}
