// holdout61-wres-2021-22-elmstead: community trust; the driver is a BRACKETED TAG AT THE END OF EACH ACTION ('[WRES 5, 6]', '[GPG]',
// '[EDS2]', '[PSED]', '[AR]'), keyed above the table; no indicator column; year-end position words with no colour.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Elmstead Community Health Services NHS Trust';
  const p = new Plan(book, { name: 'holdout61-wres-2021-22-elmstead', sheet: 'Action plan', standard: 'WRES', period: '2021-22', trust, widths: [5, 62, 26, 15, 18, 44], font: { name: 'Calibri', size: 11 } });
  p.line([`${trust}`], { merge: ['A', 'F'], style: { bold: true, font: { size: 14 }, color: C.teal } });
  p.line(['Equality and Inclusion Action Plan 2021/22 – year-end review'], { merge: ['A', 'F'], style: { bold: true } });
  p.line(['Tags: [WRES n] = Workforce Race Equality Standard indicator n   [GPG] = gender pay gap   [EDS2] = Equality Delivery System 2   [PSED] = public sector equality duty   [AR] = our anti-racism statement'], { merge: ['A', 'F'], height: 30, style: { italic: true, font: { size: 9 } } });
  p.blank();
  p.header(['#', 'Action', 'Lead', 'Timescale', 'Year-end position', 'Commentary'], { style: { fill: C.teal, color: C.white } });
  const rows = [
    ['Run two cohorts of the Stepping Up leadership programme for Band 5–7 staff from ethnic minority backgrounds. [WRES 7]', 'Head of Learning and Development', 'March 2022', 'Achieved', '31 completed; 6 since promoted.'],
    ['Publish our anti-racism statement, agreed with the Race Equality Network, and ask every team to discuss it at a team meeting. [AR]', 'Director of Nursing and Workforce', 'By Sept 2021', 'Achieved', 'Discussed in 84% of teams.'],
    ['Track ethnicity at every stage of recruitment in TRAC and report the shortlisting-to-appointment ratio to each directorate. [WRES 2]', 'Recruitment Lead', 'Quarterly', 'Partially achieved', 'Reports go to two of four directorates.'],
    ['Bring in a de-biasing check on disciplinary cases before formal investigation. [WRES 3]', 'Head of HR', 'Q3', 'Not achieved', 'Delayed by the policy review – carried into 2022/23.'],
    ['Explain the gender pay gap to staff in a short briefing and set a target for women in Band 8c and above. [GPG]', 'Head of Reward', 'March 2022', 'Achieved', 'Target of 60% agreed by the Board.'],
    ['Support community staff who face racist abuse in patients\' homes with a lone-worker escalation script. [WRES 5, 6]', 'Head of Health and Safety', 'Dec 2021', 'Partially achieved', 'Script written; app update pending.'],
    ['Refresh the EDS2 grading of Goal 3 with staff-side and the networks. [EDS2]', 'Equality and Inclusion Manager', 'Jan 2022', 'Achieved', 'Goal 3 graded "Developing".'],
    ['Publish the annual equality information report on the website by 31 January. [PSED]', 'Equality and Inclusion Manager', 'Jan 2022', 'Achieved', ''],
    ['Offer a reverse-mentoring place with a Race Equality Network member to every executive. [WRES 9]', 'Chief Executive', 'Ongoing', 'Partially achieved', 'Five of seven executives paired.'],
  ];
  const other = []; let n = 0;
  for (const [act, lead, due, st, com] of rows) {
    n++; const m = /\[WRES ([\d, ]+)\]$/.exec(act); const inds = m ? m[1].split(/,\s*/) : [];
    const r = p.action([n, act, lead, due, st, com], { ref: String(n), indicators: inds, action: act, lead, due, status: st, rag: null, progress: com }, { styles: [{ alignment: { horizontal: 'center' } }] });
    if (!inds.length) other.push(r);
  }
  p.blank();
  p.line(['Actions not achieved are carried into the 2022/23 plan. Signed off at the Equality and Inclusion Steering Group, 26 April 2022.'], { merge: ['A', 'F'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional community trust) kept as ONE EQUALITY AND INCLUSION PLAN, shown at its year-end review: trust name, title 'Equality and Inclusion Action Plan 2021/22 – year-end review', a TAG KEY line ('[WRES n] = Workforce Race Equality Standard indicator n   [GPG] = gender pay gap   [EDS2] …   [PSED] …   [AR] = our anti-racism statement'), a blank row, one teal header '# | Action | Lead | Timescale | Year-end position | Commentary' (row 5), nine numbered actions and a closing sign-off line. There is NO indicator or driver column: each action ENDS WITH A BRACKETED TAG saying what it answers. Judgement calls: every row is an action of the plan, the [AR], [GPG], [EDS2] and [PSED] rows as much as the WRES ones; indicators only from a '[WRES n]' tag ('[WRES 5, 6]' → ['5','6']); the other tags name no indicator → []; the gold action is the cell as written, tag included; ref = the # (1–9, numbers); due = Timescale as written ('By Sept 2021', 'Quarterly', 'Q3', 'Ongoing'); status = the year-end position word as written, with no colour → rag null; progress = Commentary ('' on row 13); theme null; the sign-off line (its date is not a due) and the tag key are context.", { mode: 'word', ragCol: 'E', words: {}, otherWork: other, indFrom: { col: 'B', re: '\\[WRES ([\\d, ]+)\\]' }, leadCol: 'C', dueCol: 'D', progressCol: 'F' });
}
