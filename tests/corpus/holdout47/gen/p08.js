// holdout47-wres-2021-22-wyreside: follows Healthier Lancashire and South Cumbria's 'ICP People Board key messages 12 July 2021' page (Central
// Lancashire): 'Meeting | ICP People Board', 'Meeting Date | 12 July 2021', 'Key decisions and actions', 'The July meeting of the ICP People
// Board provided updates and discussions around the following topics.', then one heading per topic ('Lessons Learned from Covid', 'Health and
// Wellbeing Workplan Review', 'Workforce Supply Workplan Review') with a paragraph each. ASSUMED: a WRES topic whose agreed system actions are
// set out as a small table between the other topics.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Wyreside Integrated Care Partnership';
  const p = new Plan(book, { name: 'holdout47-wres-2021-22-wyreside', sheet: 'Key messages', standard: 'WRES', period: '2021-22', trust, widths: [60, 34, 34, 22], font: { name: 'Arial', size: 10 } });
  const W = { merge: ['A', 'D'] };
  const H = { ...W, style: { bold: true, font: { size: 12 }, color: C.darkblue } };
  p.line(['Healthier Wyreside – ' + trust], { ...W, style: { bold: true, font: { size: 13 }, color: C.teal } });
  p.line(['Home › Wyreside › About › Our areas of focus › ICP People Board key messages 12 July 2021'], { ...W, style: { font: { size: 8 }, color: 'FF595959' } });
  p.line(['Meeting', 'ICP People Board'], { styles: [{ bold: true }] });
  p.line(['Meeting Date', '12 July 2021'], { styles: [{ bold: true }] });
  p.line(['Key decisions and actions'], { ...W, style: { bold: true, font: { size: 14 } } });
  p.line(['The July meeting of the ICP People Board received updates and discussed the topics below.'], W);
  p.line(['Lessons learned from Covid'], H);
  p.line(['Members received a report drawing together what forums across the partnership had learned during the pandemic. The findings were broad and did not point to anything the People Board itself could act on; work on shared principles for agile working is continuing through the HR directors\' group.'], { ...W, height: 42 });
  p.line(['Health and Wellbeing Workplan Review'], H);
  p.line(['Members heard that the scoping of each partner\'s health and wellbeing offer is complete and that a single ICP offer will come to the Board for approval. Information from primary care networks has been harder to gather.'], { ...W, height: 30 });
  p.line(['Workforce Race Equality Standard – system action plan'], H);
  p.line(['The Board received the 2021 WRES results of the five NHS partners and agreed the first system WRES actions, set out below. Each partner keeps its own WRES action plan; these actions are the ones partners will do together.'], { ...W, height: 30 });
  p.header(['Action agreed', 'Partner(s)', 'Owner', 'Date'], { style: { fill: C.paleblue } });
  const acts = [
    ['Share a single analysis of the five partners\' 2021 WRES results, showing where the partnership is furthest from parity', 'All partners', 'ICP Workforce Intelligence Lead', 'September 2021'],
    ['Set up a shared pool of trained diverse interview panel members that any partner can call on for Band 8a and above posts (WRES indicator 2)', 'Wyreside Teaching Hospitals; Fylde Moss Community Health', 'Director of People, Wyreside Teaching Hospitals', 'December 2021'],
    ['Launch a cross-partner reciprocal mentoring scheme for Board members and BAME colleagues (WRES indicator 9)', 'All partners', 'ICP People Board Chair', 'January 2022'],
    ['Agree a common approach to supporting staff after racist abuse from patients and the public, including a shared reporting code (WRES indicator 5)', 'Acute and ambulance partners', 'Director of Nursing, Wyreside Teaching Hospitals', 'March 2022'],
    ['Bring together the BAME staff network chairs of all partners as a system race equality forum that meets each quarter', 'All partners', 'ICP Head of EDI', 'October 2021'],
    ['Use the system Leadership Academy\'s positive action places for BAME colleagues at Bands 6 to 8a', 'All partners', 'Head of the Leadership Academy', 'From September 2021'],
    ['Compare disciplinary data by ethnicity across partners and agree a shared pre-investigation check (WRES indicator 3)', 'All partners', 'HR Directors\' Group', 'By next meeting (13 September 2021)'],
    ['Report progress on these actions to every People Board meeting', '', 'ICP Head of EDI', 'Each meeting'],
  ];
  for (const [a, partners, owner, date] of acts) {
    const m = /\(WRES indicator (\d)\)/.exec(a);
    p.action([a, partners, owner, date], { indicators: m ? [m[1]] : [], action: a, lead: owner, due: date });
  }
  p.line(['Workforce Supply Workplan Review'], H);
  p.line(['Gathering workforce data from every partner to show where the biggest workforce gaps lie has been difficult. Members discussed how the Board could help with supply pressures and agreed that a fuller workplan is needed to track this work.'], { ...W, height: 30 });
  p.line(['Next meeting: 13 September 2021'], { ...W, style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional integrated care partnership of five NHS partners) following a real published 'ICP People Board key messages' web page (Healthier Lancashire and South Cumbria, Central Lancashire, 12 July 2021): brand line, breadcrumb, two label rows ('Meeting | ICP People Board', 'Meeting Date | 12 July 2021'), 'Key decisions and actions', an opening sentence, then one HEADING per topic with a paragraph ('Lessons learned from Covid', 'Health and Wellbeing Workplan Review'), the WRES topic ('Workforce Race Equality Standard – system action plan', row 11) with its paragraph and a small table 'Action agreed | Partner(s) | Owner | Date' (header row 13, eight actions), and AFTER the table another topic ('Workforce Supply Workplan Review') and 'Next meeting: 13 September 2021'. Judgement calls: only the table's rows are actions – the other topics' paragraphs report discussion and say what others are doing, and name no owner or date; lead = the Owner column (a role, a group such as 'HR Directors' Group', or a role at a named partner), NEVER the Partner(s) column (partners take part; '' partners on the last row); due as written ('From September 2021', 'By next meeting (13 September 2021)', 'Each meeting'); the meeting date and the next-meeting line are not dues; indicators only where the action names one in brackets ('(WRES indicator 2)') – the system-wide actions without one get []; theme null (the WRES heading is the topic this plan sits under – the whole plan's title – not a theme within it); no status, rag null.", { notFrom: ['B'], forbidden: ['12 July 2021', 'Next meeting: 13 September 2021', 'ICP People Board'] });
}
