// holdout32-wres-2019-20-stourholme: the BAME staff network chair's own tracker of what the trust agreed to do after the network's
// asks – the asks in one column, the trust's answer in the next, first names and roles for who, timescales as people said them, the
// network's view as a word on a fill, a 'Chased' column; one ask was refused; one ask got two answers; notes under the table.
import { Book, Plan, C, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Stourholme Partnership NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout32-wres-2019-20-stourholme', sheet: 'Tracker', standard: 'WRES', period: '2019-20', trust,
    widths: [5, 38, 46, 22, 16, 20, 18], font: { name: 'Calibri', size: 11 } });
  const ws = p.ws;
  p.line(['BAME Staff Network – what the Trust agreed to do on WRES 2019/20'], { style: { bold: true, font: { size: 13 } } });
  p.line([trust]);
  p.line(['Kept by Delroy (Network chair). Green = done, yellow = moving, pink = nothing yet. Last gone through with our Exec sponsor 07/01/20.'], { style: { italic: true } });
  const hr = p.header(['#', 'What we asked for (Network meeting, June 19)', 'What the Trust agreed', 'Who (Trust side)', 'By when', 'Network view', 'Chased'], { style: { fill: 'FFFFE699' } });
  const V = { Done: C.goodG, 'Done – partly': C.goodG, Moving: C.yellow, 'Nothing yet': C.badR, 'Moving (slowly)': C.yellow };
  const RAG = { Done: 'green', 'Done – partly': 'green', Moving: 'amber', 'Moving (slowly)': 'amber', 'Nothing yet': 'red' };
  const rows = [
    ['1', 'BAME rep on every interview panel for 8a and above', [['Trust will train a pool of BAME panel members and use one on all 8a+ panels from October (WRES 2).', 'Karen (Dir of Workforce)', 'October', 'Done – partly', 'chased 12/11']]],
    ['2', 'Proper look at why BAME staff end up in disciplinaries more', [['Independent review of the last three years of disciplinary cases by ethnicity, reported to the Board (WRES 3).', 'Employee Relations lead', 'before Xmas', 'Moving (slowly)', 'emailed x2, Nov']]],
    ['3', 'Stop the "acting up" jobs going to the same faces', [['All acting-up and secondment opportunities at Band 6+ to be advertised on the intranet for at least a week.', 'HRBPs', 'Sept', 'Done', '']]],
    ['4', 'Support for staff abused by patients because of race', [
      ['Ward managers to log racist abuse from patients on Datix as a separate category.', 'Head of Nursing (Gill)', 'end of March 2020', 'Moving', ''],
      ['Debrief offer within 48 hours for any staff member who reports racist abuse from a patient.', 'Staff Psychology Service', 'Q3', 'Nothing yet', 'chased 12/11 and 06/01'],
    ]],
    ['5', 'Network chair time – 1 day a month', [['Agreed – chair and vice chair get one day a month each, backfilled from the Workforce budget.', 'Karen (Dir of Workforce)', 'from July', 'Done', '']]],
    ['6', 'Reverse mentoring for the Board', [['Not agreed this year – CEO wants to try it with the exec team first, see 7.', '', '', '', '']], 'refused'],
    ['7', 'Exec team to hear from BAME staff directly', [['Reverse mentoring for the six executive directors, mentors from the Network.', 'Sam – OD', 'start Feb 2020', 'Nothing yet', 'asked Sam 06/01']]],
    ['8', 'Access to training – BAME nurses not getting the courses', [['Education team to publish who got CPD funding by ethnicity twice a year (WRES 4).', 'Head of Education', 'first one Jan 2020', 'Moving', '']]],
    ['9', 'Board to own this, not just HR', [['WRES actions to go to every Board as a standing item with a named NED.', 'Trust Secretary', 'not given', 'Done', '']]],
  ];
  const refusedRows = [];
  for (const [n, ask, answers, refused] of rows) {
    const r0 = p.r + 1;
    answers.forEach(([agreed, who, when, view, chased], i) => {
      const vals = [i === 0 ? n : undefined, i === 0 ? ask : undefined, agreed, who || undefined, when || undefined, view || undefined, chased || undefined];
      const styles = [{}, {}, {}, {}, {}, view ? { fill: V[view] } : {}, { italic: true, color: 'FF7F7F7F' }];
      if (refused) { refusedRows.push(p.line(vals, { border: true, styles: styles.map((s) => ({ ...s, color: 'FF7F7F7F' })) })); return; }
      const inds = (/WRES (\d)/.exec(agreed) || [])[1];
      p.action(vals, { ref: n, indicators: inds ? [inds] : [], action: agreed, lead: who, due: when === 'not given' ? '' : when, status: view, rag: RAG[view] }, { styles });
    });
    mergeDown(ws, 'A', r0, p.r); mergeDown(ws, 'B', r0, p.r);
  }
  p.blank();
  p.line(['Next 1:1 with CEO 20 Jan – take this sheet and the staff survey results.'], { style: { bold: true } });
  p.line(['Parked for next year: Board reverse mentoring (6), BAME rep on consultant AAC panels.']);
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional mental health trust) as its BAME staff network CHAIR keeps it – not the trust's own plan document but the chair's tracker of what the trust agreed after the network's asks: a title, the trust, an italic note (who keeps it, 'Green = done, yellow = moving, pink = nothing yet', last gone through with the exec sponsor 07/01/20), then a pale-yellow header '# | What we asked for (Network meeting, June 19) | What the Trust agreed | Who (Trust side) | By when | Network view | Chased' (row 4). Ask 4 got TWO answers (two rows, # and ask merged down over both); ask 6 was REFUSED ('Not agreed this year – CEO wants to try it with the exec team first, see 7.', greyed, nothing else filled); 'Who' as first names with roles ('Karen (Dir of Workforce)', 'Sam – OD'); 'By when' as people said it ('October', 'before Xmas', 'Sept', 'from July', 'Q3', 'not given'); 'Network view' words on fills; 'Chased' in grey italics ('chased 12/11', 'emailed x2, Nov'); two notes under the table. Judgement calls: the actions are what the Trust AGREED (column C), not the network's asks (column B is context – never action, lead or progress); the refused ask is not an action (a plain non-action row); both answers to ask 4 are actions with ref '4'; ref = '#' as written; lead = Who as written, '' where blank; due = By when as written, '' for 'not given' (the plan says there is none); status = the Network view word, rag = its fill (pale green → green, yellow → amber, pink → red) – the only status on the sheet; the Chased notes are not dues or progress; indicators only where the agreed text names one ('(WRES 2)'), [] otherwise – none guessed from wording; the exec-sponsor date, the CEO 1:1 date and the parked list are context; theme null.",
    { mode: 'fill', ragCol: 'F', notFrom: ['B', 'G'], dataRows: refusedRows, forbidden: ['not given', '20 Jan', '07/01/20'] });
}
