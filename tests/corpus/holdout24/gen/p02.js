// holdout24-wres-2016-17-ravensby: follows a published WRES action plan 2016-17 of a mental health and community foundation trust
// (Northamptonshire's, one of the shared fixtures' sources): 'Item | Activity/Work Piece | Details/Outcome to be achieved | Expected
// date of completion | Key actions | Responsibility for action | Date achieved/progress Red = … Amber = … Green = …' – the RAG KEY
// INSIDE THE HEADER CELL – with section rows ('Governance/Assurance' …) and no WRES indicator per row.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Ravensby Healthcare NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout24-wres-2016-17-ravensby', sheet: 'Sheet1', standard: 'WRES', period: '2016-17', trust, widths: [7, 44, 34, 16, 40, 20, 38] });
  p.line([`${trust} WRES Action Plan 2016-2017`], { merge: ['A', 'G'], style: { bold: true, font: { size: 12 } } });
  p.line(['We want a culture in which equality, diversity and inclusion are part of everyday work. The WRES plan is one part of that and should be read with our People and Quality strategies.'], { merge: ['A', 'G'], height: 30 });
  p.blank();
  p.header(['Item', 'Activity/Work Piece', 'Details/Outcome to be achieved', 'Expected date of completion', 'Key actions', 'Responsibility for action', 'Date achieved/progress\nRed = yet to begin\nAmber = in progress\nGreen = completed'], { style: { fill: C.grey }, height: 54 });
  const F = { R: [C.red, 'red'], A: [C.amber, 'amber'], G: [C.green, 'green'] };
  const sections = [
    ['Governance/Assurance', [
      ['Keep reporting diversity figures from HR to the Equality Group so that progress on the WRES can be tracked.', 'Board and Equality Group can see how the Trust is doing; better assurance.', 'Ongoing', 'Review the figures each quarter and act on any trend; look for root causes.', 'HR', 'Diversity report now a standing item at the Equality Group and Performance Committee.', 'G'],
      ['Agree one workforce equality dashboard for the Equality Assurance Board and the Performance Committee.', 'Same figures used at every level; WRES built into Board assurance.', 'September 2016', 'Look at existing metrics and good practice; design the dashboard and how often it is reported.', 'Head of Workforce Information', 'Draft dashboard shared in October; sign-off moved to January.', 'A'],
    ]],
    ['Recruitment and Selection', [
      ['Check shortlisting and appointment rates for BME applicants in every directorate twice a year.', 'Find where BME applicants are less likely to be appointed.', 'March 2017', 'Pull data from TRAC; share the results with each directorate\'s senior team.', 'Recruitment Manager', 'First half-year report produced.', 'A'],
      ['Put a trained BME panel member on interviews for Band 8a posts and above.', 'Fairer selection for senior posts.', 'December 2016', 'Recruit and train a pool of panel members; keep a rota.', 'Head of Equality and Inclusion', 'Not started – pool being recruited.', 'R'],
    ]],
    ['Staff Experience', [
      ['Run listening events with BME staff on harassment from patients and colleagues.', 'Understand what lies behind the staff survey results.', 'November 2016', 'Hold four events across the county; write up themes for the Board.', 'Head of Equality and Inclusion', 'Four events held; themes reported in December.', 'G'],
      ['Offer mediation before any formal disciplinary process involving a BME member of staff.', 'Fewer BME staff entering formal processes.', 'March 2017', 'Change the disciplinary procedure; brief managers and staff side.', 'Head of HR', 'Procedure out for consultation.', 'A'],
      ['Launch a coaching scheme for BME staff wanting to move into Band 7 roles.', 'More BME staff believe the Trust offers equal chances of promotion.', 'April 2017', 'Recruit coaches; agree criteria with the BME network; evaluate after six months.', 'Learning and Development Lead', 'Not yet started.', 'R'],
    ]],
  ];
  let n = 0;
  for (const [sec, items] of sections) {
    (p.secs ||= []).push(p.line([sec], { merge: ['A', 'G'], style: { bold: true, fill: C.palegrey }, border: true }));
    for (const [act, out, due, keys, lead, prog, l] of items) {
      n++;
      p.action([n, act, out, due, keys, lead, prog], { ref: String(n), indicators: [], theme: sec, action: act, lead, due, status: '', rag: F[l][1], progress: prog, outcome: out }, { styles: [{}, {}, {}, {}, {}, {}, { fill: F[l][0] }] });
    }
  }
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, a mental health and community foundation trust) following a real published WRES action plan 2016-17 (Northamptonshire's): a merged title line with the trust name and plan, an intro paragraph, a blank row, then a grey header 'Item | Activity/Work Piece | Details/Outcome to be achieved | Expected date of completion | Key actions | Responsibility for action | Date achieved/progress Red = yet to begin Amber = in progress Green = completed' (row 4) – the RAG KEY IS INSIDE THE LAST HEADER CELL, on three lines. Three grey merged SECTION ROWS ('Governance/Assurance', 'Recruitment and Selection', 'Staff Experience') each over two or three items numbered 1–7 across the whole plan. No row names a WRES indicator. The last column holds the progress TEXT and its cell is FILLED red / amber / green. Judgement calls: the action is the 'Activity/Work Piece' (B); 'Key actions' (E) are the steps of that same item, not separate actions, and no gold field comes from them; the outcome is 'Details/Outcome to be achieved' (C); due = 'Expected date of completion' as written ('Ongoing', 'September 2016'); lead = 'Responsibility for action' (including the bare team 'HR'); ref = Item number; theme = the section row above; indicators [] (the plan names none, and none is guessed from the wording); there is NO STATUS WORD – the progress column's text is progress and its FILL is the rag, so gold status is '' and rag is the fill's colour (the key's words are not copied in as a status).", { sections: p.secs, colourOnly: { col: 'G', progress: true }, ragCol: 'G', mode: 'fill', statusIsCell: false, notFrom: ['E'] });
}
