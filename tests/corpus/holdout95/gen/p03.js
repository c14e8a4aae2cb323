// holdout95-wres-2018-19-esthwaite: community trust, the plan with a 'Review decision' column filled in at the WRES group's September
// review: nothing else marks the two rows the group took out ('Merge into E6 – remove this row', 'Remove – moved to the EDI plan');
// they keep their status fills. Two new rows added at the foot. Status words on fills.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Esthwaite Community Health NHS Trust';
  const p = new Plan(book, { name: 'holdout95-wres-2018-19-esthwaite', sheet: 'WRES 18-19', standard: 'WRES', period: '2018-19', trust, widths: [6, 7, 50, 28, 11, 13, 34], font: { name: 'Verdana', size: 9 } });
  p.line([`${trust}`], { merge: ['A', 'G'], style: { bold: true, font: { size: 11 } } });
  p.line(['WRES action plan 2018-19 – mid-year review'], { merge: ['A', 'G'], style: { bold: true } });
  p.line(['Status key:  Complete (blue)   On track (green)   Behind (amber)   Not started (no colour)'], { merge: ['A', 'G'], style: { italic: true } });
  const h = p.header(['Ref', 'Ind', 'Action', 'Owner', 'Due', 'Status', 'Review decision (WRES group 12/09/18)'], { style: { fill: C.lilac }, styles: [{}, {}, {}, {}, {}, {}, { fill: C.yellow }] });
  p.ws.views = [{ state: 'frozen', ySplit: h, xSplit: 3 }];
  const F = { Complete: C.lightblue, 'On track': C.lightgreen, Behind: C.amber };
  const RAG = { Complete: 'blue', 'On track': 'green', Behind: 'amber' };
  const kept = [];
  const st = (s) => ({ fill: F[s] });
  const act = (ref, ind, a, own, due, s, dec) => p.action([ref, ind, a, own, due, s, dec], { ref, indicators: ind.split(/\s*(?:&|,|\/)\s*/), action: a, lead: own, due, status: s, rag: RAG[s] ?? null },
    { styles: [{}, { alignment: { horizontal: 'center' } }, {}, {}, {}, st(s), { italic: true }] });
  act('E1', '1', 'Send each locality manager a six-monthly report of BME staff by band in their teams, with the trust average beside it.', 'Workforce Information Manager', 'Oct-18', 'Complete', 'Keep – close at year end');
  act('E2', '2', 'Train all Band 7 and 8a community team leads in fair recruitment before they chair an interview panel.', 'Recruitment & Retention Lead', 'Jan-19', 'On track', 'Keep');
  const m1 = p.write(['E3', '2', 'Audit shortlisting for health visitor and school nursing posts and feed back to the recruiting managers.', 'Recruitment & Retention Lead', 'Dec-18', 'Behind', 'Merge into E6 – remove this row'], { styles: [{}, { alignment: { horizontal: 'center' } }, {}, {}, {}, st('Behind'), { italic: true }] });
  p.nonActionRows.push(m1);
  act('E4', '3', 'Ask an HR business partner to check every disciplinary case involving a BME member of staff before a formal investigation starts.', 'Head of Employee Relations', 'Mar-19', 'On track', 'Keep – due moved from Nov-18 to Mar-19');
  const m2 = p.write(['E5', '4', 'Run unconscious bias sessions for all staff who decide on access to non-mandatory training.', 'Learning & Development Manager', 'Feb-19', 'Not started', 'Remove – moved to the EDI plan (action EDI-12)'], { styles: [{}, { alignment: { horizontal: 'center' } }, {}, {}, {}, {}, { italic: true }] });
  p.nonActionRows.push(m2);
  act('E6', '2 / 7', 'Review how posts at Band 6 and above are advertised and shortlisted in district nursing, health visiting and school nursing, and report to the People Committee.', 'Head of Nursing – Children & Families', 'Mar-19', 'Behind', 'Keep (now includes E3)');
  act('E7', '5 / 6', 'Give lone workers in district nursing a quick way to report racist abuse in patients\' homes, and follow up every report within a week.', 'Health & Safety Lead', 'Dec-18', 'On track', 'Keep');
  act('E8', '6', 'Set up reverse mentoring between BME staff and members of the Executive Team.', 'Head of OD', 'Mar-19', 'Not started', 'Keep');
  kept.push(act('E9', '7', 'Hold a "career clinic" at each locality base twice a year for BME staff in Bands 3–6.', 'Head of OD', 'Mar-19', 'Not started', 'New – agreed 12/09/18'));
  kept.push(act('E10', '9', 'Ask the NHS Improvement NExT Director scheme for BME candidates for the associate non-executive post.', 'Trust Secretary', 'Jan-19', 'Not started', 'New – agreed 12/09/18'));
  p.blank();
  p.line(['Rows marked "remove" to be taken out when the plan is reissued after the People Committee (October 2018).'], { merge: ['A', 'G'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional community trust) at its mid-year review. Verdana 9: trust name, title 'WRES action plan 2018-19 – mid-year review', an italic status key line (Complete blue, On track green, Behind amber, Not started no colour), then the header 'Ref | Ind | Action | Owner | Due | Status | Review decision (WRES group 12/09/18)' (row 4, frozen at D5; the decision header on yellow), ten rows and an italic line saying rows marked 'remove' will be taken out when the plan is reissued. Dues typed as text ('Oct-18'). Status words on fills. Review marks: the WRES group wrote its decision for every row in the last column – 'Keep', 'Keep – due moved …', 'Keep (now includes E3)', 'New – agreed 12/09/18' – and for two rows 'Merge into E6 – remove this row' (E3, row 7) and 'Remove – moved to the EDI plan (action EDI-12)' (E5, row 9). Those two rows are NOT struck, greyed or hidden, keep their owners, dues and status (E3 still 'Behind' on amber). Judgement calls: E3 and E5 are not this year's WRES actions – the group removed them (E3's work is now in E6, whose decision says so; E5 moved to another plan), and the closing line says the marked rows are only waiting to be taken out; so the plan has eight actions; the 'New – agreed' rows E9 and E10 are actions. The Review decision column is the group's record and gives no field (not status, not progress – 'Keep – due moved from Nov-18 to Mar-19' is history; the Due cell already holds the current date). Status = the word, rag from its fill ('Not started' unfilled → null); lead = Owner; due as typed; ref = Ref; indicators from Ind ('2 / 7', '5 / 6' → both); progress '' (no update column); theme null; the meeting and reissue dates are no dues.", { mode: 'fill', ragCol: 6, notFrom: ['G'], review: { col: 'C', dropped: [m1, m2], kept }, forbidden: ['Keep', 'October 2018', 'Nov-18'] });
}
