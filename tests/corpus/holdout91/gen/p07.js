// holdout91-wres-2022-23-pellowby: ambulance service, the WRES plan as found in the EDI folder in December 2022: status words in
// coloured font, an 'Area' column, one action struck through as dropped, a numbered placeholder, and due cells with an editor's query
// typed after the date or left 'to be confirmed at EDI group'.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Pellowby and Western Counties Ambulance Service NHS Trust';
  const p = new Plan(book, { name: 'holdout91-wres-2022-23-pellowby', sheet: 'WRES AP', standard: 'WRES', period: '2022-23', trust, widths: [10, 10, 12, 52, 28, 24, 44, 12], font: { name: 'Calibri', size: 10 } });
  p.line([trust], { merge: ['A', 'H'], style: { bold: true, font: { size: 13 }, color: 'FF00823B' } });
  p.line(['Workforce Race Equality Standard – action plan 2022/23'], { merge: ['A', 'H'], style: { bold: true } });
  p.line(['Areas: A&E = A&E operations; EOC = emergency operations centres; 111 = NHS 111 service; Corp = corporate.'], { merge: ['A', 'H'], style: { italic: true } });
  p.blank();
  p.header(['Action', 'WRES Indicator', 'Area', 'What we will do', 'Who', 'When', 'Progress', 'Status'], { style: { fill: 'FF00823B', color: C.white } });
  const COL = { 'On track': 'FF00B050', Slipped: C.amber, Late: C.red, Done: C.blue };
  const RAG = { 'On track': 'green', Slipped: 'amber', Late: 'red', Done: 'blue' };
  const act = (no, ind, area, a, who, when, prog, st, g = {}) => p.action([no, ind, area, a, who, when, prog, st], { ref: no, indicators: ind.split(/\s*(?:,|and)\s*/), action: a, lead: who, due: g.due ?? when, status: st, rag: RAG[st] ?? null, progress: prog },
    { styles: [{}, { alignment: { horizontal: 'center' } }, {}, {}, {}, {}, {}, st ? { bold: true, color: COL[st] } : {}] });
  act('Action 1', '1', 'All', 'Set a target for BME representation in every operational manager grade and report progress to the board twice a year.', 'Head of Workforce Planning', '30/09/2022', 'First report went to the board in October.', 'Done');
  act('Action 2', '2', 'A&E', 'Use anonymised shortlisting for all paramedic and emergency care assistant posts.', 'Head of Recruitment', '31/12/2022', 'Live for paramedic posts; ECA posts from January.', 'Slipped');
  act('Action 3', '3', 'All', 'Hold a "pause and reflect" check with the Head of ER before any BME colleague is suspended.', 'Head of Employee Relations', '31/10/2022', 'In place; 5 checks so far.', 'On track');
  act('Action 4', '4', 'EOC', 'Publish all EOC development opportunities (acting-up, secondments, courses) on one board so access is fair.', 'EOC Operations Manager', '31/03/2023 [JS: is this still right? EOC said June]', 'Board set up on the intranet.', 'On track', { due: '31/03/2023' });
  act('Action 5', '5 and 6', 'A&E', 'Issue body-worn cameras to crews in the three stations with the most reports of racist abuse, and report every incident to police.', 'Head of Security', 'to be confirmed at EDI group', '', 'Late');
  const struck = p.line(['Action 6', '6', '111', 'Survey 111 call handlers on bullying from colleagues.', 'Head of 111', '30/11/2022', 'Dropped – covered by the national staff survey.', 'Dropped'], { border: true, style: { strike: true, color: 'FF808080' } });
  act('Action 7', '7', 'All', 'Run a development programme for BME staff aspiring to clinical team leader posts, with a sponsor from the senior team.', 'Head of Leadership & OD', '31/03/2023', 'Twelve places filled; first module in January.', 'On track');
  act('Action 8', '8', '111', 'Run cultural awareness sessions for 111 team leaders after the rise in BME staff reporting discrimination from colleagues.', 'Inclusion Manager', '28/02/2023', '', '');
  const ph = p.line(['Action 9', '9', 'Corp', 'Action 9 – TBC (waiting for NHSE board guidance)', '', '', '', ''], { border: true, style: { italic: true, color: 'FF808080' } });
  act('Action 10', '1', 'Corp', 'Ask every BME colleague in a Band 8a+ post whether they would join a talent pool for director roles.', 'Director of People', '31/01/2023', 'Letters sent in November.', 'On track');
  p.blank();
  p.line(['Status: green On track, amber Slipped, red Late, blue Done. Blank = not yet updated.'], { merge: ['A', 'H'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional ambulance service) found mid-year in the EDI folder. Calibri 10: trust name, plan title, an italic line decoding the Area abbreviations (A&E, EOC, 111, Corp), a blank row, a green header 'Action | WRES Indicator | Area | What we will do | Who | When | Progress | Status' (row 5), ten numbered rows and an italic status key. Dues are typed text dd/mm/yyyy; Action 4's When cell has an editor's query typed after the date ('31/03/2023 [JS: is this still right? EOC said June]') and Action 5's reads 'to be confirmed at EDI group'. Status words in coloured FONT (green On track, amber Slipped, red Late, blue Done). Action 6 (row 11) is STRUCK THROUGH in grey with status 'Dropped'; Action 9 (row 14) is a PLACEHOLDER ('Action 9 – TBC (waiting for NHSE board guidance)', grey italic, no one, no date); Action 8 has no status yet. Judgement calls: the struck row and the placeholder are not actions; due = When without the editor's bracketed query ('31/03/2023'), 'to be confirmed at EDI group' kept as written; Action 8's blank status → status '' and rag null (the key: blank = not yet updated); status = the word, rag from its font colour; the Area column is context (no lead, no theme); indicators from the indicator column ('5 and 6' → both); ref = 'Action n'; progress = Progress, '' where empty; theme null.", { mode: 'font', ragCol: 8, notFrom: ['C'], struck: { col: 'D', rows: [struck] }, placeholders: [ph], draft: ['[JS:', 'EOC said June'] });
}
