// holdout66-wres-2024-25-ravensholme: an acute trust's Board paper appendix – the WRES plan grid with, inside it, an italic data row
// quoting the indicator's figures under each theme, a merged 'Progress since last report' paragraph after each theme, one row saying
// an action was merged into another, then a RAG count block, an assurance level and the Board's recommendation under the grid.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Ravensholme Hospitals NHS Trust';
  const p = new Plan(book, { name: 'holdout66-wres-2024-25-ravensholme', sheet: 'Appendix 1 WRES plan', standard: 'WRES', period: '2024-25', trust, widths: [7, 56, 10, 24, 13, 11, 48] });
  p.line([trust], { merge: ['A', 'G'], style: { bold: true, font: { size: 14 }, color: C.nhs } });
  p.line(['Trust Board (Part 1) – 6 March 2025 – Item 14.2, Appendix 1: WRES action plan 2024-25, quarter 3 position'], { merge: ['A', 'G'], style: { bold: true } });
  p.blank();
  p.header(['Ref', 'Action', 'WRES indicator', 'Lead', 'Target date', 'RAG', 'Progress update (Q3)'], { style: { fill: C.paleblue } });
  const RAG = { Green: C.green, Amber: C.amber, Red: C.red, Blue: C.blue };
  const theme = (t) => p.line([t], { merge: ['A', 'G'], style: { bold: true, fill: C.navy, color: C.white } });
  const data = (t) => p.line([undefined, t], { border: true, style: { italic: true, fill: C.palegrey, color: 'FF595959' } });
  const prog = (t) => p.line([`Progress since last report: ${t}`], { merge: ['A', 'G'], height: 30 });
  const act = (th, [ref, a, ind, lead, due, rag, upd]) => p.action([ref, a, ind, lead, due, rag, upd], { ref, indicators: String(ind).split(/,\s*/), theme: th, action: a, lead, due, status: rag, rag: rag.toLowerCase(), progress: upd }, { styles: [{}, {}, { alignment: { horizontal: 'center' } }, {}, {}, { fill: RAG[rag] }] });
  let t = 'Theme 1: Fair recruitment and progression';
  theme(t);
  data('Indicator 2 data – relative likelihood of white applicants being appointed from shortlisting compared to BME applicants: 2023 1.62, 2024 1.48 (target 1.25)');
  act(t, ['1.1', 'Put a trained inclusion adviser on every interview panel for posts at Band 8a and above.', '2', 'Head of Resourcing', 'Jun 2024', 'Green', '61 advisers trained; adviser present on 94% of 8a+ panels in Q3.']);
  act(t, ['1.2', 'Publish shortlisting-to-appointment ratios by ethnicity for each division every quarter.', '2', 'Workforce Information Manager', 'Sep 2024', 'Green', 'Divisional dashboards live since October.']);
  act(t, ['1.3', 'Pilot a talent panel for Band 6 and 7 nurses and midwives that reviews readiness for promotion.', '1, 4', 'Deputy Chief Nurse', 'Mar 2025', 'Amber', 'First panel held in January; second delayed by winter pressures.']);
  prog('two of the three recruitment actions are on track. The talent panel pilot has slipped by one quarter and a revised date is asked for below.');
  t = 'Theme 2: Bullying, harassment and discrimination';
  theme(t);
  data('Indicator 6 data – BME staff experiencing harassment, bullying or abuse from staff: 29.1% (white staff 22.4%), 2023 staff survey');
  act(t, ['2.1', 'Launch a speak-up route for racist abuse from patients and visitors, with a named senior responder on each site.', '5', 'Director of Nursing', 'Jul 2024', 'Green', 'Live on all three sites; 48 reports logged to date.']);
  act(t, ['2.2', 'Review every disciplinary case involving a BME colleague with a second, independent manager before a hearing is convened.', '3', 'Head of Employee Relations', 'Dec 2024', 'Red', 'Process agreed but not yet applied; ER team vacancy.']);
  p.line(['2.3', 'Closed – merged into action 1.1 at the December Board (the civility module is now part of inclusion adviser training).', undefined, undefined, undefined, 'Merged'], { border: true, styles: [{}, { italic: true }, {}, {}, {}, { fill: C.grey }] });
  act(t, ['2.4', 'Run reverse mentoring pairs between executive directors and BME colleagues from the race equality network.', '7, 8', 'Chief People Officer', 'Mar 2025', 'Amber', 'Nine pairs matched of twelve planned.']);
  prog('one action is red and has been escalated to the People Committee; action 2.3 has been merged as set out above.');
  t = 'Theme 3: Board and senior leadership';
  theme(t);
  data('Indicator 9 data – BME Board voting members 7.7% against 24.3% of the workforce (gap -16.6 points)');
  act(t, ['3.1', 'Use a search firm with a diverse longlist requirement for the next two non-executive director appointments.', '9', 'Trust Secretary', 'Nov 2024', 'Blue', 'Complete – both appointments made in November.']);
  act(t, ['3.2', 'Set each executive director a measurable race equality objective and report it in the annual appraisal.', '9', 'Chief Executive', 'Apr 2024', 'Green', 'Objectives set; mid-year reviews done.']);
  p.blank();
  p.line([undefined, 'Summary of RAG ratings (Q3)'], { style: { bold: true } });
  for (const [k, n] of [['Green', 4], ['Amber', 2], ['Red', 1], ['Blue (complete)', 1], ['Total', 8]]) p.line([undefined, k, n], { border: true, styles: [{}, { fill: RAG[k.split(' ')[0]] || undefined, bold: k === 'Total' }] });
  p.blank();
  p.line(['Assurance level: Reasonable – the People Committee is assured that the plan is being delivered, with one red action escalated.'], { merge: ['A', 'G'], style: { bold: true } });
  p.line(['Recommendation: the Board is asked to note the quarter 3 position and approve a revised target date of June 2025 for action 1.3.'], { merge: ['A', 'G'] });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute trust): a Trust Board paper's Appendix 1 holding the WRES action plan with its quarter 3 position. A trust name and the paper line (meeting, item, appendix) above one header 'Ref | Action | WRES indicator | Lead | Target date | RAG | Progress update (Q3)' (row 4). Three navy THEME rows merged across. Inside the grid, under each theme, an italic grey DATA ROW in the Action column quotes the indicator's figures ('Indicator 2 data – relative likelihood … 2023 1.62, 2024 1.48 (target 1.25)'); after each theme's actions a merged plain 'Progress since last report: …' paragraph. One row carries a ref (2.3), an italic sentence 'Closed – merged into action 1.1 …' in the Action column and 'Merged' on a grey RAG cell. Under the grid: a 'Summary of RAG ratings (Q3)' block (Green 4, Amber 2, Red 1, Blue (complete) 1, Total 8, the colour words on their colours), an 'Assurance level: Reasonable …' line and a 'Recommendation: …' line. Judgement calls: the data rows, progress paragraphs, the RAG count rows, the assurance and recommendation lines are NOT actions (nonActionRows); the 2.3 row is NOT an action – it says the action was closed and merged into 1.1, and no new work is set out (its 'Merged' is no status of any action); 1.1 is not changed by it; the recommendation's 'June 2025' is not 1.3's due (1.3 keeps 'Mar 2025' as written); indicators from the WRES indicator column in the order written ('1, 4' → ['1','4'], '7, 8' → ['7','8']); theme = the theme row; status = the RAG word, rag = its colour (Blue → blue); progress = the Q3 update.", { mode: 'fill', ragCol: 'F' });
}
