// holdout86-wdes-2023-24-osmerley: ambulance service plan with 'M1' / 'M4a' / 'M5 / M7' codes, a 'Support from' column, BRAG letters on
// fills, finished actions greyed out but left in place, dated jottings in the progress cell and a HIDDEN column keeping last year's refs.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Osmerley and Downs Ambulance Service NHS Trust';
  const p = new Plan(book, { name: 'holdout86-wdes-2023-24-osmerley', sheet: 'WDES 23-24', standard: 'WDES', period: '2023-24', trust, widths: [9, 50, 26, 26, 12, 7, 46, 10], font: { name: 'Arial', size: 9 } });
  p.line([`${trust} – WDES Action Plan 2023/24`], { merge: ['A', 'G'], style: { bold: true, font: { size: 12 }, color: 'FF006747' } });
  p.line(['Owner: Head of Inclusion. Reported to the People & Culture Committee every quarter.'], { merge: ['A', 'G'], style: { italic: true } });
  p.blank();
  p.header(['Metric', 'Action', 'Lead', 'Support from', 'Due', 'BRAG', 'Progress', 'Old ref (22/23)'], { style: { fill: 'FF006747', color: C.white } });
  p.ws.getColumn(8).hidden = true;
  p.ws.views = [{ state: 'frozen', ySplit: 4 }];
  p.ws.autoFilter = 'A4:G4';
  const F = { B: C.blue, R: C.red, A: C.amber, G: C.green };
  const RAG = { B: 'blue', R: 'red', A: 'amber', G: 'green' };
  const greyF = { color: 'FFA6A6A6' };
  const rows = [
    ['M1', 'Give every new starter, including bank and apprentice ECAs, the chance to share a disability at the induction ESR session.', 'Workforce Systems Manager', 'Education & Training Team', 'Jun-23', 'B', '[May 23] Slide and form added to induction. Closed.', 'D2'],
    ['M2', 'Check the paramedic and EMD recruitment tests for barriers to dyslexic and neurodivergent candidates, with an occupational psychologist.', 'Head of Recruitment', 'Disability & Neurodiversity Network (DaNN)', 'Dec-23', 'A', '[Jul 23] Psychologist appointed. [Oct 23] Report due in December; two test changes agreed so far.', 'D4'],
    ['M3', 'Screen every capability case for disability before stage 1 and record the outcome of the check.', 'Employee Relations Lead', 'HR Business Partners', 'Sep-23', 'G', '[Sep 23] Check on the case form; 3 cases screened.', ''],
    ['M4a', 'Give crews a disability-aware de-escalation module in the annual statutory refresher.', 'Head of Clinical Education', 'Security Management Specialist', 'Mar-24', 'G', '[Oct 23] Module written; first cohorts in November.', 'D6'],
    ['M4b', 'Ask station and EOC managers to have a "team check-in" conversation about disability-related banter after each rota change.', 'Head of Organisational Development', 'DaNN; staff side', 'Jan-24', 'R', '[Nov 23] Guidance not issued – OD team capacity.', ''],
    ['M5 / M7', 'Run a career conversations clinic for disabled staff in EOC, 111 and PTS, with one follow-up coaching session.', 'Leadership & Talent Manager', 'DaNN', 'Feb-24', 'A', '[Oct 23] First clinic held; 111 clinic moved to January.', ''],
    ['M6', 'Update the Attendance Management policy so that disability-related absence is recorded separately and adjusted triggers are agreed before any formal stage.', 'Head of HR Policy', 'Staff side; DaNN', 'Aug-23', 'B', '[Aug 23] Approved by JNCC. Closed.', 'D8'],
    ['M8', 'Fund adjustments centrally and order equipment within 15 working days, tracked on a shared log.', 'Occupational Health & Wellbeing Lead', 'Finance Business Partner', 'Mar-24', 'G', '[Nov 23] Central budget of £40k agreed; log live.', 'D9'],
    ['M9b', 'Give the DaNN chair a place on the Inclusion Steering Group and time to attend (one shift a month backfilled).', 'Inclusion Manager', 'Operations Directorate', 'Jul-23', 'B', '[Jul 23] Backfill agreed with operations. Closed.', ''],
  ];
  for (const r of rows) {
    const [met, act, lead, sup, due, b, prog, old] = r;
    const done = b === 'B';
    const base = done ? greyF : {};
    p.action(r, { indicators: met.replace(/M/g, '').split(' / '), action: act, lead, due, status: b, rag: RAG[b], progress: prog }, { styles: [base, base, base, base, base, { fill: F[b], bold: true, alignment: { horizontal: 'center' } }, base, {}] });
  }
  p.blank();
  p.line(['BRAG: B = complete (blue), R = not on track, A = some delay, G = on track. Completed actions stay on the plan greyed out until year end.'], { merge: ['A', 'G'], style: { italic: true } });
  p.line(['Next review: January 2024 (Q3 report).'], { merge: ['A', 'G'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional ambulance service). Sheet 'WDES 23-24': title naming the trust, an italic owner / reporting line (Head of Inclusion – the plan owner, not a lead), a blank row, the green header 'Metric | Action | Lead | Support from | Due | BRAG | Progress | Old ref (22/23)' (row 4, frozen, with an autofilter over A–G), nine actions, a BRAG key line and a next-review line. Column H ('Old ref (22/23)', last year's numbering 'D2', 'D4' …) is HIDDEN. Finished actions are left in place in GREY font with a B on blue. Due is typed text 'Mmm-yy'. Progress cells are dated jottings ('[Jul 23] … [Oct 23] …'). Judgement calls: indicators from the Metric column's M-codes ('M4a' → 4a, 'M9b' → 9b, 'M5 / M7' → 5 and 7); no ref – the metric code is not a numbering and the hidden Old ref column is last year's, not this plan's; lead = Lead, never 'Support from' (which names the network, staff side, teams); due = Due as typed; status = the BRAG letter as written, rag from its fill (B blue = complete → blue); the grey font of finished rows is no status and they remain actions; progress = the whole Progress cell with its jottings (their dates are not dues); theme null; the owner line, key and review date give no field.", { mode: 'fill', ragCol: 6, notFrom: ['D', 'H'], forbidden: ['Head of Inclusion. Reported to the People & Culture Committee every quarter.', 'January 2024', 'D2', 'D4', 'D6', 'D8', 'D9'] });
}
