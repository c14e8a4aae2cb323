// holdout81-wdes-2023-24-tarnley: acute trust, a THREE-YEAR WDES plan kept with a progress + RAG pair PER YEAR (2021/22, 2022/23,
// 2023/24); actions added in later years show '—' in earlier years; some closed before year 3; Exec lead beside Delivery lead.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Tarnley and District Hospitals NHS Trust';
  const p = new Plan(book, { name: 'holdout81-wdes-2023-24-tarnley', sheet: 'WDES 2021-24', standard: 'WDES', period: '2023-24', trust, widths: [6, 8, 40, 16, 22, 10, 28, 11, 28, 11, 30, 11], font: { name: 'Calibri', size: 10 } });
  const ws = p.ws;
  p.line([trust], { merge: ['A', 'L'], style: { bold: true, font: { size: 13 } } });
  p.line(['WDES three-year action plan 2021–2024 · year 3 (2023/24) tracker'], { merge: ['A', 'L'], style: { bold: true, color: C.purple } });
  p.line(['Each year has its own progress and RAG columns; earlier years are kept for the audit trail. “—” = action not yet in the plan that year.'], { merge: ['A', 'L'], style: { italic: true } });
  p.blank();
  const y = (t) => ({ fill: t, color: C.white, alignment: { horizontal: 'center', vertical: 'middle' } });
  const hr = p.header(['Ref', 'Metric', 'Commitment', 'Exec lead', 'Delivery lead', 'Target year', '2021/22 progress', '2021/22 RAG', '2022/23 progress', '2022/23 RAG', '2023/24 progress', '2023/24 RAG'], { style: { fill: C.purple, color: C.white }, styles: [{}, {}, {}, {}, {}, {}, y('FF8064A2'), y('FF8064A2'), y('FF604A7B'), y('FF604A7B'), y('FF3F3151'), y('FF3F3151')], height: 30 });
  ws.views = [{ state: 'frozen', xSplit: 3, ySplit: hr }];
  const F = { Complete: C.lightblue, 'On track': C.green, Slipping: C.amber, 'Off track': C.red };
  const RG = { Complete: 'blue', 'On track': 'green', Slipping: 'amber', 'Off track': 'red' };
  const rows = [
    ['D1', '1', 'Bring the “not declared” disability rate on ESR below 10% through a yearly declaration week.', 'Chief People Officer', 'Workforce Intelligence Manager', '2022/23', 'First declaration week: 29% → 21% not declared.', 'On track', 'Second week: 13%.', 'On track', 'Third week in October: 9.6%. Closed.', 'Complete'],
    ['D2', '2', 'Train every recruiting manager in the Disability Confident offer of an interview and audit it twice a year.', 'Chief People Officer', 'Head of Resourcing', '2021/22', 'Training in the recruitment e-learning; first audit clean.', 'Complete', '', '', '', ''],
    ['D3', '3', 'Stop capability cases going to a formal hearing until Occupational Health has advised on adjustments.', 'Chief People Officer', 'Head of Employee Relations', '2022/23', 'Policy drafted.', 'Slipping', 'Policy approved at JNCC in July 2022; checked in every case since.', 'Complete', '—', ''],
    ['D4', '4a, 4b', 'Give disabled staff who report bullying a choice of a named contact outside their line management chain.', 'Chief Nurse', 'Freedom to Speak Up Guardian', '2023/24', 'Scoping only.', 'Off track', 'Twelve contacts trained from the Ability Network.', 'Slipping', 'Contacts listed on the intranet; 19 staff used it by December.', 'On track'],
    ['D5', '5', 'Add a disability lens to the talent review for bands 7 and 8a.', 'Chief People Officer', 'Head of Leadership & OD', '2023/24', '—', '', 'Talent review template changed in March 2023.', 'On track', '', ''],
    ['D6', '6', 'Brief ward managers on presenteeism and the right to take adjustment leave for hospital appointments.', 'Chief Nurse', 'Deputy Chief Nurse (Workforce)', '2022/23', 'Briefing written.', 'Slipping', 'Delivered at 31 of 44 ward managers’ meetings.', 'Slipping', 'All 44 done; repeat planned for new starters.', 'On track'],
    ['D7', '7', 'Ask the Ability Network to co-design a “you said, we did” report after each staff survey.', 'Director of Communications', 'Internal Communications Manager', '2023/24', '—', '', '—', '', 'First report issued in May 2023.', 'Complete'],
    ['D8', '8', 'Set up a central adjustments fund and a 20-working-day standard from request to equipment in place.', 'Chief Finance Officer', 'Head of Health & Wellbeing', '2023/24', 'Fund of £40k agreed.', 'On track', 'Average 34 working days; IT equipment the main delay.', 'Off track', 'Average 26 days; new IT catalogue from January.', ''],
    ['D9', '9a, 9b', 'Give the Ability Network chair a place on the People Committee.', 'Chief People Officer', 'EDI Lead', '2021/22', 'In place from November 2021.', 'Complete', '', '', '', ''],
    ['D10', '10', 'Include lived experience of disability in the skills matrix used for board recruitment.', 'Chair', 'Director of Corporate Affairs', '2024/25', '—', '', '—', '', '—', ''],
  ];
  for (const r of rows) {
    const [ref, met, act, exec, lead, due, u1, r1, u2, r2, u3, r3] = r;
    const st = r3 || r2 || r1; const real = (u) => (u && u !== '—' ? u : '');
    const prog = real(u3) || real(u2) || real(u1);
    const rs = (x) => (x ? { fill: F[x], alignment: { horizontal: 'center' } } : {});
    p.action(r, { ref, indicators: met.split(', '), action: act, lead, due, status: st, rag: RG[st] ?? null, progress: prog }, { styles: [{}, { alignment: { horizontal: 'center' } }, {}, {}, {}, { alignment: { horizontal: 'center' } }, {}, rs(r1), {}, rs(r2), {}, rs(r3)] });
  }
  p.blank();
  p.line(['RAG: Complete (blue) · On track (green) · Slipping (amber) · Off track (red).  Year 3 position agreed at the Inclusion Board, 17 January 2024.'], { merge: ['A', 'L'] });
  const NOTES = "Original plan (fictional acute trust), a THREE-YEAR WDES plan (2021–2024) in its third year; the workbook names 2023/24 as the year tracked, so the period is 2023-24. Sheet 'WDES 2021-24': trust name, title '… year 3 (2023/24) tracker', an italic line explaining the year columns and the '—' mark, a blank row, the purple header 'Ref | Metric | Commitment | Exec lead | Delivery lead | Target year | 2021/22 progress | 2021/22 RAG | 2022/23 progress | 2022/23 RAG | 2023/24 progress | 2023/24 RAG' (row 5, frozen), ten actions D1–D10, a blank row and a RAG key line. RAG words on fills (Complete light blue, On track green, Slipping amber, Off track red). Judgement calls: status = the LATEST year's RAG the plan states, rag from its fill (D2 and D9 were closed in 2021/22 and left blank since → 'Complete'; D3 closed in 2022/23, its 2023/24 shows only '—'; D5 has no 2023/24 entry → 2022/23's 'On track'; D8's 2023/24 RAG is blank although an update is written → 2022/23's 'Off track'); progress = the latest year's update that is written, '—' being no update (D10 has '—' in every year and no RAG: progress '', status '', rag null – it is still an action, planned for 2024/25); status and progress are chosen separately; lead = Delivery lead, never Exec lead; due = Target year as typed ('2022/23'); the year headers are not dues; indicators from Metric ('4a, 4b', '9a, 9b' → both); theme null; the Inclusion Board date is no due.";
  await book.save(`${p.name}.xlsx`);
  p.saveGold(NOTES, { latest: { ragCols: ['H', 'J', 'L'], updCols: ['G', 'I', 'K'], ragMode: 'fill' }, notFrom: ['D'], forbidden: ['17 January 2024'] });
}
