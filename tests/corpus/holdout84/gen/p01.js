// holdout84-wres-2016-17-saltmere: district general hospital's first WRES plan, kept by the Equality & Diversity Lead in Calibri 11:
// the Objective is MERGED DOWN beside its actions in column A; the Lead cell is MERGED DOWN over several actions where one person owns
// them all; timescales typed as text; status words on fills.
import { Book, Plan, C, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Saltmere Hospitals NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout84-wres-2016-17-saltmere', sheet: 'WRES Action Plan', standard: 'WRES', period: '2016-17', trust, widths: [30, 7, 9, 52, 26, 14, 14], font: { name: 'Calibri', size: 11 } });
  p.line([`${trust}`], { merge: ['A', 'G'], style: { bold: true, font: { size: 14 } } });
  p.line(['Workforce Race Equality Standard – Action Plan 2016/17'], { merge: ['A', 'G'], style: { bold: true } });
  p.line(['Based on the July 2016 WRES submission. Lead officer for the plan: Equality & Diversity Lead.'], { merge: ['A', 'G'], style: { italic: true } });
  p.blank();
  p.header(['Objective', 'No.', 'WRES ind.', 'Action', 'Lead', 'Timescale', 'Status'], { style: { fill: 'FF8EA9DB' } });
  p.ws.views = [{ state: 'frozen', ySplit: 5 }];
  const F = { Complete: C.green, 'On track': C.lightgreen, 'Behind schedule': C.amber, 'Not started': C.red };
  const R = { Complete: 'green', 'On track': 'green', 'Behind schedule': 'amber', 'Not started': 'red' };
  // [objective, [[no, ind, action, lead-or-null(=merged from above), timescale, status]]]
  const groups = [
    ['1. Make our recruitment fairer for BME applicants', [
      ['1.1', '2', 'Check every shortlisting panel for Band 6 and above includes at least one BME member, using the new panel register.', 'Head of Recruitment', 'Oct 2016', 'Complete'],
      ['1.2', '2', 'Remove applicant names and dates of birth from application forms before shortlisting (TRAC settings).', null, 'Dec 2016', 'On track'],
      ['1.3', '2', 'Report shortlisting-to-appointment ratios by ethnicity to the Workforce Committee every six months.', null, 'Jan 2017', 'Not started'],
    ]],
    ['2. Reduce the number of BME staff entering formal disciplinary', [
      ['2.1', '3', 'Introduce a pre-formal check by a senior HR business partner before any disciplinary investigation is opened.', 'Deputy Director of HR', 'Sept 2016', 'Complete'],
      ['2.2', '3', 'Train investigating officers in unconscious bias and fair investigation.', null, 'Feb 2017', 'Behind schedule'],
    ]],
    ['3. Improve BME staff experience and progression', [
      ['3.1', '7', 'Set up a BME Staff Network with time released for its chair to attend meetings.', 'Equality & Diversity Lead', 'Nov 2016', 'Complete'],
      ['3.2', '5, 6', 'Share the 2016 staff survey results for BME staff with every divisional board and ask each for one local action.', null, 'Mar 2017', 'On track'],
      ['3.3', '4', 'Record who is put forward for leadership courses by ethnicity and band.', 'Learning & Development Manager', 'Mar 2017', 'Not started'],
      ['3.4', '9', 'Present the Board’s ethnic make-up alongside the local population to the Nominations Committee.', 'Trust Secretary', 'Jan 2017', 'On track'],
    ]],
  ];
  for (const [obj, acts] of groups) {
    const first = p.r + 1; let leadStart = null; let lead = '';
    const close = (end) => { if (leadStart && end > leadStart) mergeDown(p.ws, 'E', leadStart, end); };
    acts.forEach(([no, ind, act, ld, ts, st], i) => {
      if (ld) { close(p.r); leadStart = p.r + 1; lead = ld; }
      p.action([i === 0 ? obj : '', no, ind, act, ld || '', ts, st], { ref: no, indicators: ind.split(', '), theme: obj, action: act, lead, due: ts, status: st, rag: R[st] },
        { styles: [{ bold: true, alignment: { vertical: 'middle' } }, { alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }, {}, { alignment: { vertical: 'middle' } }, {}, { fill: F[st] }] });
    });
    close(p.r); mergeDown(p.ws, 'A', first, p.r);
  }
  p.blank();
  p.line(['Key: Complete (dark green) | On track (light green) | Behind schedule (amber) | Not started (red)'], { merge: ['A', 'G'], style: { italic: true, font: { size: 9 } } });
  p.line(['Next review: Workforce Committee, April 2017'], { merge: ['A', 'G'], style: { italic: true, font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional district general hospital, first WRES year). Sheet 'WRES Action Plan': trust title, plan title, an italic line naming the plan's lead officer, then the header 'Objective | No. | WRES ind. | Action | Lead | Timescale | Status' (row 5, frozen) and nine actions numbered 1.1–3.4 under three objectives whose text is MERGED DOWN in column A beside their actions; the Lead cell (E) is MERGED DOWN over consecutive actions owned by the same person (1.1–1.3 Head of Recruitment; 2.1–2.2 Deputy Director of HR; 3.1–3.2 Equality & Diversity Lead); then a colour key and a next-review line. Judgement calls: theme = the merged Objective cell (with its number, as written); each action takes the lead of the merged Lead cell that covers it (Excel stores the value only in the top cell, but the reader sees one cell beside all of them); ref = No.; due = Timescale as typed ('Sept 2016' kept); status = the word, rag from its fill (dark and light green → green, amber, red); the plan's lead officer in the intro and the April 2017 review are no lead / due; indicators from 'WRES ind.' ('5, 6' → both).", { mode: 'fill', ragCol: 7, themeCol: 'A', mergedFields: { lead: 'E', due: 'F' }, forbidden: ['April 2017', 'Workforce Committee, April 2017'] });
}
