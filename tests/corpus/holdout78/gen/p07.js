// holdout78-wdes-2023-24-cobbledean: acute FT, teal grid under three priority rows with ONE 'Who / when' column instead of Lead and
// Timescale – typed every way: 'Head of Resourcing – Oct–Dec 23', 'Workforce Info Manager, by end Dec 2023', 'EDI Lead / ongoing',
// 'Disabled Staff Network chair (from Jan 24)', 'CPO – by 14/03/24 (Board development day)'. RAG letters on fills; 'How we'll know'.
import { Book, Plan, C } from './lib.js';
import { fitRows } from './h.js';
export async function build() {
  const book = new Book();
  const trust = 'Cobbledean University Hospitals NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout78-wdes-2023-24-cobbledean', sheet: 'WDES 2023-24', standard: 'WDES', period: '2023-24', trust, widths: [11, 58, 32, 42, 9], font: { name: 'Arial', size: 10 } });
  p.line([trust], { merge: ['A', 'E'], style: { bold: true, font: { size: 12 }, color: C.teal } });
  p.line(['Workforce Disability Equality Standard – our plan for 2023/24'], { merge: ['A', 'E'], style: { bold: true } });
  p.line(['RAG at January 2024:  B = done   G = on track   A = at risk   R = off track'], { merge: ['A', 'E'], style: { italic: true } });
  p.header(['Metric(s)', 'What we will do', 'Who / when', 'How we\'ll know', 'RAG (Jan 24)'], { style: { fill: C.teal, color: C.white } });
  p.ws.views = [{ state: 'frozen', ySplit: 4 }];
  const F = { B: C.lightblue, G: C.green, A: C.amber, R: C.red };
  const RAG = { B: 'blue', G: 'green', A: 'amber', R: 'red' };
  const sections = [];
  const sec = (t) => { const r = p.line([t], { merge: ['A', 'E'], border: true, style: { bold: true, fill: 'FFD9F2EF' } }); sections.push(r); return t; };
  const act = (theme, met, what, ww, know, rag, lead, due) => p.action([met, what, ww, know, rag], { indicators: met.split(', '), theme, action: what, lead, due, status: rag, rag: RAG[rag], outcome: know }, { styles: [{ alignment: { horizontal: 'center' } }, {}, {}, {}, { fill: F[rag], bold: true, alignment: { horizontal: 'center' } }] });
  let th = sec('Priority 1 – Getting the data right and recruiting fairly');
  act(th, '1', 'Run a "Count me in" fortnight on every ward and department, with ESR kiosks at both main hospitals, to close the gap between ESR and the staff survey.', 'Workforce Info Manager, by end Dec 2023', 'Declaration on ESR up from 4.9% to 7%.', 'G', 'Workforce Info Manager', 'end Dec 2023');
  act(th, '2', 'Check that every advert on TRAC carries the guaranteed interview statement and that shortlisting managers can see who has opted in.', 'Head of Resourcing – Oct–Dec 23', 'Audit of 50 adverts shows every one compliant.', 'B', 'Head of Resourcing', 'Oct–Dec 23');
  th = sec('Priority 2 – Fair processes and safe workplaces');
  act(th, '3', 'Add a reasonable adjustments conversation to the first stage of the capability policy and train HR advisers to check that it has happened.', 'Deputy Head of ER – Nov 23', 'Fewer disabled staff entering formal capability (2023: 1.9 times as likely).', 'A', 'Deputy Head of ER', 'Nov 23');
  act(th, '4a', 'Give emergency department and outpatient reception teams de-escalation training that covers abuse aimed at a colleague\'s disability, and make sure every incident is logged on Datix.', 'Matrons for ED and Outpatients – Q4', 'Disability-related abuse recorded as its own Datix category from April 2024.', 'G', 'Matrons for ED and Outpatients', 'Q4');
  act(th, '4a, 4b', 'Launch a peer listener scheme run by the Disabled Staff Network for colleagues who have been bullied or harassed.', 'Disabled Staff Network chair (from Jan 24)', 'Scheme running with at least ten trained listeners.', 'G', 'Disabled Staff Network chair', '');
  th = sec('Priority 3 – Valuing and hearing disabled colleagues');
  act(th, '7', 'Hold quarterly listening events with disabled staff, one of them at night for colleagues on night shifts, and publish a "you said, we did" note after each.', 'EDI Lead / ongoing', 'Metric 7 gap halved by the 2025 staff survey.', 'G', 'EDI Lead', 'ongoing');
  act(th, '8', 'Move all reasonable adjustment requests to one central budget and one online form, with a six-week target for putting adjustments in place.', 'OH & HRBPs, by 31/03/24', '80% of adjustments in place within six weeks.', 'R', 'OH & HRBPs', '31/03/24');
  act(th, '9a, 9b', 'Give the Disabled Staff Network a budget of £5,000 and protected time for its chair and two co-chairs.', 'CPO – Sept 23', 'Chair and co-chairs using their protected time.', 'B', 'CPO', 'Sept 23');
  act(th, '10', 'Run a Board development session on disability, led by members of the network, followed by a confidential refresh of Board members\' declarations.', 'CPO – by 14/03/24 (Board development day)', 'Board declaration rate reported in the 2024 return.', 'A', 'CPO', '14/03/24');
  p.blank();
  p.line(['Metrics 5 and 6: actions carried in the Trust\'s Looking After Our People plan. Plan agreed at the People Committee, 26 July 2023.'], { merge: ['A', 'E'], style: { italic: true, font: { size: 9 } } });
  fitRows(p, 13);
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute teaching FT). Sheet 'WDES 2023-24': trust name (teal), title, an italic RAG key line ('B = done G = on track A = at risk R = off track'), the teal header 'Metric(s) | What we will do | Who / when | How we'll know | RAG (Jan 24)' (row 4, frozen), three pale-teal PRIORITY rows merged across over nine actions, and a note / agreement line. There is no Lead and no Timescale column: ONE 'Who / when' cell holds both, typed freely – 'Workforce Info Manager, by end Dec 2023', 'Head of Resourcing – Oct–Dec 23', 'EDI Lead / ongoing', 'OH & HRBPs, by 31/03/24', 'Disabled Staff Network chair (from Jan 24)', 'CPO – by 14/03/24 (Board development day)'. Judgement calls: lead = the part before the separator (' – ', ', ', ' / ' or a bracket), as written ('Workforce Info Manager', 'Matrons for ED and Outpatients', 'OH & HRBPs', 'CPO'); due = the part after it without 'by' and without a trailing explanatory bracket ('end Dec 2023', 'Oct–Dec 23' kept whole as a range, 'ongoing', '31/03/24', '14/03/24'), dueSource 'column' – the cell is the plan's timing column (as holdout57 ridgewell's 'Who and by when' column; holdout59 and holdout24 record timescale-column dues as 'column' too); '(from Jan 24)' is a START, so the peer listener scheme has lead 'Disabled Staff Network chair' and due '' (dueSource null). Action = What we will do; outcome = How we'll know (its dates – 'from April 2024', 'by the 2025 staff survey' – are measures, never the due); status = the RAG letter, rag from its fill (B light blue → blue, G green, A amber, R red); indicators from Metric(s) ('4a, 4b', '9a, 9b' – 2023 codes); theme = the priority row above; no ref. The key line and the closing note (agreement date 26 July 2023) are not actions or dues.", { mode: 'fill', ragCol: 5, sections, textFields: { col: 'C', lead: ['^(.+?)(?: – |, | / | \\()'], due: ['(?: – |, | / )(?:by )?(.+?)(?: \\(.*\\))?$'] }, dueSourceIs: 'column', forbidden: ['Jan 24', 'April 2024', '26 July 2023', 'Board development day'] });
}
