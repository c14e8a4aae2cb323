// holdout66-wdes-2024-25-teesbrook: a community trust's Board paper – the RAG count table and a 'Progress since last report' paragraph
// sit ABOVE the header; inside the grid, plain narrative paragraphs sit in the Action column alone (tall, unmerged, nothing else on
// the row) at the start of each workstream; a row says last year's actions were closed and points to an appendix.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Teesbrook Community Healthcare NHS Trust';
  const p = new Plan(book, { name: 'holdout66-wdes-2024-25-teesbrook', sheet: 'WDES Action Plan', standard: 'WDES', period: '2024-25', trust, widths: [8, 62, 10, 26, 13, 14, 44], font: { name: 'Arial', size: 10 } });
  p.line([`${trust} – Public Board, 5 December 2024`], { merge: ['A', 'G'], style: { bold: true, font: { size: 13 } } });
  p.line(['Enclosure 11: Workforce Disability Equality Standard action plan 2024-25 – progress'], { merge: ['A', 'G'], style: { bold: true } });
  p.blank();
  p.line([undefined, 'Position at 30 November 2024', 'Number'], { border: true, style: { bold: true } });
  const F = { Delivered: C.blue, 'On track': C.green, 'At risk': C.amber, 'Off track': C.red };
  for (const [k, n] of [['Delivered', 2], ['On track', 4], ['At risk', 2], ['Off track', 0]]) p.line([undefined, k, n], { border: true, styles: [{}, { fill: F[k] }] });
  p.line(['Progress since last report: two actions have been delivered since the September Board. The two at-risk actions depend on the new HR system, now due to go live in February 2025.'], { merge: ['A', 'G'], height: 30 });
  p.blank();
  p.header(['No.', 'Action', 'Metric', 'Lead', 'Timeline', 'RAG', 'Progress'], { style: { fill: C.nhs, color: C.white } });
  const ws_ = (t) => p.line([t], { border: true, style: { bold: true, fill: C.lightblue } });
  const narr = (t) => p.line([undefined, t], { border: true, height: 54 });
  const act = (th, [n, a, m, lead, due, st, prog]) => p.action([n, a, m, lead, due, st, prog], { ref: n, indicators: m ? String(m).split(/,\s*/) : [], theme: th, action: a, lead, due, status: st, rag: { Delivered: 'blue', 'On track': 'green', 'At risk': 'amber', 'Off track': 'red' }[st], progress: prog }, { styles: [{}, {}, {}, {}, {}, { fill: F[st] }] });
  let t = 'Workstream A: Data and declaration';
  ws_(t);
  narr('Our 2024 WDES return shows 5.8% of staff have declared a disability on ESR, against 24% in the staff survey. Closing this gap is the first priority because every other metric depends on it.');
  act(t, ['A1', 'Move disability self-declaration onto the new HR system\'s onboarding screens, with a reminder each year.', '1', 'HR Systems Lead', 'Feb 2025', 'At risk', 'Depends on the HR system go-live.']);
  act(t, ['A2', 'Run a "count me in" campaign through team briefs and the staff app, fronted by network members.', '1', 'Head of Communications', 'Oct 2024', 'Delivered', 'Campaign ran in October; 212 records updated.']);
  t = 'Workstream B: Fair processes';
  ws_(t);
  narr('Disabled staff remain more likely to enter the formal capability process (relative likelihood 1.9 in 2024, 2.3 in 2023), and the shortlisting ratio has moved in their favour for the first time.');
  act(t, ['B1', 'Require occupational health advice before any capability process moves to a formal stage.', '3', 'Head of Employee Relations', 'Dec 2024', 'On track', 'Policy change agreed with staff side; effective 1 January.']);
  act(t, ['B2', 'Offer disabled applicants the interview questions 24 hours ahead when they ask for it as an adjustment.', '2', 'Recruitment Manager', 'Sep 2024', 'Delivered', 'Live on every advert since September.']);
  act(t, ['B3', 'Record reasonable adjustments in a central log so they are not lost when staff move teams.', '7', 'HR Systems Lead', 'Mar 2025', 'At risk', 'Log will be built in the new HR system.']);
  t = 'Workstream C: Voice and visibility';
  ws_(t);
  narr('The Disability and Neurodiversity Network has grown to 140 members this year, but the staff engagement score for disabled staff is still 0.3 below that of non-disabled staff.');
  act(t, ['C1', 'Give the network chair two days a month of protected time and a small budget.', '9b', 'Director of People', 'Jul 2024', 'On track', 'Time agreed; budget confirmed for 2025-26.']);
  act(t, ['C2', 'Invite a network member to present a lived-experience story at a Board meeting each half-year.', '9a, 10', 'Trust Secretary', 'Mar 2025', 'On track', 'First story heard at the October Board.']);
  act(t, ['C3', 'Train all managers of community teams in neurodiversity awareness through a 90-minute online session.', '4a, 7', 'Learning and Development Lead', 'Mar 2025', 'On track', '310 of 520 managers trained.']);
  p.line(['—', 'Actions 6, 8 and 10 of the 2023-24 plan were completed and closed by the People Committee in April 2024; the closure evidence is in Appendix 1.'], { border: true, style: { italic: true, fill: C.palegrey } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional community trust): Enclosure 11 of a public Board paper, the WDES action plan 2024-25 progress. Above the header: a title, the enclosure line, a small RAG COUNT table ('Position at 30 November 2024 | Number', then 'Delivered 2', 'On track 4', 'At risk 2', 'Off track 0', the words on their colours) and a merged 'Progress since last report: …' paragraph; then one blue header 'No. | Action | Metric | Lead | Timeline | RAG | Progress' (row 11). Three workstream rows (bold, light blue, in column A, not merged). At the start of each workstream a NARRATIVE PARAGRAPH sits in the ACTION column alone – a tall bordered row with nothing else on it, quoting the year's WDES figures. The last row (a dash in No., grey italic) says three actions of the 2023-24 plan were closed and points to Appendix 1. RAG words on fills (Delivered blue, On track green, At risk amber). Judgement calls: the count table above the header is not actions and its colour words are no statuses; the narrative rows are NOT actions, though they stand in the Action column of the grid (they set out data, and have no number, lead, date or RAG); the closure row is not an action; ref = No.; indicators from the Metric column with the 2024 WDES codes ('9a, 10' → ['9a','10'], '4a, 7' → ['4a','7']); theme = the workstream row; status = the RAG word, rag = its fill (Delivered on blue → blue).", { mode: 'fill', ragCol: 'F' });
}
