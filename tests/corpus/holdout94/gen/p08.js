// holdout94-wres-2024-25-wraxby: mental health trust, table from column B with mixed-case headings; dues typed six ways ('31/3/25',
// '31.03.2025', 'Mar-25', 'end of march', 'Q4 24/25', '2025 March'); status words on fills; one action whose sentence runs on into
// the Action cell of the row below (Enter pressed instead of Alt+Enter).
import { Book, Plan, C, D, shown } from './lib.js';
const T = (s) => s.split('\n').map((l) => l.replace(/ +/g, ' ').trim()).join('\n');
export async function build() {
  const book = new Book();
  const trust = 'Wraxby Partnership NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout94-wres-2024-25-wraxby', sheet: 'Plan', standard: 'WRES', period: '2024-25', trust, startCol: 2, widths: [2, 7, 11, 52, 24, 13, 15, 42], font: { name: 'Calibri', size: 11 } });
  p.line([trust], { style: { bold: true, font: { size: 14 }, color: C.purple } });
  p.line(['race equality (WRES) action plan 2024-25   ***DRAFT - not for circulation***'], { style: { bold: true, color: C.red } });
  p.blank();
  p.header(['ref', 'WRES indicator', 'ACTION', 'lead', 'due date', 'status', 'update'], { style: { fill: 'FFFFF2CC' } });
  const F = { green: C.green, amber: C.amber, red: C.red, blue: C.lightblue };
  const rows = [
    ['W1', 'ind 1', 'Set a target for BME representation at band 8a+ for each care group and report it in the quarterly workforce dashboard', 'Head of Workforce Planning', '31/3/25', 'in-progress', 'amber', 'targets agreed for 3 of 5 care groups', ['1']],
    ['W2', 'WRES3', 'Pre-formal check by a senior HR BP and a trained panel member on every disciplinary case involving a BME colleague', 'HR', '31.03.2025', 'Complete', 'blue', 'In place since July, 14 cases checked, 4 resolved informally', ['3']],
    ['W3', 'wres 2', 'Reduce time to hire gap for BME candidates in inpatient nursing - review where candidates', 'Recruitment Manager', D(2025, 3, 31), 'IN PROGRESS', 'amber', 'data pulled for Q1-Q2, gap is at pre-employment checks', ['2'], { cont: 'drop out (shortlisting, interview, pre-employment checks) and fix the worst stage' }],
    ['W4', 'Ind 4', 'Ring-fence 4 places on the Mary Seacole programme for BME staff at bands 5-7', 'Head of Learning ', 'end of march', 'on track', 'green', 'all 4 places filled', ['4']],
    ['W5', 'ind 5 + 6', 'Racism on the wards - zero tolerance posters in all inpatient units, a post-incident debrief for staff within 72 hours, and a named senior contact per unit', 'Associate Director of Nursing (Inpatients)', 'Q4 24/25', 'on track', 'green', 'posters up, debrief in 6 of 11 units', ['5', '6']],
    ['W6', '7', 'Career conversations for every BME staff member at band 5-6 who asks, with a trained manager from another team', 'Head of OD', '2025 March', 'not yet started', 'red', 'managers not yet trained', ['7']],
    ['W7', 'ind8', 'Mediation offer for staff reporting discrimination from a colleague or manager', 'HR', 'Dec 24', 'complete ', 'blue', 'mediators from the regional pool', ['8']],
    ['W8', '9', 'Board reverse mentoring - each NED paired with a BME staff member', 'Trust Secretary', 'Q3 24/25', 'Compelte', 'blue', 'All 7 NEDs paired', ['9']],
  ];
  const joins = {};
  for (const r of rows) {
    const [ref, ind, act, lead, due, st, rag, upd, inds, over = {}] = r;
    const dueShown = due instanceof Date ? shown(due, 'mmm-yy') : due;
    const full = over.cont ? `${T(act)} ${over.cont}` : T(act);
    const row = p.action([ref, ind, act, lead, due, st, upd], { ref, indicators: inds, action: full, lead: T(lead), due: dueShown, status: T(st), rag, progress: T(upd) }, { styles: [{}, {}, {}, {}, due instanceof Date ? { numFmt: 'mmm-yy', alignment: { horizontal: 'left' } } : {}, { fill: F[rag] }, {}] });
    if (over.cont) { p.line(['', '', over.cont, '', '', '', ''], { border: true }); joins[row] = [{ col: 4, rows: [row + 1] }]; }
  }
  p.joins = joins;
  p.blank();
  p.line(['HR = the HR Business Partner team.  Fill status cell: blue complete, green on track, amber in progress, red not started'], { style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional mental health and community FT) kept as a draft with the table from column B (column A a narrow spacer). Sheet 'Plan': trust name, a title with a red DRAFT warning, a blank row, the header 'ref | WRES indicator | ACTION | lead | due date | status | update' in mixed case (row 4), eight actions W1–W8 with ONE CONTINUATION ROW, a blank row and an italic line decoding 'HR' and the status fills. Indicators typed 'ind 1', 'WRES3', 'wres 2', 'Ind 4', 'ind 5 + 6' (→ 5 and 6), '7', 'ind8', '9'. Dues typed '31/3/25', '31.03.2025', 'end of march', 'Q4 24/25', '2025 March', 'Dec 24', 'Q3 24/25' and one real date shown mmm-yy ('Mar-25'). Judgement calls: ROW 7 (W3)'S ACTION SENTENCE RUNS ON INTO THE ROW BELOW – row 8 holds only the rest of the sentence in the ACTION column ('drop out (shortlisting, interview, pre-employment checks) and fix the worst stage'), typed with Enter instead of Alt+Enter; it is not an action: the W3 action is the two cells read together with a space, and row 8 is a non-action row. Status = the word as typed (trailing space dropped, case and misspelling kept: 'IN PROGRESS', 'complete', 'Compelte', 'not yet started'); rag = the fill (light blue → blue). Leads as written ('HR' kept – not expanded from the line below; 'Head of Learning ' trailing space dropped). Progress = update. Ref = ref. Theme null.", { mode: 'fill', ragCol: 7 });
}
