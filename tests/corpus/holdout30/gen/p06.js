// holdout30-wdes-2024-25-brightwater: a social enterprise delivering NHS community services groups its WDES actions under the QUARTER it aims
// to finish them in – the quarter heading is the only date; metric codes 'M4a', 'M9a'; a comments column.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Brightwater Community Health CIC';
  const p = new Plan(book, { name: 'holdout30-wdes-2024-25-brightwater', sheet: 'WDES 24-25', standard: 'WDES', period: '2024-25', trust, widths: [12, 60, 26, 40], font: { name: 'Aptos Narrow', size: 11 } });
  p.line([`${trust} - providing NHS community nursing and therapy services`], { merge: ['A', 'D'], style: { bold: true, color: C.teal } });
  p.line(['WDES action plan 2024/25'], { merge: ['A', 'D'], style: { bold: true } });
  p.line(['We have listed each action under the quarter we aim to finish it in.'], { merge: ['A', 'D'], style: { italic: true } });
  p.header(['Metric', 'Action', 'Lead', 'Comments'], { style: { fill: C.teal, color: C.white } });
  const qs = [];
  const plan = [
    ['Q1 (Apr - Jun 2024)', [
      ['M1', 'Run a campaign to get colleagues to update their disability status on the HR system', 'People Services', 'Declaration up from 4% to 7%'],
      ['M4a', 'Add disability and neurodiversity to the conflict resolution training for community nurses working alone in homes', 'Clinical Education', ''],
    ]],
    ['Q2 (Jul - Sep 2024)', [
      ['M2', 'Join Disability Confident Leader and check our adverts against it', 'Recruitment Lead', 'Assessment booked for August'],
      ['M9a', 'Staff survey push with the disability and carers group, including paper copies for bases with no PCs', 'Comms and Engagement', ''],
    ]],
    ['Q3 (Oct - Dec 2024)', [
      ['M6', 'Talk openly about presenteeism: a line manager guide on sickness and adjustments', 'Head of People', ''],
      ['M7', 'Disabled colleagues story series on the staff app', 'Comms and Engagement', '3 stories so far'],
      ['M8', 'Make adjustments passports portable when people move between teams', 'People Services', ''],
    ]],
    ['Q4 (Jan - Mar 2025)', [
      ['M10', 'Ask a disabled colleague to join the board as an associate member for a year', 'Chief Executive', ''],
    ]],
  ];
  for (const [q, acts] of plan) {
    qs.push(p.line([q], { merge: ['A', 'D'], style: { bold: true, fill: C.palegrey } }));
    for (const [m, a, l, c] of acts) p.action([m, a, l, c], { indicators: [m.slice(1)], action: a, lead: l, due: q, progress: c, dueSource: 'labelled' });
  }
  p.blank();
  p.line(['Reviewed by the People and Culture Group every quarter.'], { merge: ['A', 'D'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional social enterprise – a community interest company delivering NHS community nursing and therapy services under NHS contract) in Aptos Narrow: a teal line naming the CIC, a title, an italic line 'We have listed each action under the quarter we aim to finish it in.', a teal header 'Metric | Action | Lead | Comments', then four grey merged QUARTER ROWS ('Q1 (Apr - Jun 2024)' … 'Q4 (Jan - Mar 2025)') with the actions under them, and a closing 'Reviewed by … every quarter' line. Metric codes 'M1', 'M4a', 'M9a', 'M10'. Judgement calls: the quarter rows are the actions' TIMESCALES (the intro says so), not themes – due = the quarter row above as written ('Q2 (Jul - Sep 2024)', dueSource 'labelled'), theme null; indicators from the Metric column without the 'M' (['4a'], ['9a'], ['10']); lead as written; progress = Comments, '' where empty; no status, rag null; the intro and closing lines are not actions.", { dueHeading: { rows: qs } });
}
