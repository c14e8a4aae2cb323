// holdout30-wdes-2022-23-tidewell: a community trust's plan with NO HEADER ROW – the column meanings typed as a sentence in the title area –
// rows boxed with borders only, RAG as a fill with no word, and a key at the bottom.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Tidewell Community Healthcare NHS Trust';
  const p = new Plan(book, { name: 'holdout30-wdes-2022-23-tidewell', sheet: 'Sheet1', standard: 'WDES', period: '2022-23', trust, widths: [12, 62, 24, 14, 8], font: { name: 'Calibri', size: 11 } });
  p.line([`${trust} – WDES 2022/23`], { style: { bold: true } });
  p.line(['columns are: metric / what we will do / lead / by when / RAG (colour only, key at the bottom)'], { style: { italic: true, color: 'FF808080' } });
  const rows = [
    ['metric 1', ['1'], 'Drive to raise disability declaration on ESR through team briefs and the payslip message', 'Workforce Info Manager', 'Oct 22', C.green, 'green'],
    ['metric 2', ['2'], 'Guaranteed interview scheme checked on every advert and reported monthly', 'Recruitment Team Leader', 'Sept 22', C.green, 'green'],
    ['metric 3', ['3'], 'Reasonable adjustments considered and recorded before any formal capability meeting', 'Head of HR', 'Dec 22', C.amber, 'amber'],
    ['metric 4a/4b', ['4a', '4b'], 'Zero tolerance of abuse from patients in community clinics, with a simple way to report it on Datix', 'Head of Health and Safety', 'Nov 22', C.red, 'red'],
    ['metric 5', ['5'], 'Pilot a disabled colleagues mentoring circle in two localities', 'OD Practitioner', 'Jan 23', C.amber, 'amber'],
    ['metric 7', ['7'], 'Listening events for disabled colleagues with the Chief Exec, one per locality', 'Chief Executive', 'Mar 23', null, null],
    ['metric 8', ['8'], 'Adjustments agreement (passport) relaunched with a manager guide', 'Staff Network Chair', 'Dec 22', C.amber, 'amber'],
    ['metric 9a', ['9a'], 'Publish "you said, we did" on the staff survey results', 'Head of Engagement', 'Feb 23', null, null],
  ];
  for (const [m, inds, a, l, d, fill, rag] of rows) p.action([m, a, l, d, ''], { indicators: inds, action: a, lead: l, due: d, rag }, { styles: [{}, {}, {}, {}, fill ? { fill } : {}] });
  p.blank();
  const k = [['completed / on track', C.green], ['some delay', C.amber], ['at risk', C.red], ['not started yet (no colour)', null]];
  const keyRows = []; for (const [w, f] of k) keyRows.push(p.line(['', w, undefined, undefined, ''], { at: 1, styles: [{}, {}, {}, {}, f ? { fill: f } : {}], border: false }));
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional community trust) on 'Sheet1', Calibri 11, with NO HEADER ROW: the trust and 'WDES 2022/23' on row 1, then a grey italic line that says what the columns are ('columns are: metric / what we will do / lead / by when / RAG (colour only, key at the bottom)'), then eight bordered action rows directly below it. The last column is a narrow RAG cell with a FILL AND NO WORD (green, amber, red, or no fill). Under a blank row, a KEY of four rows: the meaning typed in column B and the swatch in the RAG column (E) – green 'completed / on track', amber 'some delay', red 'at risk', no colour 'not started yet (no colour)'. Metrics typed 'metric 1', 'metric 4a/4b', 'metric 9a' (2022 set). Judgement calls: the column-description line is read as the header (it names the columns in order) but it is not a header row in the grid (headerRows []); every bordered row under it is an action; status '' (no word in the cell) and rag = the fill (null where unfilled – 'not started yet' has no colour, so rag null, not a guessed status); indicators from the metric cell ('4a/4b' → ['4a','4b']); lead and due as written; theme null; the key rows are non-action rows and no gold field is taken from them.", { ragCol: 'E', mode: 'fill', dataRows: keyRows, forbidden: ['completed / on track', 'some delay', 'at risk', 'not started yet (no colour)'] });
}
