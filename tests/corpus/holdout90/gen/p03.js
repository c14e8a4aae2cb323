// holdout90-wdes-2019-20-saltreach: community health trust's first WDES plan. NO STATUS COLUMN: the ACTION CELL ITSELF is shaded to
// show progress, explained in a line above the header. The metric cells are shaded lilac as house style and the data cells pale yellow
// – neither is a RAG. One action cell left unshaded.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Saltreach Community Health NHS Trust';
  const p = new Plan(book, { name: 'holdout90-wdes-2019-20-saltreach', sheet: 'WDES 2019-20', standard: 'WDES', period: '2019-20', trust, widths: [14, 36, 50, 24, 12, 40], font: { name: 'Verdana', size: 9 } });
  p.line([`${trust}`], { merge: ['A', 'F'], style: { bold: true, font: { size: 12 } } });
  p.line(['Workforce Disability Equality Standard – our first action plan (2019/20), based on the August 2019 return'], { merge: ['A', 'F'], style: { bold: true } });
  p.line(['How to read this plan: the action box is shaded to show where it has got to – blue = done, green = on track, amber = behind, red = stuck or not started. Unshaded = not due to start yet. Updated for the People Committee, January 2020.'], { merge: ['A', 'F'], height: 36, style: { italic: true } });
  p.blank();
  p.header(['WDES metric', 'What the data shows', 'Action', 'Lead', 'By when', 'Comments'], { style: { fill: C.teal, color: C.white } });
  const F = { blue: C.lightblue, green: C.lightgreen, amber: C.amber, red: C.red };
  const rows = [
    ['Metric 1', '2.6% of staff have a disability recorded on ESR; 19% said so in the staff survey.', 'Run a “Tell us once” campaign asking staff to update their disability status on ESR self-service, with a help line for those without a PC.', 'Workforce Information Manager', 'Nov 2019', 'green', 'Declaration up to 3.4%; second push planned for March.', ['1']],
    ['Metric 2', 'Non-disabled applicants 1.41 times more likely to be appointed.', 'Sign up to Disability Confident Employer (level 2) and guarantee an interview to disabled applicants who meet the essential criteria.', 'Head of Recruitment', 'Dec 2019', 'blue', 'Level 2 awarded 4 December.', ['2']],
    ['Metric 3', 'Disabled staff 1.9 times more likely to enter formal capability (two-year average).', 'Check every formal capability case for whether reasonable adjustments were offered first, before it goes to a hearing.', 'Employee Relations Lead', 'Jan 2020', 'amber', 'Check agreed but only used in 3 of 7 cases so far.', ['3']],
    ['Metric 4a / 4b', '33% of disabled staff report harassment from patients or the public.', 'Add a disability option to the incident form for abuse from patients and the public, and brief district nursing teams on how to use it.', 'Head of Patient Safety', 'Feb 2020', 'red', 'Datix change held up by the system upgrade.', ['4a', '4b']],
    ['Metric 5', '', 'Publish a plain-English guide on career conversations for staff with long-term conditions, with the Disability Network.', 'Organisational Development Lead', 'Mar 2020', 'green', 'Draft with the Network for comment.', ['5']],
    ['Metric 6', '27% of disabled staff felt pressure to come to work when unwell.', 'Change the sickness absence policy so that disability-related absence is recorded separately and not counted towards triggers without review.', 'Head of HR Policy', 'Mar 2020', 'amber', 'Policy out to consultation with staff side.', ['6']],
    ['Metric 7', '', 'Hold listening events in each locality for disabled staff, led by a non-executive director.', 'Equality Lead', 'Apr 2020', null, '', ['7']],
    ['Metric 8', 'Only 69% say adequate adjustments were made.', 'Introduce a Reasonable Adjustments Passport that moves with the member of staff between teams.', 'Occupational Health Manager', 'Jan 2020', 'green', 'Passport designed; pilot in two teams.', ['8']],
    ['Metric 9a', '', 'Set up a Disability and Long-Term Conditions staff network with an executive sponsor.', 'Director of People', 'Oct 2019', 'blue', 'Launched 3 October; 42 members.', ['9a']],
  ];
  for (const [met, data, act, lead, by, col, com, inds] of rows) {
    p.action([met, data, act, lead, by, com], { indicators: inds, action: act, lead, due: by, status: '', rag: col, progress: com },
      { styles: [{ fill: C.lilac, bold: true }, { fill: 'FFFFF9E6' }, col ? { fill: F[col] } : {}, {}, {}, {}] });
  }
  p.blank();
  p.line(['Metric 10 (Board) – the Board has one member with a declared disability; no action this year beyond the declaration drive (Metric 1).'], { merge: ['A', 'F'], style: { italic: true } });
  p.line(['Plan owner: Director of People. Next update to the People Committee, April 2020.'], { merge: ['A', 'F'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional community health trust, first WDES year), Verdana 9. Sheet 'WDES 2019-20': trust name, plan title (August 2019 return), an italic 'How to read this plan' line saying the ACTION BOX IS SHADED to show progress (blue = done, green = on track, amber = behind, red = stuck or not started, unshaded = not due to start yet; updated January 2020), a blank row, a teal header 'WDES metric | What the data shows | Action | Lead | By when | Comments' (row 5), nine actions, a blank row, an italic line ruling metric 10 out and a plan-owner line. There is NO status column: each Action cell carries the fill. The metric cells are lilac and the data cells pale yellow on every row – house style, not a RAG. Judgement calls: status '' (no word), rag = the ACTION cell's own fill read through the line above (light blue → blue; light green → green; amber; red); the unshaded action (row 12, listening events) → rag null; the lilac metric fill and the yellow data fill are never the RAG; 'What the data shows' is context (blank on three rows) and gives no field; indicators from 'Metric N' ('Metric 4a / 4b' → ['4a','4b']); no ref (none printed); lead = Lead; due = By when as typed; progress = Comments ('' on row 12). The metric 10 line and the plan-owner line are not actions; the update and next-update dates are no dues. Theme null.", { mode: 'actionFill', ragCol: 3, actionCol: 3, notFrom: ['B'], forbidden: ['April 2020', 'January 2020', 'Director of People. Next update'] });
}
