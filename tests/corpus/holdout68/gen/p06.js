// holdout68-wres-2023-24-lydford: specialist orthopaedic trust; this year's plan on top, LAST YEAR'S ACTIONS AND OUTCOMES BELOW IN A
// COLLAPSED OUTLINE GROUP (rows hidden, grey font), with the group's summary row showing '+ 2022/23 …'.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Lydford Royal Orthopaedic Hospital NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout68-wres-2023-24-lydford', sheet: 'WRES', standard: 'WRES', period: '2023-24', trust, widths: [6, 12, 50, 24, 12, 12, 40], font: { name: 'Calibri', size: 11 } });
  p.ws.properties.outlineProperties = { summaryBelow: false };
  p.line([trust], { merge: ['A', 'G'], style: { bold: true, font: { size: 14 } } });
  p.line(['WRES Action Plan 2023/24'], { merge: ['A', 'G'], style: { bold: true, font: { size: 12 }, color: C.purple } });
  p.line(['RAG: Green – complete or on track; Amber – some slippage; Red – off track; Blue – not due yet.'], { merge: ['A', 'G'], style: { italic: true } });
  p.blank();
  p.header(['#', 'Indicator', 'Action', 'Lead', 'Target', 'RAG', 'Progress (Q2 2023/24)'], { style: { fill: C.purple, color: C.white } });
  const R = { Green: C.green, Amber: C.amber, Red: C.red, Blue: C.lightblue };
  const plan = [
    ['1', 'WRES 1', 'Build a BME talent pool for Band 6 theatre and ward posts and review it monthly with matrons.', 'Chief Nurse', 'Dec 2023', 'Amber', 'Pool set up for theatres; wards to follow in Q3.'],
    ['2', 'WRES 2', 'Add an inclusion adviser to every consultant appointment panel.', 'Medical Director', 'Sep 2023', 'Green', 'In place since July; 6 panels held.'],
    ['3', 'WRES 3', 'Use a "just culture" checklist before any BME colleague is referred to a formal disciplinary.', 'Head of Employee Relations', 'Jul 2023', 'Green', 'Checklist in use; two cases resolved informally.'],
    ['4', 'WRES 4', 'Track access to non-mandatory training by ethnicity and report gaps to divisions.', 'Head of Education', 'Mar 2024', 'Blue', 'Report template agreed.'],
    ['5', 'WRES 5/6', 'Introduce a zero-tolerance letter for patients who racially abuse staff, signed by the Chief Executive.', 'Director of Governance', 'Oct 2023', 'Red', 'Legal review of wording outstanding.'],
    ['6', 'WRES 7', 'Offer career coaching to every BME member of staff at Band 5 who asks for it.', 'Head of OD', 'Mar 2024', 'Amber', '28 requests; 11 coached so far.'],
    ['7', 'WRES 8', 'Hold a racism and microaggressions session at every departmental away day.', 'EDI Lead', 'Feb 2024', 'Blue', ''],
    ['8', 'WRES 9', 'Include a BME staff story at each public Board meeting.', 'Company Secretary', 'Mar 2024', 'Green', 'Stories at the June and September Boards.'],
  ];
  for (const v of plan) {
    const ind = v[1].replace('WRES ', '').split('/');
    p.action(v, { ref: v[0], indicators: ind, action: v[2], lead: v[3], due: v[4], status: v[5], rag: { Green: 'green', Amber: 'amber', Red: 'red', Blue: 'blue' }[v[5]], progress: v[6] }, { height: 30, styles: [{}, {}, {}, {}, {}, { fill: R[v[5]] }] });
  }
  p.blank();
  const prior = [];
  prior.push(p.line(['+ 2022/23 actions and final outcomes (click + at the left to expand)'], { merge: ['A', 'G'], style: { bold: true, fill: C.grey } }));
  const G = { color: 'FF808080' };
  prior.push(p.line(['#', 'Indicator', '2022/23 action', 'Lead', 'Target', 'Outcome', 'Closing comment (April 2023)'], { border: true, outline: 1, hidden: true, style: { ...G, bold: true } }));
  const old = [
    ['1', 'WRES 1', 'Publish workforce ethnicity by band and division each quarter.', 'Head of Workforce Information', 'Jun 2022', 'Achieved', 'Quarterly report in place.'],
    ['2', 'WRES 2', 'Hide names on applications for all Band 7 posts.', 'Recruitment Manager', 'Sep 2022', 'Achieved', 'Live in TRAC since August 2022.'],
    ['3', 'WRES 5/6', 'Launch a campaign on abuse of staff by patients.', 'Director of Governance', 'Dec 2022', 'Not achieved', 'Replaced in 2023/24 by the zero-tolerance letter (action 5).'],
    ['4', 'WRES 7', 'Run a BME leadership programme with the regional leadership academy.', 'Head of OD', 'Mar 2023', 'Achieved', '14 staff completed.'],
    ['5', 'WRES 9', 'Board development session on race equality.', 'Company Secretary', 'Nov 2022', 'Achieved', 'Held 17 November 2022.'],
  ];
  for (const v of old) prior.push(p.line(v, { border: true, outline: 1, hidden: true, style: G, height: 30 }));
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional specialist orthopaedic trust). Layout: trust name, 'WRES Action Plan 2023/24', a RAG key line, a blank row, a purple header '# | Indicator | Action | Lead | Target | RAG | Progress (Q2 2023/24)' (row 5) and eight actions with RAG words on their colour (Green, Amber, Red, Blue – Blue = not due yet); a blank row, then a grey summary row '+ 2022/23 actions and final outcomes (click + at the left to expand)' over a COLLAPSED OUTLINE GROUP: a grey-font header and five rows of last year's plan with Achieved / Not achieved outcomes and April 2023 closing comments – all six rows HIDDEN at outline level 1. Judgement calls: the plan is 2023/24; the grouped block is last year's plan with final outcomes – none of its rows is an action, whether shown or hidden (its 'Outcome' words are not statuses and its header is not this plan's header, so headerRows holds row 5 only); actions = the eight rows above; ref = #; indicators from 'WRES n' ('WRES 5/6' → ['5','6']); status = the RAG word, rag = its colour (Blue → blue); progress = the Q2 update (row 12's progress is empty → ''); due = Target as written.", { mode: 'fill', ragCol: 'F', priorRows: prior });
}
