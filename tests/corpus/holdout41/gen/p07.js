// holdout41-wres-2021-22-westmarch: an NHS England regional team's WRES actions for its own staff, kept as a LOG by the regional HR
// business partner: a 'Date added' column first (not a due), capitalised theme rows, status in the keeper's own words ('on it',
// 'ticked off', 'slipped', 'not begun') with a wording-only key and no colour, indicators named in the text as '(ind 2)'.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'NHS England – Westmarch Region';
  const p = new Plan(book, { name: 'holdout41-wres-2021-22-westmarch', sheet: 'Regional WRES 21-22', standard: 'WRES', period: '2021-22', trust, widths: [11, 60, 28, 12, 11, 36] });
  p.line([trust], { style: { bold: true, font: { size: 12 } } });
  p.line(["WRES actions for our regional team's own staff, 2021/22"]);
  const key = p.line(['Key: ticked off = complete  |  on it = in progress  |  slipped = behind the date  |  not begun'], { merge: ['A', 'F'], style: { italic: true, font: { size: 9 } } });
  p.blank();
  p.header(['Date added', 'Action', 'Action owner', 'Due', 'Status', 'Notes'], { style: { fill: C.palegrey } });
  const secs = []; let theme = null;
  const sec = (t) => { theme = t; secs.push(p.line([t], { merge: ['A', 'F'], style: { bold: true }, border: true })); };
  const act = (added, a, owner, due, st, note, inds) => p.action([added, a, owner, due, st, note], { indicators: inds, theme, action: a, lead: owner, due, status: st, progress: note }, { styles: [{ numFmt: 'dd/mm/yy' }] });
  sec('RECRUITMENT');
  act(D(2021, 5, 12), 'Make sure every regional vacancy at Band 8b and above has a BAME member on the interview panel (ind 2).', 'Regional HR Business Partner', 'w/c 6 Sep', 'on it', '14 trained panel members so far', ['2']);
  act(D(2021, 5, 12), "Add the regional team's headcount by ethnicity and band to the quarterly workforce report (ind 1).", 'Regional Workforce Analyst', '06.12.21', 'ticked off', '', ['1']);
  sec('PROGRESSION');
  act(D(2021, 6, 3), 'Nominate regional staff for the national Ready Now programme, aiming for at least half of nominees from BAME backgrounds (ind 7).', 'Regional Director of Nursing', 'Jan 22', 'slipped', 'Programme paused nationally until Feb', ['7']);
  act(D(2021, 6, 3), 'Offer stretch projects in the regional transformation team to BAME staff at Bands 6 and 7.', 'Head of Regional Transformation', '31/3/22', 'not begun', '', []);
  act(D(2021, 7, 21), 'Set up a reciprocal mentoring cohort with the regional BAME network.', 'Regional Director of People', 'Nov 21', 'on it', '12 pairs matched', []);
  sec('CULTURE');
  act(D(2021, 5, 12), 'Hold a listening session for BAME colleagues after each staff survey (ind 6, 8).', 'Regional Director of People', 'Mar 22', 'ticked off', 'Held 17 March, 40 attended', ['6', '8']);
  act(D(2021, 7, 21), 'Write down a route for raising concerns about racism outside the line, including the regional Freedom to Speak Up guardian.', 'Regional FTSU Guardian', 'Oct 21', 'slipped', 'Waiting on national FTSU guidance', []);
  act(D(2021, 7, 21), 'Ask every regional director to carry a race equality objective in their own objectives (ind 9).', 'Regional Director', 'end June', 'ticked off', '', ['9']);
  await book.save(`${p.name}.xlsx`);
  p.saveGold(`Invented layout: an NHS England regional team's WRES actions for its own staff, kept as a log by the regional HR business partner, Arial 10 on sheet 'Regional WRES 21-22': the region's name, a subtitle with the year, an italic wording-only KEY 'Key: ticked off = complete | on it = in progress | slipped = behind the date | not begun' (row ${key}), a blank row, one header 'Date added | Action | Action owner | Due | Status | Notes' (row 5), then three bold capitalised section rows merged across the table ('RECRUITMENT', 'PROGRESSION', 'CULTURE') over eight actions. 'Date added' is a real date shown dd/mm/yy (when the row was logged); Due is typed text in many forms ('w/c 6 Sep', '06.12.21', 'Jan 22', '31/3/22', 'Nov 21', 'Mar 22', 'Oct 21', 'end June'). Indicators are named only inside some actions as '(ind 2)' or '(ind 6, 8)'. Judgement calls: Date added is never the due; due as written; theme = the section row above; indicators only where the text names them ('(ind 6, 8)' → ['6','8']), [] for the three that name none; status = the keeper's own word as written ('on it', 'ticked off', 'slipped', 'not begun') – the key gives meanings but no colours and no cell is coloured, so rag null throughout; progress = the Notes cell; lead = the Action owner as written.`,
    { sections: secs, notFrom: ['A'], dataRows: [key], indText: true });
}
