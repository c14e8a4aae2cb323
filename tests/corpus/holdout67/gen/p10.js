// holdout67-wdes-2023-24-gaddesby: community and learning disability trust. The plan is GROUPED WITH EXCEL OUTLINES: level-0 GOAL rows,
// level-1 ACTION rows (with lead, due, status) and level-2 MILESTONE rows COLLAPSED (hidden) beneath each action. Some actions have
// no milestones; milestones carry their own dates and a tick in the status column.
import { Book, Plan, C, D } from './lib.js';
import { step, dmy, DMY } from './h.js';
export async function build() {
  const book = new Book();
  const trust = 'Gaddesby Community and Learning Disability Services NHS Trust';
  const p = new Plan(book, { name: 'holdout67-wdes-2023-24-gaddesby', sheet: 'WDES 23-24', standard: 'WDES', period: '2023-24', trust, widths: [7, 12, 60, 26, 14, 16, 36], font: { name: 'Calibri', size: 11 } });
  p.ws.properties.outlineProperties = { summaryBelow: false };
  p.line(['WDES action plan 2023/24'], { merge: ['A', 'G'], style: { bold: true, font: { size: 15 } } });
  p.line([trust], { merge: ['A', 'G'] });
  p.line(['Click + at the left to show the milestones under each action.'], { merge: ['A', 'G'], style: { italic: true, color: 'FF595959' } });
  p.header(['Ref', 'Metric(s)', 'Goal / action / milestone', 'Lead', 'Due', 'Status', 'Comments'], { style: { fill: C.teal, color: C.white } });
  const F = { 'Completed': C.blue, 'On schedule': C.green, 'Slipping': C.amber, 'Not yet due': null };
  const RG = { 'Completed': 'blue', 'On schedule': 'green', 'Slipping': 'amber', 'Not yet due': null };
  const goals = [
    ['Goal 1 – Our data tells the true story', ['1'], [
      ['1.1', '1', ['1'], 'Raise the disability declaration rate on ESR from 4.2% to 7%', 'Workforce Intelligence Lead', '31/03/2024', 'On schedule', 'Now 5.6%.', [['Easy-read declaration guide with the Learning Disability Network', '31/07/2023'], ['Declaration drive at all team meetings in September', '30/09/2023']]],
      ['1.2', '1', ['1'], 'Compare ESR with the 2023 staff survey to understand the gap in declaration', 'Workforce Intelligence Lead', '30/11/2023', 'Completed', 'Paper to People Committee in December.', []],
    ]],
    ['Goal 2 – Fair processes', ['2', '3'], [
      ['2.1', '2', ['2'], 'Offer guaranteed interviews and interview adjustments through a named recruitment contact', 'Recruitment Manager', '30/09/2023', 'Completed', '', [['Named contact in every advert', '31/07/2023'], ['Adjustments question in invite letters', '30/09/2023']]],
      ['2.2', '3', ['3'], 'Pause formal capability until an occupational health report on adjustments has been considered', 'Head of Employee Relations', '31/01/2024', 'Slipping', 'Policy change awaiting JNCC.', [['Policy wording agreed with staff side', '31/10/2023'], ['Approval at JNCC', '31/01/2024']]],
    ]],
    ['Goal 3 – A safe and supportive place to work', ['4a', '4b', '5', '6', '7', '8'], [
      ['3.1', '4a, 4b', ['4a', '4b'], 'Launch a "speak up about disability harassment" route with the Ability Network, including anonymous reporting', 'Freedom to Speak Up Guardian', '31/12/2023', 'Slipping', 'Anonymous form built; launch moved to February.', [['Anonymous reporting form live', '30/11/2023'], ['Launch at Ability Network conference', '31/12/2023']]],
      ['3.2', '5, 7', ['5', '7'], 'Include a disabled colleague on every talent-panel for Band 6 and above', 'Head of Leadership Development', '31/03/2024', 'Not yet due', '', []],
      ['3.3', '6, 8', ['6', '8'], 'Introduce a reasonable-adjustments passport that moves with the employee between teams', 'Head of Health and Wellbeing', '31/10/2023', 'Completed', '142 passports agreed.', [['Passport designed with the Ability Network', '31/07/2023'], ['Managers briefed', '31/08/2023'], ['Passport live on intranet', '31/10/2023']]],
    ]],
    ['Goal 4 – Disabled colleagues\' voices heard at the top', ['9a', '9b', '10'], [
      ['4.1', '9b', ['9b'], 'Give the Ability Network a standing item at the People Committee twice a year', 'Director of People', '31/03/2024', 'On schedule', 'First item in October.', []],
      ['4.2', '10', ['10'], 'Offer disability equality development to all Board members', 'Company Secretary', '31/03/2024', 'Not yet due', 'Session booked for March.', []],
    ]],
  ];
  const secs = [];
  for (const [goal, ginds, acts] of goals) {
    secs.push(p.line([goal], { merge: ['A', 'G'], style: { bold: true, fill: C.paleblue, font: { size: 12 } } }));
    for (const [ref, m, inds, act, lead, due, st, com, ms] of acts) {
      const row = p.action([ref, m, act, lead, dmy(due), st, com], { ref, indicators: inds, theme: goal, action: act, lead, due, status: st, rag: RG[st], progress: com }, { outline: 1, styles: [{}, {}, {}, {}, DMY, F[st] ? { fill: F[st] } : {}, {}] });
      for (const [i, [mt, md]] of ms.entries()) step(p, ['', '', `   • ${mt}`, '', dmy(md), dmy(md) < D(2023, 12, 1) && !(st === 'Slipping' && i === ms.length - 1) ? '✓' : '', ''], { hidden: true, outline: 2, style: { font: { size: 10 }, color: 'FF404040' }, styles: [{}, {}, {}, {}, DMY] });
    }
  }
  p.blank();
  p.line(['Status: Completed (blue) · On schedule (green) · Slipping (amber) · Not yet due (no colour)'], { merge: ['A', 'G'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Fictional community and learning disability trust, WDES 2023/24. Three title lines (one tells the reader to click + to show milestones), a teal header 'Ref | Metric(s) | Goal / action / milestone | Lead | Due | Status | Comments'. The plan is GROUPED WITH EXCEL ROW OUTLINES: four GOAL rows (pale blue, merged) at outline level 0, ACTION rows 1.1–4.2 at level 1 with lead, due (real dates shown dd/mm/yyyy), status word on a fill and comments, and under most actions two or three MILESTONE rows at level 2 that are COLLAPSED (hidden) – '• …' in the action column, a date in the Due column and a ✓ in the Status column when done (blank when not), nothing else. Judgement calls: the actions are the level-1 numbered rows; the hidden milestone rows are non-action rows (listed in nonActionRows because they are not empty), never actions, and their dates and ticks are never the action's due or status; the goals are non-action rows and the theme (theme = goal text); indicators from the action's own Metric(s) cell ('4a, 4b' → 4a,4b), not the goal's wider set; status = the word, rag from its fill ('Not yet due' unfilled → null); progress = Comments ('' where empty); ref = the number. The status key is context.", { mode: 'fill', ragCol: 'F', sections: secs, hiddenBlocks: true });
}
