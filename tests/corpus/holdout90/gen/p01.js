// holdout90-wres-2016-17-pennithorn: acute trust's first WRES plan, reviewed at year end. 'Done?' holds only a symbol (✓ / ~ / ✗) in a
// coloured font; the key is a note BELOW the grid, after the sign-off line. One row carried forward with no symbol.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Pennithorn Hospitals NHS Trust';
  const p = new Plan(book, { name: 'holdout90-wres-2016-17-pennithorn', sheet: 'WRES 2016-17', standard: 'WRES', period: '2016-17', trust, widths: [6, 10, 50, 26, 13, 8, 44], font: { name: 'Calibri', size: 11 } });
  p.line([`${trust} – Workforce Race Equality Standard`], { merge: ['A', 'G'], style: { bold: true, font: { size: 14 } } });
  p.line(['Action plan 2016/17 – year-end review for the Workforce Committee, April 2017'], { merge: ['A', 'G'], style: { italic: true } });
  p.blank();
  p.header(['Ref', 'Indicator', 'Action', 'Lead', 'Timescale', 'Done?', 'Year-end update'], { style: { fill: C.paleblue } });
  p.ws.views = [{ state: 'frozen', ySplit: 4 }];
  const SYM = { '✓': C.green, '~': C.amber, '✗': C.red };
  const RAG = { '✓': 'green', '~': 'amber', '✗': 'red' };
  const rows = [
    ['W1', 'Ind 1', 'Produce a breakdown of BME staff by pay band for every clinical division and publish it on the intranet.', 'Head of Workforce Planning', 'Sept 2016', '✓', 'Published September; divisional figures now in the quarterly workforce pack.'],
    ['W2', 'Ind 2', 'Remove candidate names and dates of birth from shortlisting packs on NHS Jobs for all Band 5–7 posts.', 'Recruitment Services Manager', 'Dec 2016', '✓', 'Anonymised shortlisting switched on from 1 November.'],
    ['W3', 'Ind 2', 'Audit 100 recruitment files in surgery and medicine to find where BME applicants drop out after shortlisting.', 'HR Business Partner – Surgery', 'Jan 2017', '~', 'Surgery files audited (52); medicine audit slipped to May 2017.'],
    ['W4', 'Ind 3', 'Ask an independent HR manager to review every case before a BME member of staff is moved to a formal disciplinary hearing.', 'Deputy Director of HR', 'Oct 2016', '✓', 'Pre-hearing check in place; 14 cases reviewed, 5 resolved informally.'],
    ['W5', 'Ind 4', 'Track who gets funded places on leadership and clinical skills courses (non-mandatory), by ethnicity, each quarter.', 'Head of Learning & Development', 'Quarterly', '~', 'Q3 and Q4 reported; Q1–Q2 data incomplete.'],
    ['W6', 'Ind 5 & 6', 'Launch a “Speak Up Against Racism” campaign in the emergency department and acute medical unit, with posters and a reporting card.', 'Associate Director of Nursing', 'Nov 2016', '✗', 'Not launched – ED staffing pressures over winter; moved to next year.'],
    ['W7', 'Ind 7', 'Hold two open careers clinics a year for BME nurses and healthcare assistants wanting a first promotion.', 'Chief Nurse', 'Mar 2017', '✓', 'Clinics held in October and February; 61 attended.'],
    ['W8', 'Ind 8', 'Set up a BME staff network with an executive sponsor and a protected hour a month to attend.', 'Equality & Diversity Manager', 'Jan 2017', '', 'Carried forward to 2017/18 – first meeting booked for May.'],
    ['W9', 'Ind 9', 'Ask the recruitment agency for a diverse shortlist when the two non-executive posts fall vacant.', 'Trust Secretary', 'Mar 2017', '✗', 'No vacancies arose in the year.'],
  ];
  for (const [ref, ind, act, lead, ts, done, upd] of rows) {
    const inds = ind === 'Ind 5 & 6' ? ['5', '6'] : [ind.replace('Ind ', '')];
    p.action([ref, ind, act, lead, ts, done, upd], { ref, indicators: inds, action: act, lead, due: ts, status: done, rag: RAG[done] ?? null, progress: upd },
      { styles: [{}, {}, {}, {}, {}, { bold: true, font: { size: 14 }, color: SYM[done], alignment: { horizontal: 'center', vertical: 'middle' } }, {}] });
  }
  p.blank();
  const s1 = p.line(['Reviewed by the Workforce Committee on 25 April 2017. Actions not completed carry forward into the 2017/18 plan.'], { merge: ['A', 'G'], style: { italic: true } });
  const k1 = p.line(['Note – Done? column:  ✓ = achieved (green)    ~ = partly achieved (amber)    ✗ = not achieved (red)    blank = carried forward'], { merge: ['A', 'G'], style: { italic: true, font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute trust, first WRES year), Calibri 11. Sheet 'WRES 2016-17': a bold title naming the trust, an italic year-end review line (Workforce Committee, April 2017), a blank row, a pale-blue header 'Ref | Indicator | Action | Lead | Timescale | Done? | Year-end update' (row 4, frozen), nine actions W1–W9, a blank row, an italic sign-off line (reviewed 25 April 2017) and, UNDER IT, the only key – a small italic note: '✓ = achieved (green) ~ = partly achieved (amber) ✗ = not achieved (red) blank = carried forward'. The 'Done?' cell holds ONLY A SYMBOL in a large bold coloured font (no fill, no word). Judgement calls: status = the symbol as written ('✓', '~', '✗'), rag = its font colour, which agrees with the key below (✓ green, ~ amber, ✗ red); W8's Done? cell is empty (carried forward, said in its update) → status '' and rag null; indicators from 'Ind N' ('Ind 5 & 6' → ['5','6']); ref = Ref; lead = Lead; due = Timescale as typed ('Sept 2016', 'Quarterly'); progress = Year-end update. The review date in the sign-off line and 'May 2017' in updates are no dues. Theme null. The sign-off and key lines are non-action rows.", { mode: 'font', ragCol: 6, keyBelow: { rows: [k1], words: ['✓', '~', '✗'] }, forbidden: ['25 April 2017'] });
}
