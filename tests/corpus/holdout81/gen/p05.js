// holdout81-wres-2020-21-marrowdale: ambulance service, Covid-year WRES tracker; the 'Updates' cell stacks dated, initialled entries
// NEWEST FIRST ('latest at top'); status words in coloured FONT; 'Last updated' typed as text.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Marrowdale Ambulance Service NHS Trust';
  const p = new Plan(book, { name: 'holdout81-wres-2020-21-marrowdale', sheet: 'WRES tracker', standard: 'WRES', period: '2020-21', trust, widths: [7, 6, 44, 24, 11, 16, 60, 12], font: { name: 'Arial', size: 9 } });
  const ws = p.ws;
  p.line(['WRES action plan 2020/21 – live tracker'], { merge: ['A', 'H'], style: { bold: true, font: { size: 12 } } });
  p.line([trust, '', '', '', '', '', 'Initials: KM Kamala Mistry (EDI), JP Joe Pryce (HR), SO Sade Okafor (Ops)'], { merge: [['A', 'F'], ['G', 'H']], style: { color: 'FF404040' } });
  p.blank();
  const hr = p.header(['Ref', 'Ind', 'What we will do', 'Owner', 'By when', 'Status', 'Updates (latest at top)', 'Last updated'], { style: { fill: 'FF00703C', color: C.white } });
  ws.views = [{ state: 'frozen', ySplit: hr }];
  ws.autoFilter = `A${hr}:H${hr}`;
  const FC = { 'On track': C.green, Behind: C.orange, Done: C.blue, 'Paused (COVID-19)': 'FF808080', 'Not met': C.darkred };
  const RG = { 'On track': 'green', Behind: 'amber', Done: 'blue', 'Paused (COVID-19)': null, 'Not met': 'red' };
  const rows = [
    ['MR1', '1', 'Publish BME representation by band for each operational division (A&E, PTS, EOC, 111) every six months.', 'Workforce Information Lead', 'Oct 2020', 'Done', '[14/10/20 JP] Second report out; divisional packs sent.\n[22/07/20 JP] First report held back – ESR data cut delayed by COVID.', '14/10/2020'],
    ['MR2', '2', 'Put a BME assessor on every paramedic and EMT recruitment assessment centre.', 'Head of Recruitment', 'Dec 2020', 'Behind', '[11/01/21 KM] 7 of 12 centres covered; assessor pool too small.\n[02/11/20 KM] Assessors trained, 9 people.\n[18/08/20 KM] Training postponed, venue closed.', '11/01/2021'],
    ['MR3', '3', 'Bring a second manager into any decision to suspend a BME colleague, and report suspensions by ethnicity quarterly.', 'Head of Employee Relations', 'Sep 2020', 'On track', '[05/02/21 JP] Q3 report: 4 suspensions, 1 BME, all reviewed.\n[30/09/20 JP] Two-manager check in the suspension form.', '05/02/2021'],
    ['MR4', '4', 'Restart the level 4 and 5 apprenticeship route for EMTs from BME backgrounds paused in March.', 'Head of Education', 'Mar 2021', 'Paused (COVID-19)', '[03/12/20 SO] Still paused – classroom delivery not allowed; revisit Feb.', '03/12/2020'],
    ['MR5', '5', 'Give crews body-worn cameras and a clear route to report racist abuse by patients, with a welfare call after each report.', 'Head of Security', 'Mar 2021', 'On track', '[25/01/21 SO] Cameras issued at 11 of 17 stations.\n[06/10/20 SO] Funding confirmed from the national scheme.', '25/01/2021'],
    ['MR6', '6, 8', 'Make Speak Up Guardians available on night shifts in EOC and 111 through a rota of champions.', 'Freedom to Speak Up Guardian', 'Jan 2021', 'Not met', '[08/02/21 KM] Only 3 champions for nights; deadline missed.', '08/02/2021'],
    ['MR7', '7', 'Ring-fence places for BME staff on the team leader development programme.', 'Head of Leadership Development', 'Mar 2021', '', '', ''],
    ['MR8', '9', 'Add a BME associate non-executive to the board through the NExT Director scheme.', 'Chair', 'Mar 2021', 'Done', '[17/12/20 KM] Associate NED started 1 December.\n[15/09/20 KM] Interviews held.', '17/12/2020'],
  ];
  for (const r of rows) {
    const [ref, ind, act, own, by, st, upd] = r;
    p.action(r, { ref, indicators: ind.split(', '), action: act, lead: own, due: by, status: st, rag: st ? RG[st] : null, progress: upd ? upd.split('\n')[0] : '' }, { styles: [{}, { alignment: { horizontal: 'center' } }, {}, {}, {}, st ? { bold: true, color: FC[st] } : {}, {}, { alignment: { horizontal: 'center' } }] });
  }
  p.blank();
  p.line(['Status colours: green on track · orange behind · red not met · blue done · grey paused for COVID-19 (not rated).'], { merge: ['A', 'H'], style: { italic: true } });
  const NOTES = "Original plan (fictional ambulance service), a Covid-year WRES tracker. Sheet 'WRES tracker': a title, the trust name (merged A–F) beside an initials key (merged G–H), a blank row, the green header 'Ref | Ind | What we will do | Owner | By when | Status | Updates (latest at top) | Last updated' (row 4, frozen, autofilter), eight actions MR1–MR8, a blank row and an italic colour key. Status is a word in coloured BOLD FONT (no fills): On track green, Behind orange, Not met dark red, Done blue, 'Paused (COVID-19)' grey. The Updates cell STACKS dated entries with the writer's initials ('[14/10/20 JP] …'), one a line, NEWEST FIRST as the header says. 'Last updated' is typed text. Judgement calls: progress = the newest entry = the FIRST line, written as it stands with its bracketed date and initials; status = the Status word, rag from its font colour (grey 'Paused (COVID-19)' → rag null, as the key says it is not rated); MR7 has no status, update or date (status '', rag null, progress '' – still an action); lead = Owner (the people in the initials key lead nothing); due = By when as typed ('Oct 2020'); Last updated and the dates inside the updates are never dues; ref as written; indicators from 'Ind' ('6, 8' → both); theme null.";
  await book.save(`${p.name}.xlsx`);
  p.saveGold(NOTES, { mode: 'font', ragCol: 6, latest: { updCols: ['G'], stacked: 'newest' }, notFrom: ['H'], forbidden: ['Kamala Mistry', 'Joe Pryce', 'Sade Okafor'] });
}
