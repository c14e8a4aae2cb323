// holdout81-wres-2024-25-ormsgill: mental health and community trust, year-end WRES tracker: four quarterly update columns with NO
// RAG of their own, '–' typed where a quarter had nothing new, one uncoloured RAG word at the end and a 'Date RAG last changed' column.
import { Book, Plan, C, D } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Ormsgill Partnership NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout81-wres-2024-25-ormsgill', sheet: 'Year-end tracker', standard: 'WRES', period: '2024-25', trust, widths: [7, 10, 42, 22, 11, 28, 28, 28, 28, 10, 12], font: { name: 'Calibri', size: 10 } });
  const ws = p.ws;
  p.line([trust], { merge: ['A', 'K'], style: { bold: true, font: { size: 13 } } });
  p.line(['WRES action plan 2024–25: year-end position (Q4 updates added April 2025)'], { merge: ['A', 'K'] });
  p.line(['Write “–” in a quarter column if there was nothing new that quarter.  RAG = Green / Amber / Red / Blue (closed).'], { merge: ['A', 'K'], style: { italic: true, color: 'FF7F7F7F' } });
  p.blank();
  const hr = p.header(['Action', 'Indicator(s)', 'Description', 'Lead', 'Due', 'Q1 update', 'Q2 update', 'Q3 update', 'Q4 update', 'RAG', 'Date RAG last changed'], { style: { fill: 'FFD0CECE' } });
  ws.views = [{ state: 'frozen', ySplit: hr }];
  const W = { Green: 'green', Amber: 'amber', Red: 'red', Blue: 'blue' };
  const rows = [
    ['OP01', '1', 'Give every service line a dashboard of its workforce by ethnicity and band, refreshed monthly from ESR.', 'Head of Workforce Analytics', 'Sep 2024', 'Dashboard built for two service lines.', 'All seven service lines live.', '–', '–', 'Blue', D(2024, 10, 2)],
    ['OP02', '2', 'Send feedback to every BME internal applicant who is not shortlisted, with an offer of a career conversation.', 'Head of Resourcing', 'Dec 2024', 'Template letter agreed.', '–', '48 letters sent; 11 conversations held.', 'Feedback now standard; 23 conversations.', 'Green', D(2025, 1, 10)],
    ['OP03', '3', 'Have all disciplinary investigations into BME staff reviewed by a panel that includes a network member before a hearing.', 'Deputy Director of People', 'Mar 2025', 'Panel terms of reference drafted.', 'Network members trained.', 'Panel paused – conflict of interest concerns raised by Staff Side.', '–', 'Red', D(2024, 12, 16)],
    ['OP04', '4', 'Monitor access to the preceptorship extension and nurse associate top-up funding by ethnicity.', 'Head of Practice Education', 'Mar 2025', '–', 'Baseline shows no gap.', '–', 'Second check at year end: no gap.', 'Blue', D(2025, 4, 8)],
    ['OP05', '5', 'Support staff on inpatient wards after racist abuse from service users with a same-shift debrief and a follow-up from the matron.', 'Associate Director of Nursing', 'Mar 2025', 'Debrief guide written.', 'Used on four of nine wards.', 'Used on seven wards.', '–', 'Amber', D(2024, 7, 22)],
    ['OP06', '6', 'Start a “Courageous Conversations” series for teams where the survey shows the highest staff-on-staff harassment.', 'Head of OD', 'Jun 2024', '', '', '', '', 'Amber', null],
    ['OP07', '7', 'Create a BME shadow board programme with six places a year.', 'Director of People', 'Mar 2025', 'Places advertised.', 'Six members chosen.', 'First two board meetings shadowed.', 'Programme reviewed; 2025/26 cohort agreed.', 'Green', D(2024, 9, 30)],
    ['OP08', '8', 'Give the Race Equality Network chair 1.5 days a week of protected time and a budget.', 'Director of People', 'Jul 2024', 'Agreed.', '–', '–', '–', 'Blue', D(2024, 6, 27)],
    ['OP09', '9', 'Report the board’s ethnicity against the communities served, by locality, in the annual report.', 'Director of Corporate Governance', 'Jun 2024', '–', '–', '–', '–', '', null],
  ];
  for (const r of rows) {
    const [ref, ind, act, lead, due, q1, q2, q3, q4, rag] = r;
    const real = (u) => (u && u !== '–' ? u : '');
    const prog = real(q4) || real(q3) || real(q2) || real(q1);
    p.action(r, { ref, indicators: ind.split(', '), action: act, lead, due, status: rag, rag: W[rag] ?? null, progress: prog }, { styles: [{}, { alignment: { horizontal: 'center' } }, {}, {}, {}, {}, {}, {}, {}, { alignment: { horizontal: 'center' } }, { numFmt: 'dd/mm/yyyy', alignment: { horizontal: 'center' } }] });
  }
  p.blank();
  p.line(['Signed off by the Inclusion & Engagement Group, 29 April 2025.'], { merge: ['A', 'K'], style: { italic: true } });
  const NOTES = "Original plan (fictional mental health and community foundation trust), the year-end tracker. Sheet 'Year-end tracker': trust name, a title line, a grey italic instruction line (write '–' when a quarter has nothing new; the RAG words), a blank row, the grey header 'Action | Indicator(s) | Description | Lead | Due | Q1 update | Q2 update | Q3 update | Q4 update | RAG | Date RAG last changed' (row 5, frozen), nine actions OP01–OP09, a blank row and a sign-off line. The quarter columns have NO RAG of their own; one RAG column holds an UNCOLOURED word (Green / Amber / Red / Blue). Note the column names: 'Action' holds the ref and 'Description' the action text. Judgement calls: action = Description, ref = the 'Action' code; progress = the LATEST quarter that holds a real update – a '–' means nothing new and is skipped (OP01 → Q2, OP03 and OP05 → Q3, OP08 → Q1); OP06 has no updates at all (progress ''); OP09 has '–' in every quarter and no RAG (progress '', status '', rag null); status = the RAG word, rag read from the word as the instruction line defines it (Blue = closed → blue); 'Date RAG last changed' (a real date) is never a due; due = Due as typed ('Sep 2024'); lead = Lead; indicators from 'Indicator(s)'; theme null; the sign-off date is no due.";
  await book.save(`${p.name}.xlsx`);
  p.saveGold(NOTES, { mode: 'word', ragCol: 10, words: W, latest: { updCols: ['F', 'G', 'H', 'I'] }, notFrom: ['K'], forbidden: ['29 April 2025', 'April 2025'] });
}
