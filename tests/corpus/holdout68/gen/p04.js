// holdout68-wres-2025-26-severnmoor: ICB; LAST YEAR'S ACTIONS WITH A YEAR-END DECISION (Close / Carry forward / Revise) and the
// 2025/26 wording, lead and date beside them, then a 'New actions for 2025/26' block under a second, shorter header.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'NHS Severnmoor Integrated Care Board';
  const p = new Plan(book, { name: 'holdout68-wres-2025-26-severnmoor', sheet: 'WRES plan 2025-26', standard: 'WRES', period: '2025-26', trust, widths: [8, 40, 20, 12, 26, 14, 42, 22, 12], font: { name: 'Arial', size: 10 } });
  p.line([trust], { merge: ['A', 'I'], style: { bold: true, font: { size: 14 }, color: C.nhs } });
  p.line(['Workforce Race Equality Standard: action plan 2025/26 and year-end review of 2024/25'], { merge: ['A', 'I'], style: { bold: true, font: { size: 12 } } });
  p.line(['Part 1 reviews every 2024/25 action and records the People Committee\'s decision (29 April 2025). Actions carried forward or revised continue in 2025/26 with the lead and date in columns H–I. Part 2 lists actions that are new this year.'], { merge: ['A', 'I'], height: 40 });
  p.blank();
  p.line(['PART 1 – 2024/25 ACTIONS: YEAR-END REVIEW AND DECISION'], { merge: ['A', 'I'], style: { bold: true, fill: C.paleblue } });
  p.header(['Ref', '2024/25 action', 'Lead (2024/25)', 'Due', 'Year-end position', 'Decision', '2025/26 action (if carried forward or revised)', '2025/26 lead', '2025/26 due'], { style: { fill: C.nhs, color: C.white }, height: 28 });
  const DEC = { Close: C.grey, 'Carry forward': C.neutralA, Revise: C.tan };
  const part1 = [
    ['R1', 'Publish the ICB\'s own WRES data with the system data.', 'Head of People', 'Sep-24', 'Published October 2024.', 'Close', '', '', ''],
    ['R2', 'Run reverse mentoring for every executive director.', 'Chief People Officer', 'Mar-25', '5 of 8 executives paired; two pairs stalled.', 'Carry forward', 'Run reverse mentoring for every executive director.', 'Chief People Officer', 'Dec-25'],
    ['R3', 'Adopt de-biased shortlisting for all ICB posts.', 'Head of Resourcing', 'Dec-24', 'Live on TRAC for Band 7+ only.', 'Revise', 'Extend de-biased shortlisting on TRAC to every ICB post from Band 2 to VSM.', 'Head of Resourcing', 'Sep-25'],
    ['R4', 'Bring race equality into primary care workforce funding bids.', 'Director of Primary Care', 'Mar-25', 'Criteria written into the 2025 bid round.', 'Close', '', '', ''],
    ['R5', 'Set up a system-wide race equality network for the ICS.', 'System EDI Lead', 'Jun-24', 'Network launched; 210 members.', 'Close', '', '', ''],
    ['R6', 'Report racist abuse of staff in provider contracts\' quality schedules.', 'Director of Nursing', 'Mar-25', 'Three of five providers reporting.', 'Carry forward', 'Report racist abuse of staff in provider contracts\' quality schedules.', 'Director of Nursing', 'Jun-25'],
    ['R7', 'Include a race equality objective in every ICB manager\'s appraisal.', 'Head of People', 'Mar-25', 'Appraisal form changed; completion not checked.', 'Revise', 'Audit 2025/26 appraisals to confirm every manager has a race equality objective and report completion by directorate.', 'Head of People', 'Jan-26'],
  ];
  const prior = []; const p1a = p.r + 1;
  for (const v of part1) {
    const opts = { height: 40, styles: [{}, {}, {}, {}, {}, { fill: DEC[v[5]] }] };
    if (v[5] === 'Close') prior.push(p.line(v, { ...opts, border: true, style: { color: 'FF7F7F7F' } }));
    else p.action(v, { ref: v[0], action: v[6], lead: v[7], due: v[8] }, opts);
  }
  const p1z = p.r;
  p.blank();
  p.line(['PART 2 – NEW ACTIONS FOR 2025/26'], { merge: ['A', 'I'], style: { bold: true, fill: C.paleblue } });
  p.header(['Ref', 'Action', 'WRES indicator', 'Lead', 'Due'], { merge: [['E', 'F']], style: { fill: C.nhs, color: C.white } });
  const part2 = [
    ['N1', 'Commission an independent review of why BME staff leave the ICB within two years, using exit interview data.', '2, 7', 'Head of People', 'Oct-25'],
    ['N2', 'Create a Band 8a/8b talent pool for BME staff across ICS partners, with secondments into ICB roles.', '7', 'Chief People Officer', 'Mar-26'],
    ['N3', 'Give every Board member a published race equality objective aligned with the EDI Improvement Plan.', '9', 'Chair', 'Jul-25'],
    ['N4', 'Train ICB line managers in handling concerns about racism raised by colleagues.', '6, 8', 'Organisational Development Lead', 'Nov-25'],
  ];
  for (const [ref, a, ind, l, d] of part2) p.action([ref, a, ind, l, d], { ref, indicators: ind.split(', '), action: a, lead: l, due: d }, { merge: [['E', 'F']], height: 30 });
  p.blank();
  p.line(['Decision key: Close – no further action; Carry forward – the same action continues; Revise – the aim continues with a new action.'], { merge: ['A', 'I'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional ICB). Layout: ICB name, title 'action plan 2025/26 and year-end review of 2024/25', an intro paragraph, then PART 1 (a pale-blue band, then header row 6 'Ref | 2024/25 action | Lead (2024/25) | Due | Year-end position | Decision | 2025/26 action (if carried forward or revised) | 2025/26 lead | 2025/26 due') with the seven 2024/25 actions, each with a Decision word on a fill (Close grey – row also in grey font; Carry forward amber-ish; Revise tan); then PART 2 (band, a shorter header 'Ref | Action | WRES indicator | Lead | Due', Lead merged E:F) with four new actions; a decision key at the foot. Judgement calls: the plan's current actions are the carried-forward and revised rows of Part 1 plus the new actions of Part 2. For Part 1 rows the gold takes the 2025/26 columns: action = the '2025/26 action' cell (for 'Carry forward' it repeats last year's wording; for 'Revise' it is the new wording, never the 2024/25 text), lead = '2025/26 lead', due = '2025/26 due'; the 2024/25 lead and due, the year-end position and the decision give no gold field (the decision is not a status; the plan carries no 2025/26 status, so status '' / rag null everywhere). The three 'Close' rows are last year's finished actions: non-action rows. Part 1 names no WRES indicator (indicators []), Part 2 does ('2, 7' → ['2','7']). ref as written (R2, R3, R6, R7, N1–N4). Decision key and intro are not actions; no theme (the PART bands split review from new work, they are not themes).", { priorRows: prior, notFromRange: [{ rows: [p1a, p1z], cols: ['D', 'E', 'F'] }, { rows: [p1a, p1z], cols: ['C'], fields: ['action', 'status', 'progress', 'outcome'] }, { rows: [p1a, p1z], cols: ['B'], fields: ['lead', 'due', 'status', 'progress', 'outcome'] }], fieldCols: [{ rows: [p1a, p1z], cols: { lead: 'H', due: 'I' } }, { rows: [p1z + 1, 99], cols: { lead: 'D', due: 'E', ref: 'A' } }], actionCols: [{ rows: [p1a, p1z], col: 'G' }, { rows: [p1z + 1, 99], col: 'B' }], forbidden: ['Close', 'Carry forward', 'Revise'] });
}
