// holdout53-wdes-2025-26-brackenford: a primary care collaborative's (GP federation's) small WDES plan: an intro, its 2025 data as
// '•' lines inside ONE merged cell, then 'What we will do | Who | When | Progress so far'. Action cells hold the action, '-' sub-points
// and a last line 'Links to: WDES metric n'; Who cells give a group and '(lead: …)' on the next line; When cells a month and a
// follow-on note; Progress holds dated '▪' lines.
import { Book, Plan, C } from './lib.js';
import { L, nz, H } from './h.js';
export async function build() {
  const book = new Book();
  const trust = 'Brackenford Primary Care Collaborative';
  const p = new Plan(book, { name: 'holdout53-wdes-2025-26-brackenford', sheet: 'WDES plan', standard: 'WDES', period: '2025-26', trust, widths: [60, 30, 20, 46], font: { name: 'Verdana', size: 9 } });
  const F = { name: 'Verdana', size: 9 };
  p.line([`${trust} – our Workforce Disability Equality Standard plan for 2025-26`], { merge: ['A', 'D'], style: { bold: true, font: { ...F, size: 12 }, color: C.teal } });
  p.line(['The collaborative employs 341 staff across its hub, the extended-access service and the shared back office for its 19 member practices. We publish the WDES voluntarily.'], { merge: ['A', 'D'], height: 28 });
  p.line([L('What our 2025 data told us:', '• 11.2% of our staff have told us they are disabled or have a long-term condition', '• 29% of disabled staff experienced harassment from patients (17% of other staff)', '• 64% of disabled staff said they had the adjustments they need', '• disabled staff were less likely to feel their work is valued (41% against 52%)')], { merge: ['A', 'D'], height: 72, style: { fill: C.palegrey } });
  p.header(['What we will do', 'Who', 'When', 'Progress so far'], { style: { fill: C.teal, color: C.white } });
  const rows = [
    [L('Ask every member of staff to check their disability record through the HR app:', '- short video from the chair of the Access Group', '- reminder at each practice managers\' forum', 'Links to: WDES metric 1'), L('HR and Workforce Team', '(lead: Shona Barraclough)'), L('July 2025', 'then again in January'), L('▪ 02 Jul 25 – video sent with payslips', '▪ 14 Aug 25 – 73 records updated')],
    [L('Put up clear notices at reception in the hub and extended-access sites that abuse of staff will not be tolerated, and add a line to the online booking page.', 'Links to: WDES metric 4a'), L('Operations Managers', '(lead: Ravi Chaudhry)'), 'June 2025', '▪ 20 Jun 25 – notices up on all five sites'],
    [L('Give reception and care navigation staff a de-escalation session that covers hidden disabilities, both for patients and for staff.', 'Links to: WDES metric 4a'), L('Training Hub', '(lead: Dr Ellie Marchant)'), L('September 2025', 'two dates offered'), '▪ 03 Sep 25 – first session full; second booked for 1 October'],
    [L('Agree one way of asking for and paying for reasonable adjustments across the hub and the back office:', '- a simple request form', '- a budget held centrally', '- an answer within 4 weeks', 'Links to: WDES metric 8'), L('HR and Workforce Team', 'Finance and Contracts', '(lead: Shona Barraclough)'), L('October 2025', 'budget from April 2026'), L('▪ 30 Jul 25 – form drafted', '▪ 11 Sep 25 – budget request with the Board')],
    [L('Thank and recognise staff in a way disabled colleagues have helped design – starting with the monthly team huddle.', 'Links to: WDES metric 7'), L('Access Group', '(lead: Gareth Ames, chair)'), 'November 2025', ''],
    [L('Ask the Board to name a non-executive member as its disability champion.', 'Links to: WDES metric 10'), L('Chair of the Board'), 'December 2025', ''],
  ];
  for (const [act, who, when, prog] of rows) {
    const m = /WDES metric (\w+)/.exec(act)[1];
    p.action([act, who, when, prog], { indicators: [m], action: nz(act), lead: nz(who), due: when.split('\n')[0], progress: nz(prog) }, { height: H(act, who, prog) });
  }
  p.blank();
  p.line(['Signed off by the Collaborative Board, 22 May 2025. Contact: workforce@brackenford-pcc.example'], { merge: ['A', 'D'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional primary care collaborative / GP federation that publishes the WDES voluntarily) in Verdana 9: a teal title, a paragraph on the collaborative, ONE MERGED CELL holding 'What our 2025 data told us:' and four '•' data lines (a grey box, row 3), one teal header 'What we will do | Who | When | Progress so far' (row 4), six actions and a sign-off line. The cells hold structure: ACTION cells hold the action, sometimes '-' sub-points, and always a LAST LINE 'Links to: WDES metric n'; WHO cells give a team (or two teams) and '(lead: Name)' on the next line; some WHEN cells hold a month and a follow-on note ('July 2025\\nthen again in January'); PROGRESS holds dated '▪' lines. Judgement calls: the data cell's bullets are findings, not actions (one non-action row); one row = one action, its '-' sub-points included; action = the whole cell collapsed, the 'Links to' line included (it is in the cell); indicators = the metric in the 'Links to' line (2025 codes: '4a'); lead = the whole Who cell collapsed, the teams and the named lead as written ('HR and Workforce Team (lead: Shona Barraclough)'); due = the month line only; progress = the whole cell collapsed; no ref, no theme, no status (rag null); the sign-off line and its date are not actions or dues.", { actionCol: 'A', leadCol: 'B', progressCol: 'D', dataRows: [3] });
}
