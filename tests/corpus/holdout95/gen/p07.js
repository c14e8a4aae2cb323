// holdout95-wdes-2023-24-kestermoor: community trust, WDES plan after the steering group's September review, where strike-through means
// two different things: the key says struck = completed and closed (those rows are actions), and one struck row's status says
// 'Deleted – duplicate of K2.1' (not an action). A review note row under K3.2. Priority section rows; status on fills; real dates.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Kestermoor Community Healthcare NHS Trust';
  const p = new Plan(book, { name: 'holdout95-wdes-2023-24-kestermoor', sheet: 'WDES 23-24', standard: 'WDES', period: '2023-24', trust, widths: [7, 9, 50, 26, 13, 20, 42], font: { name: 'Calibri', size: 10 } });
  p.line([`${trust} – WDES Action Plan 2023/24`], { merge: ['A', 'G'], style: { bold: true, font: { size: 13 }, color: C.purple } });
  p.line(['Reviewed by the Disability Equality Steering Group (SG) on 19/09/23. Struck through = completed and closed at the September review (kept for the year-end report).'], { merge: ['A', 'G'], style: { italic: true } });
  p.blank();
  const h = p.header(['Ref', 'Metric', 'Action', 'Lead', 'Complete by', 'RAG', 'Progress at September review'], { style: { fill: C.purple, color: C.white } });
  p.ws.views = [{ state: 'frozen', ySplit: h }];
  const F = { Complete: C.lightblue, 'On track': C.lightgreen, 'Some delay': C.amber, 'Not on track': C.red };
  const RAG = { Complete: 'blue', 'On track': 'green', 'Some delay': 'amber', 'Not on track': 'red' };
  const fmt = 'dd mmm yy';
  const kept = []; const sections = []; let theme = null;
  const sec = (t) => { sections.push(p.line([t], { merge: ['A', 'G'], border: true, style: { bold: true, fill: C.lilac } })); theme = t; };
  const act = (ref, m, a, lead, due, s, upd, closed) => {
    const r = p.action([ref, m, a, lead, due, s, upd], { ref, indicators: m.split(/\s*(?:&|,|\/)\s*/), theme, action: a, lead, due: shown(due, fmt), status: s, rag: RAG[s] ?? null, progress: upd },
      { style: closed ? { strike: true } : {}, styles: [{}, { alignment: { horizontal: 'center' } }, {}, {}, { numFmt: fmt }, { fill: F[s] }, {}] });
    if (closed) kept.push(r);
    return r;
  };
  sec('Priority A – Knowing our workforce');
  act('K1.1', '1', 'Add a "tell us about you" reminder to the annual appraisal form so staff can update their disability status on ESR.', 'Workforce Systems Lead', D(2023, 7, 31), 'Complete', 'Appraisal form changed in July; declaration now 5.9%.', true);
  act('K1.2', '1', 'Publish declaration rates by service line every quarter, so that service managers can see where staff are not declaring.', 'Workforce Systems Lead', D(2023, 12, 31), 'On track', 'Q1 figures shared at Operational Management Group.');
  act('K1.3', '2', 'Check every shortlist for community nursing and therapy posts against the interview guarantee for disabled applicants.', 'Recruitment Lead', D(2024, 3, 31), 'Some delay', 'Audit started for therapy posts only.');
  sec('Priority B – Health and wellbeing at work');
  act('K2.1', '4a / 4b', 'Introduce a simple way for community staff working alone to report harassment from patients or the public, and report the numbers by disability.', 'Health & Safety Manager', D(2023, 11, 30), 'On track', 'Lone-worker app form agreed with the supplier.');
  act('K2.2', '7', 'Launch a Reasonable Adjustments Passport with the Disability Network and put it on the intranet.', 'HR Advisory Lead', D(2023, 9, 1), 'Complete', 'Launched 1 September; 34 passports so far.', true);
  const del = p.line(['K2.3', '4a', 'Give community staff a way to report abuse from patients when working alone in people\'s homes.', 'Health & Safety Manager', D(2024, 1, 31), 'Deleted – duplicate of K2.1', ''], { border: true, style: { strike: true }, styles: [{}, { alignment: { horizontal: 'center' } }, {}, {}, { numFmt: fmt }, { strike: false }, {}] });
  act('K2.4', '6', 'Run a "Well at work" session in each locality on presenteeism, with Occupational Health and the Disability Network.', 'OH Service Manager', D(2024, 2, 29), 'Not on track', 'No sessions yet – OH vacancy.');
  sec('Priority C – Voice, influence and leadership');
  act('K3.1', '9a / 9b', 'Give the Disability Network a budget and its chair four hours a week of protected time.', 'Director of People & OD', D(2023, 10, 31), 'On track', 'Budget agreed; time in job plan from October.');
  act('K3.2', '5 / 8', 'Run a development programme for disabled staff at Bands 4–7, with a sponsor from the senior leadership team.', 'Head of Leadership & OD', D(2024, 3, 31), 'On track', 'Programme designed; 18 applicants.');
  const note = p.line(['', '', 'Review note (SG 19/09/23): Chair asked for a clearer measure here – how many promoted or acting up within a year?'], { merge: ['C', 'G'], style: { italic: true, color: 'FF808080' } });
  act('K3.3', '10', 'Set out in the Board development plan how the Board will hear from disabled staff twice a year.', 'Trust Secretary', D(2024, 3, 31), 'Some delay', 'First session moved to January.');
  p.blank();
  p.line(['RAG: Complete (blue) / On track (green) / Some delay (amber) / Not on track (red).'], { merge: ['A', 'G'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional community trust) after the Disability Equality Steering Group's review of 19/09/23. Calibri 10: a purple title naming the trust and the plan, an italic line naming the review and giving the key 'Struck through = completed and closed at the September review (kept for the year-end report)', a blank row, a purple header 'Ref | Metric | Action | Lead | Complete by | RAG | Progress at September review' (row 4, frozen), three PRIORITY section rows on lilac merged across, the rows, and an RAG key. Complete-by dates are real dates shown 'dd mmm yy'. Status words on fills (Complete light blue, On track green, Some delay amber, Not on track red). Review marks: K1.1 (row 6) and K2.2 (row 11) are STRUCK THROUGH across the row with 'Complete' on light blue – closed at the review as the key line says; K2.3 (row 12) is also STRUCK THROUGH, but its status cell (not struck, unfilled) reads 'Deleted – duplicate of K2.1' – the same lone-worker reporting as K2.1; row 17 is a grey italic REVIEW NOTE merged across C–G under K3.2 ('Review note (SG 19/09/23): Chair asked for a clearer measure here …'). Judgement calls: strike-through means what the plan says it means – the two closed rows ARE actions of this year's plan (status 'Complete', rag blue, struck text read as written; as holdout49 aldermoor's closed log entries and holdout6 whinfield's closed actions), while K2.3 is not an action because its own status says it was deleted as a duplicate (as holdout29 tamarside's deleted row); the review note is not an action and not progress of K3.2; so the plan has nine actions. Theme = the priority row above; status = the word, rag from its fill; lead = Lead; due as displayed; ref = Ref; indicators from Metric with the 2021 codes ('4a / 4b', '9a / 9b', '5 / 8' → both); progress = Progress at September review; the review date is no due.", { mode: 'fill', ragCol: 6, sections, review: { col: 'C', dropped: [del], comments: [note], kept }, forbidden: ['19/09/23', 'Deleted – duplicate of K2.1'] });
}
