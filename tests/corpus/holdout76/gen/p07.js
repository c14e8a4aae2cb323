// holdout76-wdes-2023-24-lathamstow: combined acute and community trust, the WDES plan kept by the EDI team with owners adding comments.
// Status words typed and filled inconsistently ('completed?' on blue, 'on-track ', 'Ontrack', 'G'), metrics with and without a letter
// ('4', '4a', '9 & 10'), and one row (DS07) PASTED ONE COLUMN TO THE RIGHT from an owner's email: its ref sits under Metric, its metric
// under Action, and its comment spills into the unheaded column H beyond the table.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Lathamstow Healthcare NHS Trust';
  const font = { name: 'Calibri', size: 11 };
  const p = new Plan(book, { name: 'holdout76-wdes-2023-24-lathamstow', sheet: 'WDES 2023-24', standard: 'WDES', period: '2023-24', trust, widths: [8, 9, 52, 24, 13, 14, 50, 40], font });
  p.line([trust], { merge: ['A', 'G'], style: { bold: true, font: { size: 14 } } });
  p.line(['WDES Action Plan 2023-24'], { merge: ['A', 'G'], style: { bold: true } });
  p.line(['Status: Complete / On track / Slipped / Not started – and fill the cell blue / green / amber / red. Add comments with your initials and the date.'], { merge: ['A', 'G'], style: { italic: true } });
  p.header(['Ref', 'Metric', 'Action', 'Lead', 'Due', 'Status', 'Comments'], { style: { fill: C.lilac } });
  p.ws.views = [{ state: 'frozen', ySplit: 4, topLeftCell: 'A5', activeCell: 'C5' }];
  p.ws.autoFilter = 'A4:G4';
  const WORD = { Complete: 'blue', 'completed?': 'blue', 'On track': 'green', 'on-track': 'green', Ontrack: 'green', 'Not started': 'red', Slipped: 'amber', G: 'green' };
  const FILL = { blue: C.lightblue, green: C.green, amber: C.amber, red: C.red };
  const misplaced = {};
  // [ref, metric cell, action, lead, due, fmt, status, filled, comments, shifted]
  const rows = [
    ['DS01', '1', 'Ask every directorate to give ten minutes of a team meeting in October to “update your ESR record”.', 'HR Business Partners', D(2023, 10, 1), 'mmm-yy', 'Complete', true,
      'All 9 directorates done – declaration rate 4.9% → 6.2% (CW 14/11)'],
    ['DS02', '2', 'Publish a short “what to expect at interview” page listing the adjustments we can offer, linked from every advert.', 'CW', '30/9/23', null, 'completed?', true,
      'Page live 29/09 – CW.\nLink on adverts not checked yet by recruitment (LB 02/10)'],
    ['DS03', '3', 'Review the last two years of capability cases for disabled staff with the network and change the policy where adjustments were missed.', 'Head of Employee Relations', 'end Q4', null, 'On track', true,
      'Review group met 12/12 and 23/01 – 14 cases read so far.'],
    ['DS04', '4a', 'Train security and emergency department reception staff to respond when patients or visitors abuse staff because of a disability.', 'Lee Baxter', 'Jan 2024', null, 'on-track ', false,
      'LB 08/11: two sessions done\nLB 06/12: ED night staff still to do'],
    ['DS05', '4', 'Add “disability” as a reason in the incident system’s staff-harassment category so that reports can be counted.', 'Risk Manager', D(2023, 7, 31), 'dd/mm/yyyy', 'Complete', false, ''],
    ['DS06', '4b', 'Remind managers in the monthly brief how to log a report of harassment and what support to offer the member of staff.', 'Comms', 'ongoing', null, 'Ontrack', false,
      'July and October briefs done – Comms'],
    ['DS07', '5', 'Hold a careers clinic for disabled staff at Bands 2–6 with coaches from the regional leadership academy.', 'Head of Learning', 'March 2024', null, 'Not started', true,
      'Date being agreed with the academy (JS 15/01)', true],
    ['DS08', '7', 'Share the staff survey results on feeling valued with each directorate, with the three things disabled staff said would help most.', 'Head of Staff Experience', D(2024, 2, 1), 'mmm-yy', 'Slipped', true,
      'Survey results late from the supplier. SE team 19/01'],
    ['DS09', '9 & 10', 'Fund the Disability Network chair for one day a week and have the chair present the WDES report to the Board with the executive lead.', 'Chief People Officer', '31/3/24', null, 'G', false,
      'Chair time agreed from April. Board slot booked for 28/03. (CPO PA)'],
  ];
  for (const [ref, met, act, lead, due, f, st, filled, com, shifted] of rows) {
    const s = st.trim(); const rag = WORD[s];
    const gold = { ref, indicators: met.split(' & '), action: act, lead, due: due instanceof Date ? shown(due, f) : due, status: s, rag, progress: com };
    if (shifted) {
      // pasted from an email one column to the right: A empty, the comment in H (no border, unheaded)
      const r = p.action(['', ref, met, act, lead, due, st, com], gold,
        { styles: [{}, {}, { alignment: { horizontal: 'center' } }, {}, {}, {}, filled ? { fill: FILL[rag] } : {}, {}] });
      p.ws.getCell(`H${r}`).border = {};
      misplaced[r] = { ref: { col: 'B' }, indicators: { col: 'C' }, action: { col: 'D' }, lead: { col: 'E' }, due: { col: 'F' }, status: { col: 'G' }, progress: { col: 'H' } };
      continue;
    }
    p.action([ref, met, act, lead, due, st, com], gold,
      { styles: [{}, { alignment: { horizontal: 'center' } }, {}, {}, f ? { numFmt: f, alignment: { horizontal: 'left' } } : {}, filled ? { fill: FILL[rag] } : {}, {}] });
  }
  p.blank();
  p.line(['Last reviewed at the Disability Equality Group 24/01/24 – next review in April.'], { merge: ['A', 'G'], style: { italic: true, color: 'FF808080' } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional combined acute and community trust, 2021+ WDES metric set) kept by the EDI team with action owners adding their own comments. Sheet 'WDES 2023-24': trust name and title merged, an italic instruction line (status words and the colour to fill for each: Complete blue, On track green, Slipped amber, Not started red), the header 'Ref | Metric | Action | Lead | Due | Status | Comments' (row 4, frozen, autofilter), nine actions DS01–DS09, a blank row and a grey last-reviewed line. Due as real dates ('Oct-23', 'Feb-24' mmm-yy; '31/07/2023') and text ('30/9/23', 'end Q4', 'Jan 2024', 'ongoing', 'March 2024', '31/3/24'). Status typed 'Complete', 'completed?' (on a light-blue fill), 'On track', 'on-track ' (trailing space), 'Ontrack', 'G', 'Slipped', 'Not started'. Metrics '4a', '4b' and a bare '4', '9 & 10'. Judgement calls: ROW 11 (DS07) WAS PASTED ONE COLUMN TO THE RIGHT – column A empty, 'DS07' under Metric, '5' under Action, the action under Lead, the lead under Due, 'March 2024' under Status, 'Not started' (red fill) under Comments and the comment in the unheaded, unbordered column H; a careful reader reads the row shifted back: ref 'DS07', indicator 5 (not 7 from 'DS07'), action, lead 'Head of Learning', due 'March 2024', status 'Not started' (red), progress = the H cell. Status otherwise = the word as typed (trailing space dropped, 'completed?' kept with its question mark); rag = the fill where coloured (light blue → blue), otherwise the word read through the instruction line ('on-track', 'Ontrack', 'G' → green; 'Complete' → blue). Metric '4' is kept as written (no letter); '9 & 10' → 9 and 10. Lead as written ('CW' initials, a name, titles). Progress = Comments as written (initials and dates inside are no dues). Ref = Ref. Theme null. The review date is no due.",
    { mode: 'fillOrWord', ragCol: 6, words: WORD, cols: { ref: 'A', action: 'C', lead: 'D', due: 'E', status: 'F', progress: 'G' }, misplaced, indCol: 'B', forbidden: ['24/01/24'] });
}
