// holdout45-wres-2016-17-hexmoor: a mental health FT's second WRES plan at its 12-month review – two progress columns ('at 6 months
// (October 2016)', 'at 12 months (April 2017)') under a merged 'Progress' band, a RAG column of FILLS ONLY dated April 2017, and two
// actions ADDED in March 2017 at the bottom, their numbers starred ('9*', '10*') with the footnote explaining the star.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Hexmoor Mental Health NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout45-wres-2016-17-hexmoor', sheet: 'WRES Action Plan', standard: 'WRES', period: '2016-17', trust, widths: [6, 16, 44, 24, 14, 34, 38, 10], font: { name: 'Tahoma', size: 9 } });
  p.line([`${trust}`], { merge: ['A', 'H'], style: { bold: true, font: { size: 12 } } });
  p.line(['Workforce Race Equality Standard Action Plan 2016/17 – twelve month review'], { merge: ['A', 'H'], style: { bold: true, font: { size: 11 } } });
  p.blank();
  const hs = { fill: 'FF8EA9DB', alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } };
  const h1 = p.header(['No.', 'WRES Indicator', 'Action', 'Lead', 'Timescale', 'Progress', '', 'RAG'], { style: hs });
  p.ws.mergeCells(`F${h1}:G${h1}`); for (const c of ['A', 'B', 'C', 'D', 'E', 'H']) p.ws.mergeCells(`${c}${h1}:${c}${h1 + 1}`);
  p.header(['', '', '', '', '', 'at 6 months (October 2016)', 'at 12 months (April 2017)', ''], { style: hs, height: 26 });
  const rows = [
    ['1', 'Indicator 1', 'Write to every member of staff asking them to check the ethnicity held on ESR, and correct the records returned.', 'Head of HR Information', 'September 2016', 'Letters sent in July; 40% returned so far.', "'Not stated' down from 11% to 5%.", C.green],
    ['2', 'Indicator 2', 'Make sure every recruitment panel chair has completed unconscious bias training.', 'Head of Recruitment', 'December 2016', 'Training module commissioned.', '68% of panel chairs trained; the remaining sessions are booked for May.', C.amber],
    ['3', 'Indicator 3', 'Audit the last three years of disciplinary cases involving BME staff and report the findings to the Workforce Committee.', 'Deputy Director of HR', 'November 2016', 'Audit under way.', 'Reported in January: BME staff were twice as likely to enter a formal process. Follow-up action added (9*).', C.green],
    ['4', 'Indicator 4', 'Monitor the take-up of non-mandatory training by ethnicity every quarter.', 'Head of Learning and Development', 'March 2017', 'Reporting not yet available from OLM.', 'Still not available – OLM upgrade moved to autumn 2017.', C.red],
    ['5', 'Indicators 5 and 6', 'Run a campaign with the BME staff network encouraging staff to report bullying and harassment.', 'Head of Staff Engagement', 'January 2017', 'Network consulted on the campaign design.', 'Campaign launched in February; reports up by a fifth.', C.green],
    ['6', 'Indicator 7', 'Develop a talent management scheme for BME staff in Bands 5 to 7.', 'Director of Workforce and OD', 'March 2017', 'Scoping paper to the Executive Team in November.', 'Scheme agreed; first cohort starts September 2017.', C.amber],
    ['7', 'Indicator 8', 'Introduce a mediation service for staff who experience discrimination from colleagues or managers.', 'Head of Employee Relations', 'March 2017', '', 'Two mediators trained; the service opens in June 2017.', C.amber],
    ['8', 'Indicator 9', 'Ask search agencies for BME candidates on every non-executive director shortlist.', 'Trust Secretary', 'Ongoing', 'Agreed with the Chair.', 'One BME non-executive director appointed in January.', C.green],
    ['9*', 'Indicator 3', 'Have a senior manager check every proposed disciplinary case involving a BME member of staff before formal action.', 'Deputy Director of HR', 'June 2017', '', 'Checklist drafted; pilot from April in two directorates.', C.green],
    ['10*', 'Indicator 8', 'Hold listening events for BME staff on each inpatient site after the 2016 NHS Staff Survey results.', 'Director of Nursing', 'July 2017', '', 'First event held at the Moorside site in March.', C.green],
  ];
  const ragCells = {}; const flagged = [];
  for (const [no, ind, a, lead, ts, p6, p12, fill] of rows) {
    const inds = ind.replace(/Indicators? /, '').split(' and ');
    const r = p.action([no, ind, a, lead, ts, p6, p12, ''], { ref: no.replace('*', ''), indicators: inds, action: a, lead, due: ts, rag: { [C.green]: 'green', [C.amber]: 'amber', [C.red]: 'red' }[fill], progress: p12 || p6 }, { styles: [{ alignment: { horizontal: 'center', vertical: 'top' } }, {}, {}, {}, {}, {}, {}, { fill }] });
    ragCells[r] = 'H'; if (no.endsWith('*')) flagged.push(r);
  }
  p.blank();
  p.line(['* Actions 9 and 10 were added in March 2017 following the disciplinary audit (action 3) and the 2016 NHS Staff Survey results.'], { merge: ['A', 'H'], style: { italic: true } });
  p.line(['RAG at April 2017: green = complete or on track, amber = partly achieved, red = not achieved. Reviewed by the Workforce Committee on 25 April 2017.'], { merge: ['A', 'H'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional mental health foundation trust), its 2016/17 WRES plan at the twelve-month review: title, subtitle, a TWO-ROW HEADER (rows 4–5) 'No. | WRES Indicator | Action | Lead | Timescale | Progress | RAG' with 'Progress' merged over two columns 'at 6 months (October 2016)' and 'at 12 months (April 2017)'. The RAG column holds FILLS ONLY (green / amber / red), no word. The last two actions were ADDED in March 2017: their numbers carry a star ('9*', '10*') and a footnote explains it; their 6-month cells are empty (as is action 7's). A RAG key and review line under the footnote. Judgement calls: progress = the 12-MONTH column (the latest; every action has one), the 6-month column is history; status '' (no status words anywhere), rag = the RAG fill; the starred rows are actions of this plan like the others, ref without the footnote star ('9', '10' – the star points to the footnote, it is not part of the number); indicators from 'Indicator n' / 'Indicators 5 and 6' → ['5','6']; due = Timescale as typed ('September 2016', 'Ongoing'); action 3's mention of '9*' is a cross-reference, not a second indicator; the review date and the OLM 'autumn 2017' are not dues; no theme rows.", { ragCells, flagged, latest: { field: 'progress', cols: ['F', 'G'] } });
}
