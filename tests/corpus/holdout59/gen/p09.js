// holdout59-wres-2020-21-ashgrove: a mental health trust's WRES workbook: a 'Summary' sheet counting actions by status, then 'Actions',
// whose Target column is written in WORDS ('By end of Q2', 'Before next staff survey (Oct 2020)', 'Annual – each March', 'by 31/03/21');
// leads such as 'All managers', 'HRBPs (all divisions)'; plain status words with no colour anywhere.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Ashgrove Partnership NHS Foundation Trust';
  const sm = book.wb.addWorksheet('Summary');
  sm.getColumn(1).width = 30; sm.getColumn(2).width = 12;
  const put = (r, vals, font = {}) => vals.forEach((v, i) => { const c = sm.getCell(r, i + 1); c.value = v; c.font = { name: 'Arial', size: 10, ...font }; });
  put(1, [`${trust} – WRES action plan 2020/21`], { bold: true, size: 13 }); put(3, ['Status', 'Actions'], { bold: true });
  put(4, ['Achieved', 3]); put(5, ['On target', 4]); put(6, ['Slipping', 2]); put(7, ['Not yet started', 1]); put(8, ['Total', 10], { bold: true });
  const p = new Plan(book, { name: 'holdout59-wres-2020-21-ashgrove', sheet: 'Actions', standard: 'WRES', period: '2020-21', trust, widths: [7, 10, 56, 28, 30, 15, 40], font: { name: 'Arial', size: 10 } });
  p.line(['WRES action plan 2020/21 – detail'], { merge: ['A', 'G'], style: { bold: true, font: { size: 12 } } });
  p.line(['Owner: Director of People and OD. Refreshed after each quarterly People Committee; the Summary sheet is updated by hand.'], { merge: ['A', 'G'], style: { italic: true } });
  p.header(['Ref', 'WRES', 'What we will do', 'Who leads', 'Target', 'Status', 'Latest position'], { style: { fill: C.tan } });
  const rows = [
    ['R1', '1', 'Show the ethnicity profile of each care group at every care group performance review.', 'Care Group Directors', 'By end of Q2', 'Achieved', 'On the review template since August.'],
    ['R2', '2', 'Ask every recruiting manager to complete the trust\'s inclusive recruitment e-learning before shortlisting.', 'All managers', 'by 31/03/21', 'On target', '62% of recruiting managers completed.'],
    ['R3', '2', 'Check every Band 7 and above shortlist for ethnic diversity before interviews are arranged.', 'Recruitment Team', 'Quarterly check', 'On target', ''],
    ['R4', '3', 'Use a "just culture" decision tool before any formal investigation and audit its use by ethnicity.', 'HRBPs (all divisions)', 'Within 3 months of launch', 'Slipping', 'Tool launched in November; audit not started.'],
    ['R5', '4', 'Report release for non-mandatory training by ethnicity to the Education Group.', 'Head of Learning', 'Six-monthly', 'Achieved', 'First report in September.'],
    ['R6', '5', 'Support staff on inpatient wards after racist abuse from patients with a post-incident debrief.', 'Ward managers / Psychology', 'Before next staff survey (Oct 2020)', 'Achieved', ''],
    ['R7', '6', 'Promote the FTSU Guardian and BAME champions as routes for raising bullying concerns.', 'FTSU Guardian', 'Ongoing', 'On target', ''],
    ['R8', '7', 'Offer shadowing and coaching to BAME staff at Bands 6 and 7 who want to move into team leader roles.', 'Race Equality Network / L&D', 'Apr 2021', 'Slipping', 'Paused during second COVID-19 wave.'],
    ['R9', '8', 'Run reverse mentoring for every executive director with a member of the Race Equality Network.', 'Chief Executive', 'Annual – each March', 'On target', ''],
    ['R10', '9', 'Ask the Council of Governors\' nominations committee to set out how it will widen the field for NED posts.', 'Trust Secretary', 'Next NED vacancy', 'Not yet started', ''],
  ];
  for (const [ref, ind, act, lead, due, st, pos] of rows) p.action([ref, ind, act, lead, due, st, pos], { ref, indicators: [ind], action: act, lead, due, status: st, progress: pos }, { height: 36 });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, a mental health and community foundation trust) in two sheets. 'Summary' (first) names the trust and counts actions by status (Achieved 3, On target 4, Slipping 2, Not yet started 1, Total 10). 'Actions' has a title, an italic owner line, a tan header 'Ref | WRES | What we will do | Who leads | Target | Status | Latest position' and ten actions R1–R10. The TARGET column is written in WORDS: 'By end of Q2', 'by 31/03/21' (typed), 'Quarterly check', 'Within 3 months of launch', 'Six-monthly', 'Before next staff survey (Oct 2020)', 'Ongoing', 'Apr 2021' (typed), 'Annual – each March', 'Next NED vacancy'. Leads include 'All managers', 'HRBPs (all divisions)', 'Care Group Directors' and pairs joined by ' / '. STATUS is a plain word (Achieved / On target / Slipping / Not yet started) with no fill, font colour or key. Judgement calls: due = the Target cell exactly as written – relative timescales ('Within 3 months of launch', 'Next NED vacancy') are kept, not resolved to dates; lead = Who leads as written (pairs whole); status = the word, rag null (nothing on the sheet gives a colour, and none is guessed from the word); progress = Latest position where filled; the Summary sheet's counts are not actions; indicators from the WRES column; no theme.", { due: { col: 'E' }, lead: { col: 'D', mode: 'whole' }, status: { col: 'F', mode: 'word' }, progress: 'G' });
}
