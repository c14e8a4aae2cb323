// holdout94-wres-2020-21-scarthwaite: ambulance trust in the Covid year; an 'Indicater' column typed 'ind 3', 'Ind3', 'IND 7',
// 'indicator 2 & 3'; status in capitals on fills ('ONGOING', 'COMPLETE', 'ON HOLD (covid)' on grey); dues every which way; one row
// with the Indicater cell empty and the indicator typed at the start of the action ('WRES 6 - …').
import { Book, Plan, C, D, shown } from './lib.js';
const T = (s) => s.split('\n').map((l) => l.replace(/ +/g, ' ').trim()).join('\n');
export async function build() {
  const book = new Book();
  const trust = 'Scarthwaite Ambulance Service NHS Trust';
  const p = new Plan(book, { name: 'holdout94-wres-2020-21-scarthwaite', sheet: 'WRES 20-21', standard: 'WRES', period: '2020-21', trust, widths: [6, 14, 52, 26, 14, 18, 42], font: { name: 'Arial', size: 9 } });
  p.line([trust], { merge: ['A', 'G'], style: { bold: true, font: { size: 12 }, color: C.white, fill: 'FF00703C' } });
  p.line(['Workforce Race Equality Standard - action plan 2020/21 (revised Sept 20 for COVID)'], { merge: ['A', 'G'], style: { bold: true } });
  p.header(['Ref', 'Indicater', 'Action', 'Lead', 'Timescale', 'Status', 'Notes'], { style: { fill: C.grey } });
  const F = { green: C.green, amber: C.amber, red: C.red, blue: C.lightblue, grey: C.grey };
  const rows = [
    ['RECRUITMENT'],
    ['1.1', 'ind 1', 'Report BAME representation for EOC, PTS, 111 and A&E ops separately every quarter to the People Committee', 'Head of Workforce Info', 'Q4 20/21', 'ONGOING', 'green', 'Q1 + Q2 reported. EOC 17%, A&E ops 4%', ['1']],
    ['1.2', 'indicator 2 & 3', 'Paramedic recruitment - positive action open days with local colleges and remove the "C1 licence at application" barrier', 'Recruitment Manager', D(2021, 3, 31), 'ON HOLD (covid)', 'grey', 'open days paused until colleges reopen', ['2', '3']],
    ['1.3', 'Ind2', 'BAME assessor on every paramedic and EMT selection day', 'Head of Education', '31.03.2021', 'ONGOING', 'green', '11 assessors trained', ['2']],
    ['TREATMENT AT WORK'],
    ['2.1', 'ind 3', 'Independent check of every disciplinary against a BAME colleague before it goes to a formal hearing', 'Head of HR', 'end of march', 'COMPLETE', 'blue', 'Live since 01/08. 6 cases checked, 2 stopped', ['3']],
    ['2.2', 'IND 5', 'Body worn video on all front line crews and a clear message that racial abuse from patients will be reported to police', 'Head of Security', 'Sept', 'BEHIND', 'amber', 'supplier delay - 60% of crews have kit', ['5']],
    ['2.3', '', 'WRES 6 - station based "Let\'s Talk" sessions on banter and racism, run by BAME network + FTSU', 'FTSU Guardian ', 'Q3 20/21', 'ON HOLD (covid)', 'grey', 'moved to Teams - first one 12/01', ['6']],
    ['2.4', 'IND 7', 'Review the shift swap and annual leave process for fairness after network concerns', 'HR', D(2021, 1, 31), 'NOT STARTED', 'red', '', ['7']],
    ['LEADERSHIP'],
    ['3.1', 'ind 8', 'Ask staff reporting discrimination from a manager to see their Locality Manager within 2 weeks', 'Deputy Director of Ops', 'Q4 20/21', 'BEHIND', 'amber', 'Localities not all signed up', ['8']],
    ['3.2', 'Ind 9', 'Shadow board places for 2 BAME staff from the Aspiring Leaders cohort', 'Director of People ', 'Mar-21', 'COMPLETE', 'blue', 'Both started Nov', ['9']],
  ];
  const secs = []; let theme = null;
  for (const r of rows) {
    if (r.length === 1) { secs.push(p.line(r, { merge: ['A', 'G'], style: { bold: true, fill: C.paleblue } })); theme = r[0]; continue; }
    const [ref, ind, act, lead, due, st, rag, notes, inds] = r;
    const dueShown = due instanceof Date ? shown(due, 'mmm-yy') : due;
    p.action([ref, ind, act, lead, due, st, notes], { ref, indicators: inds, theme, action: T(act), lead: T(lead), due: dueShown, status: T(st), rag: rag === 'grey' ? null : rag, progress: T(notes) }, { styles: [{}, {}, {}, {}, due instanceof Date ? { numFmt: 'mmm-yy', alignment: { horizontal: 'left' } } : {}, { fill: F[rag] }, {}] });
  }
  p.blank();
  p.line(['Status colours: blue complete, green ongoing/on track, amber behind, red not started, grey = on hold due to COVID-19'], { merge: ['A', 'G'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional ambulance trust, Covid year) revised in September 2020. Sheet 'WRES 20-21': a dark green merged bar with the trust name in white, a title line, the header 'Ref | Indicater | Action | Lead | Timescale | Status | Notes' (row 3), three pale-blue merged SECTION rows in capitals (RECRUITMENT, TREATMENT AT WORK, LEADERSHIP) over nine actions 1.1–3.2, a blank row and an italic colour key. Indicators typed 'ind 1', 'indicator 2 & 3' (→ 2 and 3), 'Ind2', 'IND 5', 'IND 7', 'ind 8', 'Ind 9'. Timescale as text ('Q4 20/21', '31.03.2021', 'end of march', 'Sept', 'Q3 20/21') and as real dates shown mmm-yy ('Mar-21', 'Jan-21'). Judgement calls: ROW 11 (2.3) HAS ITS INDICATER CELL EMPTY and the indicator typed at the start of the action ('WRES 6 - station based …'); indicator = 6, and the action is kept whole with its prefix (the cell is the action). Status = the capitals as typed ('ONGOING', 'COMPLETE', 'BEHIND', 'NOT STARTED', 'ON HOLD (covid)'); rag = the fill (light blue → blue); 'ON HOLD (covid)' sits on GREY, which the key makes no RAG colour → rag null. Theme = the section row above. Leads as written ('HR', titles; trailing spaces dropped). Progress = Notes (the '01/08' and '12/01' inside are no dues). Ref = Ref.", { mode: 'fill', ragCol: 6, sections: secs });
}
